"""Two translators saving the same translation at once: the later save over a colleague's
newer text is refused with a warning and the colleague's version, never silently lost."""

from urllib.parse import urlencode

import pytest

from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import translation as i18n

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.support.users import make_user
from tests.support.wording import said
from translations.concurrency import SESSION_KEY
from translations.roles import TRANSLATORS


@pytest.fixture
def segment_address(demo_site):
    """The French translation of the about page and its first text segment, opened in the
    editor by two translators."""
    source = TranslationSource.objects.get(object_id=demo_site.about_it.translation_key)
    translation = Translation.objects.get(source=source, target_locale=demo_site.about_fr.locale)
    segment = StringSegment.objects.filter(source=source).order_by("order").first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return translation, segment, url


def translator_with_editor_open(username, demo_site, first_name):
    user = make_user(username, TRANSLATORS["fr"], language="fr")
    user.first_name = first_name
    user.save()
    client = Client()
    client.force_login(user)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[demo_site.about_fr.pk])).status_code == 200
    return client


def save(client, url, value):
    """The editor's save of one segment (a form-encoded PUT)."""
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def stored(translation, segment):
    return StringTranslation.objects.get(
        translation_of_id=segment.string_id, locale=translation.target_locale, context=segment.context
    ).data


def test_a_save_over_a_colleagues_newer_text_is_refused_with_a_warning(demo_site, segment_address):
    translation, segment, url = segment_address
    claire = translator_with_editor_open("t-claire", demo_site, "Claire")
    luc = translator_with_editor_open("t-luc", demo_site, "Luc")

    assert save(claire, url, "Version de Claire").status_code == 200
    assert stored(translation, segment) == "Version de Claire"

    # Luc opened the editor before Claire saved: his save is not applied.
    answer = save(luc, url, "Version de Luc").json()
    assert stored(translation, segment) == "Version de Claire"
    assert answer["data"] == "Version de Claire"
    with i18n.override("fr"):  # Luc's admin language
        warning = i18n.gettext(
            "%(name)s changed this text after you opened the editor. Their version is shown; "
            "edit it again to replace it."
        )
    assert answer["error"] == warning % {"name": "Claire"}

    # Having seen Claire's version, Luc may replace it.
    assert save(luc, url, "Version de Luc").status_code == 200
    assert stored(translation, segment) == "Version de Luc"
    # Opening the editor again replaces what he had seen segment by segment.
    assert f"{translation.pk}:{segment.pk}" in luc.session[SESSION_KEY]
    luc.get(reverse("wagtailadmin_pages:edit", args=[demo_site.about_fr.pk]))
    assert list(luc.session[SESSION_KEY]) == [str(translation.pk)]


def test_a_translator_saving_twice_is_not_warned_about_themselves(demo_site, segment_address):
    translation, segment, url = segment_address
    claire = translator_with_editor_open("t-claire", demo_site, "Claire")
    assert save(claire, url, "Premier jet").status_code == 200
    assert save(claire, url, "Second jet").status_code == 200
    assert stored(translation, segment) == "Second jet"


def test_a_colleagues_older_text_is_replaced_as_usual(demo_site, segment_address):
    translation, segment, url = segment_address
    claire = make_user("t-claire", TRANSLATORS["fr"], language="fr")
    client = Client()
    client.force_login(claire)
    save(client, url, "Ancienne version")
    luc = translator_with_editor_open("t-luc", demo_site, "Luc")  # opens after Claire saved
    assert save(luc, url, "Nouvelle version").status_code == 200
    assert stored(translation, segment) == "Nouvelle version"


@pytest.mark.parametrize("encoding", ["form", "multipart"])
def test_a_translation_longer_than_its_field_is_not_saved_and_says_why(demo_site, segment_address, encoding):
    """The title takes 255 characters: a longer one used to be stored, then failed when the
    page was saved (a 500 on PostgreSQL). The editor sends a multipart form, as here."""
    translation, segment, url = segment_address
    assert segment.context.path == "title"
    before = stored(translation, segment)
    claire = translator_with_editor_open("t-claire", demo_site, "Claire")
    long_title = "Titre " * 60
    if encoding == "multipart":
        response = claire.generic(
            "PUT", url, encode_multipart(BOUNDARY, {"value": long_title}), content_type=MULTIPART_CONTENT
        )
    else:
        response = save(claire, url, long_title)
    assert response.status_code == 200
    answer = response.json()
    assert answer["data"] == long_title
    assert answer["error"] == said(
        "“%(field)s” takes at most %(limit)s characters; this translation has %(length)s. "
        "It was not saved: shorten it.",
        "fr",
        field=said("title", "fr"),
        limit=255,
        length=len(long_title),
    )
    assert stored(translation, segment) == before
    # A title that fits is saved as usual.
    assert save(claire, url, "Titre court").status_code == 200
    assert stored(translation, segment) == "Titre court"
