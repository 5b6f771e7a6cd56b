"""Translation files for agencies: PO upload and XLIFF export/import, all or nothing.

wagtail-localize's own upload view answers a PO without its translation id (or an
empty file) with a server error, imports the known entries of a file that also has
unknown ones, and writes entry after entry (a title too long for its column was a
server error on PostgreSQL; 10,000 duplicates ran past 30 s). This view, registered on the same admin
URL, checks the whole file first (translations/imports.py) and imports only when
every entry belongs to the translation and fits.
"""

import contextlib
import os
import tempfile

import polib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation

from ..imports import (
    MAX_FILE_BYTES,
    MAX_TEXTS,
    FileRefused,
    check_texts,
    once_each,
    read_upload,
    save_texts,
    segments_of,
)
from ..permissions import may_edit_translation
from ..xliff import export_xliff, import_xliff


def read_po(upload):
    """A parsed PO file, or None when the upload is missing, empty or not PO."""
    content = read_upload(upload)
    # polib accepts a path or contents; give it a path so contents are never taken for one.
    with tempfile.NamedTemporaryFile(delete=False, suffix=".po") as handle:
        handle.write(content)
    try:
        po = polib.pofile(handle.name)
    except (OSError, UnicodeDecodeError, ValueError):
        po = None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
    return po if po is not None and (len(po) or po.metadata) else None


def po_texts(po, translation):
    """{segment: translated text} of the whole file, or FileRefused saying why not."""
    if po is None:
        raise FileRefused(_("Please upload a valid PO file."))
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        raise FileRefused(
            _("This PO file was made for another page or another language; nothing was imported.")
        )
    segments = {(segment.context.path, segment.string.data): segment for segment in segments_of(translation)}
    unknown = [entry for entry in po if (entry.msgctxt, entry.msgid) not in segments]
    if unknown:
        raise FileRefused(
            _(
                "This PO file has %(count)s entries that are not in this translation (was the source changed "
                "since it was downloaded?); nothing was imported."
            )
            % {"count": len(unknown)}
        )
    texts = once_each((segments[entry.msgctxt, entry.msgid], entry.msgstr) for entry in po)
    check_texts(translation, texts)
    return texts


@require_POST
def upload_po(request, translation_id):
    translation = editable_translation(request, translation_id)
    try:
        texts = po_texts(read_po(request.FILES.get("file")), translation)
    except FileRefused as refusal:
        messages.error(request, str(refusal))
    else:
        save_texts(translation, texts, user=request.user, tool_name="PO File")
        messages.success(request, _("The translations of the PO file were imported."))
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def editable_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not may_edit_translation(request.user, translation):
        raise PermissionDenied
    return translation


def download_xliff(request, translation_id):
    translation = editable_translation(request, translation_id)
    response = HttpResponse(export_xliff(translation), content_type="application/x-xliff+xml; charset=utf-8")
    name = f"{translation.source.object_repr}-{translation.target_locale.language_code}.xlf"
    response["Content-Disposition"] = f'attachment; filename="{slugify(name[:-4])}.xlf"'
    return response


def upload_xliff(request, translation_id):
    """A small form: choose the file the agency sent back."""
    translation = editable_translation(request, translation_id)
    if request.method == "POST":
        try:
            count = import_xliff(translation, read_upload(request.FILES.get("file")), user=request.user)
        except FileRefused as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)s translation of the XLIFF file was imported.",
                    "%(count)s translations of the XLIFF file were imported.",
                    count,
                )
                % {"count": count},
            )
            return redirect(reverse("wagtailadmin_pages:edit", args=[translation.get_target_instance().pk]))
    return render(
        request,
        "translations/upload_xliff.html",
        {"translation": translation, "max_bytes": MAX_FILE_BYTES, "max_texts": MAX_TEXTS},
    )
