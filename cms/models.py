"""The one abstract base page every page type of the site inherits."""

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.forms import BasePageForm


class BasePage(Page):
    """Fields, rules and behaviour common to every page.

    - ``summary`` and ``listing_image`` feed listings, search results, the meta
      description and social cards, so page types need no fields of their own for that.
    - Translation policy: text is translated by wagtail-localize; facts (dates,
      amounts, figures, links to partners, taxonomies and other pages) are
      synchronised from the source. Subclasses list their own facts in
      ``synchronised_fields``; the base turns them into SynchronizedFields once.
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

    synchronised_fields = ()

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    promote_panels = [*Page.promote_panels, FieldPanel("listing_image")]
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

    # One site-wide list per language, and one per plan or project.
    parent_page_types = ["home.HomePage", "projects.PlanPage", "projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def scope(self, pages):
        """``pages`` narrowed to what this list gathers, and the page they must live
        under (None for a site-wide list)."""
        from home.models import HomePage

        pages = pages.live().public().filter(locale_id=self.locale_id)
        parent = self.get_parent()
        if parent is None or issubclass(parent.specific_class, HomePage):
            return pages, None
        return pages.descendant_of(parent), parent


class TranslationRequest(models.Model):
    """A source revision whose changed text awaits translation into one language.

    Made when the source is published (cms/translations/requests.py); closed when
    the translation is up to date again. A language has at most one open request
    per page, so translators are told once until they have caught up.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("translation request")
        verbose_name_plural = _("translation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "locale", "revision"], name="one_request_per_revision_and_locale"
            )
        ]

    def __str__(self):
        return f"{self.page} → {self.locale}"

    def close(self):
        self.completed_at = timezone.now()
        self.save(update_fields=["completed_at"])


# Models defined next to the code that uses them; imported here so Django finds them.
from cms.translations.jobs import BulkTranslationJob  # noqa: E402, F401
from cms.translations.workflow import TranslationsReadyTask  # noqa: E402, F401
