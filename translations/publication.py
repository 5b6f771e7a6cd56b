"""Publishing a page and its translations together.

wagtail-localize publishes a translation on its own (``save_target`` writes the
translated page's row at once and publishes after commit), so the two languages
go live at different moments, and a live translation changes before its source
does. Here each translation's new revision is built in memory from the source's
approved revision and published in the same transaction as the source; when the
source is scheduled, its translations are scheduled for the same moment.
"""

from django.db import transaction

from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.segments.ingest import ingest_segments

from .readiness import readiness
from .sync import sync_from_latest_revision


def translated_revision(entry, user):
    """A new revision of the entry's translated page, from the current source and its
    translated strings. The page's row (its live content) is left untouched."""
    source = entry.translation_source
    original = source.as_instance()
    target = entry.target.specific
    copy_synchronised_fields(original, target)
    segments = source._get_segments_for_translation(entry.locale)
    ingest_segments(original, target, source.locale, entry.locale, segments)
    # The schedule belongs to the source: both languages go live at the same moment.
    target.go_live_at = original.go_live_at
    target.expire_at = original.expire_at
    return target.save_revision(user=user, log_action=True)


@transaction.atomic
def publish_with_translations(page, user=None, entries=None):
    """Publish ``page``'s latest revision and every ready translation (or, for a
    translation, just itself) in one transaction. ``entries`` is its readiness when the
    caller has just computed it. Returns the entries, so callers can report the rest.
    """
    page = page.specific
    entries = readiness(page) if entries is None else entries
    if not entries or entries[0].source.pk == page.pk:
        (page.get_latest_revision() or page.save_revision(user=user)).publish(user=user)
        # The facts the translations copy come from this revision. The text is the
        # same (that is what "ready" means), so the segments and the entries still hold.
        source = sync_from_latest_revision(page)
        for entry in entries:
            entry.translation_source = source
    for entry in entries:
        if entry.ready:
            translated_revision(entry, user).publish(user=user)
    return entries
