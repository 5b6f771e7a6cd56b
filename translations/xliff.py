"""XLIFF 1.2 export and import of a translation, for agencies' CAT tools.

One <trans-unit> per string segment of the source: its id is the segment's, its
``resname`` the field path, ``<source>`` the text (inline markup of rich text is
kept as escaped text) and ``<target>`` the translation made so far. An import
checks the whole file first (this translation, this language, only its units, one
translation per unit, each fitting its field: translations/imports.py) and saves
every target in one transaction, or nothing.
"""

from xml.etree.ElementTree import Element, SubElement, tostring

from defusedxml import ElementTree

from django.utils.translation import gettext as _

from wagtail_localize.models import StringTranslation

from .imports import FileRefused, check_texts, once_each, save_texts, segments_of

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"


class XliffError(FileRefused):
    """An XLIFF file that cannot be imported; the message is for the person who uploaded it."""


def export_xliff(translation):
    existing = {
        (item.translation_of_id, item.context_id): item.data
        for item in StringTranslation.objects.filter(
            locale=translation.target_locale, translation_of__segments__source=translation.source
        )
    }
    root = Element("xliff", {"version": "1.2", "xmlns": NAMESPACE})
    file = SubElement(
        root,
        "file",
        {
            "original": str(translation.uuid),
            "source-language": translation.source.locale.language_code,
            "target-language": translation.target_locale.language_code,
            "datatype": "plaintext",
        },
    )
    body = SubElement(file, "body")
    for segment in segments_of(translation):
        unit = SubElement(body, "trans-unit", {"id": str(segment.pk), "resname": segment.context.path})
        SubElement(unit, "source").text = segment.string.data
        SubElement(unit, "target").text = existing.get((segment.string_id, segment.context_id), "")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="utf-8")


def parse_targets(translation, content):
    """{segment: translated text}, after checking the whole file."""
    try:
        root = ElementTree.fromstring(content)
    except Exception:  # noqa: BLE001 (malformed XML, entities, encodings: all one answer)
        raise XliffError(_("Please upload a valid XLIFF file.")) from None
    file = root.find(f"{{{NAMESPACE}}}file")
    if root.tag != f"{{{NAMESPACE}}}xliff" or file is None:
        raise XliffError(_("Please upload a valid XLIFF file."))
    if file.get("original") != str(translation.uuid) or file.get("target-language") != (
        translation.target_locale.language_code
    ):
        raise XliffError(
            _("This XLIFF file was made for another page or another language; nothing was imported.")
        )
    segments = {str(segment.pk): segment for segment in segments_of(translation)}
    targets, unknown = [], 0
    for unit in file.iter(f"{{{NAMESPACE}}}trans-unit"):
        segment = segments.get(unit.get("id"))
        if segment is None or unit.get("resname") != segment.context.path:
            unknown += 1
            continue
        target = unit.find(f"{{{NAMESPACE}}}target")
        if target is not None:
            targets.append((segment, target.text))
    if unknown:
        raise XliffError(
            _(
                "This XLIFF file has %(count)s units that are not in this translation "
                "(was the source changed since it was downloaded?); nothing was imported."
            )
            % {"count": unknown}
        )
    texts = once_each(targets)
    check_texts(translation, texts)
    return texts


def import_xliff(translation, content, user=None):
    """Save every translated unit of the file, or raise FileRefused and save nothing."""
    return save_texts(translation, parse_targets(translation, content), user=user, tool_name="XLIFF")
