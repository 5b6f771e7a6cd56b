"""Two translators on the same translation: no text is overwritten without a warning.

wagtail-localize's editor saves each segment on its own, last write wins: a
translator who opened the page an hour ago silently replaces what a colleague
saved since. The view in views/segments.py takes the editor's save address (registered
first, like the PO upload in views/files.py) and refuses a save over a colleague's newer text: the
answer carries the colleague's version and a warning, which the editor shows on
the segment. Saving again, having seen it, replaces it.

"When did this translator see the segment" is kept in the session: when they
open the translation editor, and when they are shown a colleague's version.
"""

from django.utils import timezone
from django.utils.dateparse import parse_datetime

from wagtail_localize.models import StringTranslation, Translation

SESSION_KEY = "cms_translation_seen"


def _seen(request):
    return request.session.setdefault(SESSION_KEY, {})


def mark_seen(request, translation_id, segment_id):
    """Called when the translator is shown a colleague's version of one segment."""
    _seen(request)[f"{translation_id}:{segment_id}"] = timezone.now().isoformat()
    request.session.modified = True


def mark_opened(request, page):
    """Called when a translation's editor opens (the page edit view of a translation)."""
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).first()
    if translation is not None:
        seen = _seen(request)
        # Opening supersedes what was seen of single segments, so the session stays small.
        for key in [key for key in seen if key.startswith(f"{translation.pk}:")]:
            del seen[key]
        seen[str(translation.pk)] = timezone.now().isoformat()
        request.session.modified = True


def seen_at(request, translation_id, segment_id):
    seen = _seen(request)
    keys = (str(translation_id), f"{translation_id}:{segment_id}")
    times = [parse_datetime(seen[key]) for key in keys if key in seen]
    return max(times) if times else None


def colleague_change(request, translation, segment):
    """The colleague's translation saved after this translator last saw the segment, if any."""
    since = seen_at(request, translation.pk, segment.pk)
    if since is None:
        return None
    return (
        StringTranslation.objects.filter(
            translation_of_id=segment.string_id,
            locale_id=translation.target_locale_id,
            context_id=segment.context_id,
            updated_at__gt=since,
        )
        .exclude(last_translated_by=request.user)
        .select_related("last_translated_by")
        .first()
    )
