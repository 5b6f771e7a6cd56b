"""Whether a page's translations are ready to go live with it.

"Ready" is stricter than the overview's "up to date": the translation must be
complete for the text editors last saved (the latest revision, which is what a
workflow publishes), not for the text last synced. The overview compares dates,
which is cheap on 1,000 pages; here one page's strings are compared, which is exact.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from .status import IN_PROGRESS, MISSING, OUT_OF_DATE, STATES, UP_TO_DATE, status_rows, translate_url
from .sync import source_version, text_changed


@dataclass
class Readiness:
    source: Page
    locale: Locale
    state: str
    progress: int | None
    target: Page | None
    translation: Translation | None
    translation_source: TranslationSource | None

    @property
    def ready(self):
        return self.state == UP_TO_DATE

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def language_name(self):
        return self.locale.get_display_name()

    @property
    def reason(self):
        """What stands in the way, in the reader's language."""
        if self.state == MISSING:
            return _("No translation has been started.")
        if self.state == IN_PROGRESS:
            return _("%(progress)s%% of the text is translated.") % {"progress": self.progress or 0}
        if self.state == OUT_OF_DATE:
            return _("The source text changed since the translation was synced.")
        return ""

    @property
    def links(self):
        """(label, url) pairs that take an editor to the fix."""
        links = []
        if self.state == MISSING:
            links.append((_("Translate"), translate_url(self.source, self.locale.language_code)))
        if self.state == OUT_OF_DATE:
            links.append((_("Sync"), reverse("translations_sync", args=[self.source.pk])))
        if self.target is not None:
            links.append(
                (_("Open the translation"), reverse("wagtailadmin_pages:edit", args=[self.target.pk]))
            )
        return links


def readiness(page):
    """One entry per language the page must go live in besides its own.

    For a source page: every other language. For a translation: its own language,
    measured against the source's latest revision.
    """
    rows = status_rows(translation_keys={page.translation_key})
    if rows and rows[0].source.pk != page.pk:
        rows = [row for row in rows if row.locale.pk == page.locale_id]
    entries = []
    for row in rows:
        state = row.state
        if state in (UP_TO_DATE, OUT_OF_DATE) and row.translation_source is None:
            state = MISSING  # a page made by hand in the other tree: nothing to check against
        elif state in (UP_TO_DATE, OUT_OF_DATE):
            # Complete for the text last synced: is that still the text being published?
            state = (
                OUT_OF_DATE
                if text_changed(source_version(row.source), row.translation_source)
                else UP_TO_DATE
            )
        entries.append(
            Readiness(
                source=row.source,
                locale=row.locale,
                state=state,
                progress=row.progress,
                target=row.target,
                translation=row.translation,
                translation_source=row.translation_source,
            )
        )
    return entries


def all_ready(entries):
    return all(entry.ready for entry in entries)
