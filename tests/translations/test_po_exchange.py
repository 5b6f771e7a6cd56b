"""PO files for translation agencies: a round trip works, bad files change nothing."""

import polib
import pytest

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation

from tests.support.translations import FRENCH


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload(client, translation, content, name="traduction.po"):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    response = client.post(url, {"file": SimpleUploadedFile(name, content), "next": "/admin/"})
    assert response.status_code == 302
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_round_trip_translates_the_page(client, translation):
    po = download(client, translation)
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, entry.msgid)
    messages = upload(client, translation, str(po).encode())
    assert messages == ["Les traductions du fichier PO ont été importées."]
    translation.save_target(publish=True)
    french = translation.get_target_instance()
    assert (french.title, french.summary) == (
        "Mentions légales",
        "Le site est tenu par les partenaires ALCOTRA.",
    )


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("malformed", "Veuillez téléverser un fichier PO valide."),
        ("empty", "Veuillez téléverser un fichier PO valide."),
        ("other_translation", "Ce fichier PO a été fait pour une autre page ou une autre langue"),
        ("unknown_entries", "Ce fichier PO contient 1 entrées"),
    ],
)
def test_bad_files_change_nothing(client, demo_site, translation, case, message):
    po = download(client, translation)
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, entry.msgid)
    if case == "malformed":
        content = b'msgid "unterminated\nmsgstr ""\n\x00\xff'
    elif case == "empty":
        content = b""
    elif case == "other_translation":
        po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
        content = str(po).encode()
    else:
        po.append(polib.POEntry(msgctxt="body.unknown", msgid="Un testo che non esiste", msgstr="Un texte"))
        content = str(po).encode()
    before = StringTranslation.objects.filter(locale=translation.target_locale).count()
    messages = upload(client, translation, content)
    assert len(messages) == 1 and messages[0].startswith(message)
    assert StringTranslation.objects.filter(locale=translation.target_locale).count() == before
