"""XLIFF 1.2 for agencies' CAT tools: a round trip works, bad files change nothing."""

from xml.etree import ElementTree

import pytest
from defusedxml import ElementTree as SafeElementTree

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation

from tests.support.translations import FRENCH

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def download(client, translation):
    response = client.get(reverse("translations_download_xliff", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlf"')
    return SafeElementTree.fromstring(response.content)


def fill(root):
    """Translate every unit as an agency would (the slug is kept as it is)."""
    for unit in root.iterfind(".//x:trans-unit", NS):
        source = unit.find("x:source", NS).text
        target = unit.find("x:target", NS)
        if target is None:
            target = ElementTree.SubElement(unit, f"{{{NS['x']}}}target")
        target.text = FRENCH.get(source, source)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def upload(client, translation, content):
    response = client.post(
        reverse("translations_upload_xliff", args=[translation.pk]),
        {"file": SimpleUploadedFile("fr.xlf", content)},
    )
    return response, [str(message) for message in get_messages(response.wsgi_request)]


def test_export_lists_every_segment_with_languages(client, translation):
    root = download(client, translation)
    file = root.find("x:file", NS)
    assert (file.get("source-language"), file.get("target-language")) == ("it", "fr")
    sources = [unit.find("x:source", NS).text for unit in root.iterfind(".//x:trans-unit", NS)]
    assert "Note legali" in sources and "Il sito è curato dai partner ALCOTRA." in sources


def test_round_trip_translates_the_page(client, translation):
    response, messages = upload(client, translation, fill(download(client, translation)))
    assert response.status_code == 302
    assert messages == ["3 traductions du fichier XLIFF ont été importées."]
    translation.save_target(publish=True)
    french = translation.get_target_instance()
    assert (french.title, french.summary) == (
        "Mentions légales",
        "Le site est tenu par les partenaires ALCOTRA.",
    )
    # The next export carries the translations made so far.
    targets = [
        unit.find("x:target", NS).text
        for unit in download(client, translation).iterfind(".//x:trans-unit", NS)
    ]
    assert "Mentions légales" in targets


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("malformed", "Veuillez téléverser un fichier XLIFF valide."),
        ("empty", "Veuillez téléverser un fichier XLIFF valide."),
        ("other_translation", "Ce fichier XLIFF a été fait pour une autre page ou une autre langue"),
        ("other_language", "Ce fichier XLIFF a été fait pour une autre page ou une autre langue"),
        ("unknown_unit", "Ce fichier XLIFF contient 1 unités"),
        ("entity_bomb", "Veuillez téléverser un fichier XLIFF valide."),
    ],
)
def test_bad_files_change_nothing(client, translation, case, message):
    root = download(client, translation)
    file = root.find("x:file", NS)
    if case == "malformed":
        content = b"<xliff><file><body><trans-unit"
    elif case == "empty":
        content = b""
    elif case == "entity_bomb":
        content = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>'
    else:
        if case == "other_translation":
            file.set("original", "00000000-0000-0000-0000-000000000000")
        elif case == "other_language":
            file.set("target-language", "de")
        else:
            unit = ElementTree.SubElement(
                file.find("x:body", NS), f"{{{NS['x']}}}trans-unit", {"id": "999999"}
            )
            ElementTree.SubElement(unit, f"{{{NS['x']}}}source").text = "?"
        content = fill(root)
    before = StringTranslation.objects.filter(locale=translation.target_locale).count()
    response, messages = upload(client, translation, content)
    assert response.status_code == 200
    assert len(messages) == 1 and messages[0].startswith(message)
    assert StringTranslation.objects.filter(locale=translation.target_locale).count() == before
