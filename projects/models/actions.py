"""What a project does, with its progress."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BodyStreamBlock
from cms.facts import validate_date_range
from cms.grammar import Period
from cms.models import BasePage


class ActionPage(BasePage):
    """Something a project does, with its progress, so visitors can follow it."""

    class Status(models.TextChoices):
        ANNOUNCED = "announced", _("Announced: more information coming soon")
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ANNOUNCED)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("description"))
    results = StreamField(
        [
            (
                "paragraph",
                blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"], label=_("Paragraph")),
            )
        ],
        blank=True,
        verbose_name=_("results"),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("body"),
        FieldPanel("results"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.SearchField("results")]
    api_fields = [
        *BasePage.api_fields,
        *map(APIField, ("status", "start_date", "end_date", "body", "results")),
    ]

    # An action belongs to exactly one project and has no pages of its own.
    parent_page_types = ["projects.ProjectPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    @property
    def listing_date(self):
        """Its dates, if any, shown in lists and search results (cms_format ``when``)."""
        return Period(self.start_date, self.end_date) or None

    def clean(self):
        super().clean()
        validate_date_range(self.start_date, self.end_date)
