"""The home page of each language and the generic content page."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BodyStreamBlock
from cms.models import BasePage


class HomePage(BasePage):
    """The root of one language's tree and the Site root.

    There is one per locale: the Italian one is created first and wagtail-localize
    creates the French translation, so both trees mirror each other.
    """

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    # Only directly under the tree root: a home page inside another tree is meaningless.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "home.AccessibilityStatementPage",
        "projects.ProjectIndexPage",
        "projects.LabelIndexPage",
        "news.NewsIndexPage",
        "media.VideoIndexPage",
    ]
    offers_child_feeds = True

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def structured_data(self, facts, context):
        """The home page is about the programme that publishes the site."""
        return facts["publisher"]


class ContentPage(BasePage):
    """A generic page: about, privacy, legal notice."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    # Site-wide pages hang from the home page; they have no children of their own.
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
