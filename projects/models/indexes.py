"""The project catalogue and the labels awarded to projects."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.search import index

from cms.blocks import BodyStreamBlock
from cms.models import BasePage
from cms.templatetags.cms_format import excerpt

from ..catalogue import Catalogue
from .projects import LABEL_BADGE_FILTER, ProjectLabel


class ProjectIndexPage(BasePage):
    """The catalogue of every plan and project, with filters that work without JavaScript."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("introduction")]

    # One catalogue per language, under its home page.
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.PlanPage", "projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project catalogue")
        verbose_name_plural = _("project catalogues")

    @property
    def meta_description(self):
        """Without a summary, the introduction, else what the catalogue holds."""
        return (
            super().meta_description
            or excerpt(self.introduction)
            or pgettext(
                "project catalogue description",
                "%(title)s: every plan and project, in Italian and French, to filter by period, "
                "theme, audience and label.",
            )
            % {"title": self.title}
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        catalogue = Catalogue(self, request.GET)
        shown = catalogue.page(request.GET.get("page"))
        context.update(
            catalogue=catalogue,
            facets=catalogue.facets,
            active_filters=sum(len(values) for values in catalogue.selected.values()),
            result_count=shown.paginator.count,
            results=shown,
        )
        return context


class LabelIndexPage(BasePage):
    """Lists the labels that distinguish projects (e.g. ALCOTRA Jeunes)."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    api_fields = [*BasePage.api_fields, APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.LabelPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("label list")
        verbose_name_plural = _("label lists")

    @property
    def meta_description(self):
        """Without a summary, the introduction, else what the list holds."""
        return (
            super().meta_description
            or excerpt(self.introduction)
            or pgettext(
                "label list description",
                "%(title)s: the distinctions awarded to projects, in Italian and French.",
            )
            % {"title": self.title}
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        badges = get_image_model().objects.prefetch_renditions(LABEL_BADGE_FILTER)
        context["labels"] = list(
            LabelPage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related(Prefetch("badge", queryset=badges))
            .defer_streamfields()
            .order_by("title")
        )
        return context


class LabelPage(BasePage):
    """A distinction awarded to projects; its holders come from the projects' own label lists."""

    # It lists projects from anywhere: publishing any page purges it (cms/purge.py).
    lists_the_whole_site = True

    awarding_body = models.CharField(
        _("awarded by"), max_length=200, help_text=_("E.g. the ALCOTRA youth council.")
    )
    criteria = RichTextField(_("criteria"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    badge = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("badge"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("awarding_body"),
        FieldPanel("criteria"),
        FieldPanel("badge"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("awarding_body"),
        index.SearchField("criteria"),
        index.SearchField("body"),
    ]
    api_fields = [*BasePage.api_fields, *map(APIField, ("awarding_body", "criteria", "badge", "body"))]

    parent_page_types = ["projects.LabelIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("label")
        verbose_name_plural = _("labels")

    def holders(self):
        """Projects of this page's language that list this label (in any language), newest award first."""
        return (
            ProjectLabel.objects.filter(
                label__translation_key=self.translation_key,
                page__locale_id=self.locale_id,
                page__live=True,
            )
            .select_related("page")
            .order_by("-year", "page__title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["holders"] = self.holders()
        return context
