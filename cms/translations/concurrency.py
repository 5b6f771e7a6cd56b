"""Two translators on the same translation: no text is overwritten without a warning.

wagtail-localize's editor saves each segment on its own, last write wins: a
translator who opened the page an hour ago silently replaces what a colleague
saved since. This view takes the editor's save address (registered first, like
the PO upload in files.py) and refuses a save over a colleague's newer text: the
answer carries the colleague's version and a warning, which the editor shows on
the segment. Saving again, having seen it, replaces it.

"When did this translator see the segment" is kept in the session: when they
open the translation editor, and when they are shown a colleague's version.
"""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views import edit_translation as localize_views
from wagtail_localize.views.edit_translation import user_can_edit_instance

SESSION_KEY = "cms_translation_seen"


def _seen(request):
    return request.session.setdefault(SESSION_KEY, {})


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


def edit_string_translation(request, translation_id, string_segment_id):
    if request.method == "PUT":
        translation = get_object_or_404(Translation, id=translation_id)
        segment = get_object_or_404(StringSegment, id=string_segment_id)
        current = colleague_change(request, translation, segment)
        if (
            current is not None
            and segment.context.object_id == translation.source.object_id
            and user_can_edit_instance(request.user, translation.get_target_instance())
        ):
            _seen(request)[f"{translation_id}:{string_segment_id}"] = timezone.now().isoformat()
            request.session.modified = True
            data = localize_views.StringTranslationSerializer(
                current, context={"translation_source": translation.source}
            ).data
            who = current.last_translated_by
            data["error"] = _(
                "%(name)s changed this text after you opened the editor. Their version is shown; "
                "edit it again to replace it."
            ) % {"name": (who.get_full_name() or who.get_username()) if who else _("Someone")}
            return JsonResponse(data)
    return localize_views.edit_string_translation(request, translation_id, string_segment_id)
