"""News: written inside the plan or project it belongs to, gathered by news indexes."""

from django.db import models
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from cms.blocks import BodyStreamBlock
from cms.i18n import localize_objects
from cms.models import BasePage, SectionIndexPage
from cms.templatetags.cms_format import excerpt
from projects.models import PlanPage, ProjectPage

from .feeds import NewsFeed, feed_links
from .listing import ORDERING, NewsListing
from .seo import news_article

NEWS_PER_PAGE = 10
NEWS_IN_FEED = 20


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """Lists news so visitors find them without knowing where they were written.

    Partners publish news inside their plan or project; the index under a home
    page gathers every news item of its language. Each index has an RSS 2.0 feed
    at ``feed/`` and an Atom feed at ``feed/atom/`` (news/feeds.py).
    """

    # One site-wide list per language, and one per plan or project.
    parent_page_types = ["home.HomePage", "projects.PlanPage", "projects.ProjectPage"]
    subpage_types = ["news.NewsPage"]
    has_feeds = True
    default_title = _("News")

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    @property
    def meta_description(self):
        """Lists rarely get a summary: say what they hold, in their own language."""
        return (
            super().meta_description
            or excerpt(self.introduction)
            or pgettext("news list description", "%(title)s, in Italian and French, newest first.")
            % {"title": self.title}
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news, scope_root = self.scope(NewsPage.objects.all())
        listing = NewsListing(news, request.GET, scope_root=scope_root)
        results = listing.page(request.GET.get("page"), NEWS_PER_PAGE)
        feeds = self.own_feed_links(request)
        context.update(
            listing=listing,
            news=results,
            result_count=listing.result_count,
            feeds=feeds,
            feed_url=feeds[0]["href"] if feeds else None,
        )
        return context

    def own_feed_links(self, request):
        """Its RSS and Atom feeds (none in the preview of a page not created yet)."""
        return feed_links(self, request)

    def feed_links(self, context):
        return self.own_feed_links(context.get("request"))

    def get_cached_paths(self):
        """The list and its feeds, purged from the front cache together (cms/purge.py)."""
        return ["/", "feed/", "feed/atom/"]

    @path("feed/")
    def feed(self, request):
        """The latest news of this index as RSS 2.0, in the index's language."""
        return self.serve_feed(request, Rss201rev2Feed)

    @path("feed/atom/")
    def atom_feed(self, request):
        """The same news as Atom."""
        return self.serve_feed(request, Atom1Feed)

    def serve_feed(self, request, feed_type):
        news, _scope_root = self.scope(NewsPage.objects.all())
        latest = news.order_by(*ORDERING).defer_streamfields()[:NEWS_IN_FEED]
        return NewsFeed(self, latest, feed_type)(request)

    def serve_preview(self, request, *args, **kwargs):
        # RoutablePageMixin's own preview would skip BasePage's, which renders in the page's language.
        return BasePage.serve_preview(self, request, *args, **kwargs)


class NewsPage(BasePage):
    """A dated news item of a plan or project, told in each language.

    The date, the image and the related pages are facts shared by both languages;
    the title, text and the image's alt text are translated.
    """

    date = models.DateField(_("date"), default=timezone.localdate)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image description (alt text)"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. "
            "Leave it empty only when the image is decorative."
        ),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    synchronised_fields = ("date", "image", "related_pages")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        InlinePanel("related_pages", heading=_("Related plans and projects"), label=_("Plan or project")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("date")]
    api_fields = [
        *BasePage.api_fields,
        *map(APIField, ("date", "image", "image_alt", "body", "related_pages")),
    ]

    # A news item lives in a news index (of the site, a plan or a project) and has no children.
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    open_graph_type = "article"
    own_image_field, own_image_alt_field = "image", "image_alt"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def listing_date(self):
        """The date shown with the item in lists and search results (cms_format ``when``)."""
        return self.date

    def surroundings(self):
        """The news index this item is in and the plan or project it belongs to (or None), in one query."""
        ancestors = list(Page.objects.ancestor_of(self).live().order_by("depth"))
        index_page = next((page for page in ancestors if page.depth == self.depth - 1), None)
        owner = next(
            (page for page in reversed(ancestors) if issubclass(page.specific_class, PlanPage | ProjectPage)),
            None,
        )
        return index_page, owner

    def related(self):
        """The related plans and projects in the reader's language when translated (else in
        their own, with its language code so assistive technology reads them right); live only."""
        pages = [link.page for link in self.related_pages.select_related("page__locale")]
        locale = Locale.get_active()
        return [
            {"page": shown, "lang": None if shown.locale_id == locale.pk else original.locale.language_code}
            for original, shown in zip(pages, localize_objects(pages, locale), strict=True)
            if shown.live
        ]

    def open_graph_extra(self):
        return [("article:published_time", self.date.isoformat())]

    def structured_data(self, facts, context):
        return news_article(self, facts, context)

    def feed_links(self, context):
        """The feeds of the list it is in (found by get_context, so no query)."""
        index = context.get("news_index")
        return feed_links(index, context.get("request")) if index is not None else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page, owner = self.surroundings()
        context.update(news_index=index_page, belongs_to=owner, related=self.related())
        return context


class NewsRelatedPage(Orderable):
    """A plan or project a news item is about, beside the one it is published in."""

    news = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("plan or project"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", ["projects.PlanPage", "projects.ProjectPage"])]
    api_fields = [APIField("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related plan or project")
        verbose_name_plural = _("related plans and projects")
