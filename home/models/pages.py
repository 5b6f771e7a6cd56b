"""The home page of each language and the generic content page."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BodyStreamBlock
from cms.models import BasePage
from home.blocks import HomeStreamBlock, shown_sections


class HomePage(BasePage):
    """The root of one language's tree and the Site root.

    There is one per locale: the Italian one is created first and wagtail-localize
    creates the French translation, so both trees mirror each other. Officers and
    moderators compose it from home blocks (home/blocks.py) and body blocks; left
    empty it composes itself, so a new language's home is never empty.
    """

    body = StreamField(
        HomeStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "Leave empty for the automatic home: lead, latest news, plans and projects, latest "
            "videos, label. Add home blocks to choose them and their order yourself."
        ),
    )

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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"], context["title_in_lead"] = shown_sections(self)
        return context


class ContentPage(BasePage):
    """A generic page: about, privacy, legal notice."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    # What a search result says it is: "content page" is the editors' word.
    public_kind = pgettext_lazy("what a page is, for visitors", "information")

    # Site-wide pages hang from the home page; they have no children of their own.
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
