"""The one abstract base page every page type of the site inherits."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.forms import BasePageForm
from cms.sites import SITE_ROOT_DEPTH

# A language's home page sits just below the tree's root: a list under it is site-wide.


class BasePage(Page):
    """Fields, rules and behaviour common to every page.

    - ``summary`` and ``listing_image`` feed listings, search results, the meta
      description and social cards, so page types need no fields of their own for that.
    - Translation policy: text is translated by wagtail-localize; facts (dates,
      amounts, figures, links to partners, taxonomies and other pages) are
      synchronised from the source. Subclasses list their own facts in
      ``synchronised_fields``; the base turns them into SynchronizedFields once.
    - What search engines, social networks and feed readers are told (cms/seo.py,
      cms_seo, base.html) is asked of the page: a page type overrides
      ``open_graph_type``, ``own_image_field``, ``open_graph_extra``,
      ``structured_data`` and ``feed_links``, so core names no page type.
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences shown in listings, search results and search engines."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings and when the page is shared."),
    )
    listing_image_alt = models.CharField(
        _("listing image description"),
        max_length=250,
        blank=True,
        help_text=_("What the listing image shows, for people who cannot see it; translated with the page."),
    )

    synchronised_fields = ()
    # "article" for dated items (news, videos); "website" for the rest.
    open_graph_type = "website"
    # A picture of the page's own, shared when no listing image is set: (image field, alt text field).
    own_image_field = None
    own_image_alt_field = None
    # Home, plan and project pages offer the feeds of their own news list.
    offers_child_feeds = False
    # A list with feeds of its own (news) says so; see child_feed_links().
    has_feeds = False
    # Plans and projects are created with their own lists (news, videos): cms/lists.py.
    comes_with_lists = False

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    promote_panels = [*Page.promote_panels, FieldPanel("listing_image"), FieldPanel("listing_image_alt")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    api_fields = [APIField("summary"), APIField("listing_image")]
    base_form_class = BasePageForm

    class Meta:
        abstract = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Not overridable: a translator cannot give the French page another budget or image.
        cls.override_translatable_fields = [
            SynchronizedField(name, overridable=False) for name in ("listing_image", *cls.synchronised_fields)
        ]

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def card_image(self):
        """(image, alt text) shown for the page in lists and when it is shared: its
        listing image, else its own picture (a news image, a video poster); None if none."""
        if self.listing_image_id:
            return self.listing_image, self.listing_image_alt
        own_field = self.own_image_field
        if own_field and getattr(self, f"{own_field}_id"):
            return getattr(self, own_field), getattr(self, self.own_image_alt_field, "")
        return None

    def open_graph_extra(self):
        """More Open Graph (property, value) pairs, e.g. a news item's publication time."""
        return []

    def structured_data(self, facts, context):
        """JSON-LD (a dict) about what the page is, beside its breadcrumb trail; None for
        the trail only. ``facts`` are what cms/seo.py gathered: url, language, description,
        publisher, image, parent, request."""
        return None

    def feed_links(self, context):
        """``<link rel="alternate">`` attributes (type, href, title) of the feeds this page
        offers to feed readers; by default its child list's, when it offers them."""
        return child_feed_links(self, context.get("request")) if self.offers_child_feeds else []

    def copy_for_translation(self, locale, copy_parents=False, alias=False, exclude_fields=None):
        """Never an alias. Wagtail copies a page's untranslated parents as aliases, which
        are live at once and serve this page's language in the other language's tree; a
        draft copy is made instead, for translators to translate and moderators to publish."""
        return super().copy_for_translation(
            locale, copy_parents=copy_parents, alias=False, exclude_fields=exclude_fields
        )

    def serve_preview(self, request, *args, **kwargs):
        """Render previews in the page's language, not the editor's admin language."""
        with translation.override(self.locale.language_code):
            response = super().serve_preview(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
        return response


class SectionIndexPage(BasePage):
    """A list of pages of one kind (news, videos) that partners publish inside their
    plan or project, so the tree's permissions apply to them.

    Under a home page the list is site-wide: every page of its language. Under a
    plan or project it lists the pages below that plan or project.
    """

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("introduction")]

    # One list per parent; subclasses name the parents (a home page, a plan, a project).
    max_count_per_parent = 1
    # The title of the list a new plan or project is given (cms/lists.py), in the
    # page's language; None for a list made only by hand.
    default_title = None

    class Meta:
        abstract = True

    def scope(self, pages):
        """``pages`` narrowed to what this list gathers, and the page they must live
        under (None for a site-wide list)."""
        pages = pages.live().public().filter(locale_id=self.locale_id)
        parent = self.get_parent()
        if parent is None or parent.depth < SITE_ROOT_DEPTH:
            return pages, None
        if parent.depth == SITE_ROOT_DEPTH:
            # Site-wide: the pages of its own site (its home page's tree), never those
            # of another site on the same instance.
            return pages.descendant_of(parent), None
        return pages.descendant_of(parent), parent


def restrictions_over():
    """View restrictions on the outer page or an ancestor (a restricted page's path begins
    the page's path): ``public()`` inside the same query rather than one more."""
    return PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))


def child_feed_links(page, request):
    """The feeds of ``page``'s live, public child list that has feeds (``has_feeds``), if
    any: one query per such page type. (No pk: the preview of a page not created yet.)
    Not a private list: feed readers could not open its feeds."""
    if page.pk is None:
        return []
    for model in get_page_models():
        if getattr(model, "has_feeds", False):
            index = model.objects.child_of(page).live().exclude(Exists(restrictions_over())).first()
            if index is not None:
                return index.own_feed_links(request)
    return []
