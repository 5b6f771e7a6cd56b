"""Saving one segment in wagtail-localize's editor, without overwriting a colleague.

Registered on wagtail-localize's own address (translations comes first in
INSTALLED_APPS); see translations/concurrency.py for how "seen" is kept.
"""

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.views import edit_translation as localize_views

from ..concurrency import colleague_change, mark_seen
from ..permissions import may_edit_translation


def edit_string_translation(request, translation_id, string_segment_id):
    """wagtail-localize's segment save, unless it would silently replace a colleague's newer text."""
    if request.method == "PUT":
        translation = get_object_or_404(Translation, id=translation_id)
        segment = get_object_or_404(StringSegment, id=string_segment_id)
        current = colleague_change(request, translation, segment)
        if (
            current is not None
            and segment.context.object_id == translation.source.object_id
            and may_edit_translation(request.user, translation)
        ):
            mark_seen(request, translation_id, string_segment_id)
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
