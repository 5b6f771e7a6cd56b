"""XLIFF 1.2 for agencies' CAT tools: a round trip works, bad files change nothing."""

import copy
from xml.etree import ElementTree

import pytest
from defusedxml import ElementTree as SafeElementTree

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import override

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import ContentPage
from tests.support.pages import publish
from tests.support.translations import FRENCH
from tests.support.wording import said
from translations.imports import MAX_FILE_BYTES

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


TOO_LONG = (
    "The translation of “%(field)s” has %(length)s characters; at most %(limit)s fit. Nothing was imported."
)


def unchanged(translation):
    return (
        list(StringTranslation.objects.filter(locale=translation.target_locale).values_list("pk", "data")),
        translation.get_target_instance().draft_title,
    )


def fill_with(root, **targets):
    """``fill``, with some units (by source text) given other targets."""
    fill(root)
    for unit in root.iterfind(".//x:trans-unit", NS):
        source = unit.find("x:source", NS).text
        if source in targets:
            unit.find("x:target", NS).text = targets[source]
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def test_a_title_too_long_for_its_field_is_refused_and_nothing_is_written(client, translation):
    before = unchanged(translation)
    response, messages = upload(
        client, translation, fill_with(download(client, translation), **{"Note legali": "T" * 256})
    )
    with override("fr"):
        field = str(Page._meta.get_field("title").verbose_name)
    assert response.status_code == 200
    assert messages == [said(TOO_LONG, "fr", field=field, length=256, limit=255)]
    assert unchanged(translation) == before


@pytest.fixture
def figures(demo_site, translator):
    """A page whose body has a heading and a key figure inside a list, translation started."""
    page = publish(
        demo_site.home_it,
        ContentPage(
            title="Il territorio",
            slug="il-territorio",
            body=[
                ("heading", {"text": "In cifre", "level": "h2"}),
                ("key_figures", {"figures": [{"value": 221, "label": "comuni"}]}),
            ],
        ),
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=demo_site.home_fr.locale)
    translation.save_target(user=translator, publish=False)
    return translation


def test_a_text_too_long_for_its_block_is_refused_and_one_that_fits_is_imported(client, figures):
    before = unchanged(figures)
    response, messages = upload(client, figures, fill_with(download(client, figures), comuni="c" * 121))
    assert messages == [said(TOO_LONG, "fr", field=said("What it counts", "fr"), length=121, limit=120)]
    assert unchanged(figures) == before
    response, messages = upload(client, figures, fill_with(download(client, figures), comuni="c" * 120))
    assert response.status_code == 302
    assert StringTranslation.objects.get(locale=figures.target_locale, data="c" * 120)


def test_a_unit_given_twice_with_two_translations_is_refused(client, translation):
    root = download(client, translation)
    fill(root)
    body = root.find("x:file/x:body", NS)
    unit = copy.deepcopy(body.find("x:trans-unit", NS))
    unit.find("x:target", NS).text = "Avis légal"
    body.append(unit)
    content = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    before = unchanged(translation)
    response, messages = upload(client, translation, content)
    message = "This file translates the same text in two different ways (“%(text)s”); nothing was imported."
    assert messages == [said(message, "fr", text="Note legali")]
    assert unchanged(translation) == before


def test_a_file_over_the_size_limit_is_refused(client, translation):
    content = fill(download(client, translation)) + b"<!--" + b"x" * MAX_FILE_BYTES + b"-->"
    response, messages = upload(client, translation, content)
    assert response.status_code == 200
    with override("fr"):
        limit = filesizeformat(MAX_FILE_BYTES)
    message = "This file is over %(limit)s, the largest a translation file can be. Nothing was imported."
    assert messages == [said(message, "fr", limit=limit)]


def test_the_upload_form_states_the_limits(client, translation):
    response = client.get(reverse("translations_upload_xliff", args=[translation.pk]))
    with override("fr"):
        size = filesizeformat(MAX_FILE_BYTES)
    limits = said(
        "A file can be at most %(size)s and bring at most %(most)s translations.", "fr", size=size, most=500
    )
    assert limits in response.content.decode()
