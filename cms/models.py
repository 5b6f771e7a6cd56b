"""The one abstract base page every page type of the site inherits."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    """Fields and behaviour common to every page.

    ``summary`` feeds listings, search results and the meta description, so each
    page type needs no field of its own for that. Text fields are translated by
    wagtail-localize; facts (dates, numbers, links to snippets) will be declared
    as synchronised fields here once, through ``override_translatable_fields``.
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences shown in listings, search results and search engines."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    class Meta:
        abstract = True

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
