"""Saving one segment in wagtail-localize's editor, without overwriting a colleague.

Registered on wagtail-localize's own address (translations comes first in
INSTALLED_APPS); see translations/concurrency.py for how "seen" is kept.
"""

from io import BytesIO

from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views import edit_translation as localize_views

from ..concurrency import colleague_change, mark_seen
from ..imports import over_limit
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
        if may_edit_translation(request.user, translation):
            refused = too_long(request, translation, segment)
            if refused is not None:
                return refused
    return localize_views.edit_string_translation(request, translation_id, string_segment_id)


def too_long(request, translation, segment):
    """A translation longer than its field takes is not saved and the segment says why:
    saved, it would fail later, when the page is saved (a 500 on PostgreSQL)."""
    value = sent_value(request)
    over = over_limit(translation, segment, value)
    if over is None:
        return None
    unsaved = StringTranslation(
        translation_of_id=segment.string_id,
        locale_id=translation.target_locale_id,
        context_id=segment.context_id,
        data=value,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=request.user,
        updated_at=timezone.now(),
    )
    data = localize_views.StringTranslationSerializer(
        unsaved, context={"translation_source": translation.source}
    ).data
    data["error"] = (
        _(
            "“%(field)s” takes at most %(limit)s characters; this translation has %(length)s. "
            "It was not saved: shorten it."
        )
        % over
    )
    return JsonResponse(data)


def sent_value(request):
    """The ``value`` of wagtail-localize's PUT, read without using up the body its view reads next."""
    body = request.body
    if request.content_type == "multipart/form-data":
        data, _files = MultiPartParser(request.META, BytesIO(body), request.upload_handlers).parse()
    else:
        data = QueryDict(body, encoding=request.encoding)
    return data.get("value", "")
