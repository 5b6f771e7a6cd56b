"""Syncing translations from the version of the source editors are working on.

wagtail-localize's own "sync" reads the source page's database row, which is the
*live* version: a draft under review cannot be sent to translators before it is
published, so the two languages cannot go live together. Here the source is read
from its latest revision (draft or live), so translators translate what will be
published, and the "translations ready" task can publish both at once.
"""

from django.db import transaction
from django.utils import timezone

from wagtail_localize.models import StringSegment, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def source_version(page):
    """The page as editors last saved it: its latest revision, or the row when it has none."""
    page = page.specific
    revision = page.get_latest_revision()
    return revision.as_object() if revision is not None else page


@transaction.atomic
def sync_from_latest_revision(page):
    """Refresh the page's TranslationSource from its latest revision.

    Segments whose text is unchanged keep their translations (wagtail-localize
    keys them by text and context); only changed text is left for translators.
    ``last_updated_at`` moves even when nothing changed, so the overview shows the
    translation as synced. Returns the source, or None for a page never translated.
    """
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None:
        return None
    source, _created = TranslationSource.update_or_create_from_instance(source_version(page))
    TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=timezone.now())
    source.refresh_from_db()
    return source


def text_changed(page, source):
    """Whether the page's translatable strings differ from those last extracted."""
    now = {
        segment.string.data for segment in extract_segments(page) if isinstance(segment, StringSegmentValue)
    }
    before = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    return now != before
