"""The translated slug follows the translated title (issue 10), unless the translator
wrote one: saved through the editor's own segment address, as the editor saves them."""

from urllib.parse import urlencode

import pytest

from django.urls import reverse

from wagtail_localize.models import StringSegment, StringTranslation

from tests.support.users import make_user
from translations.roles import TRANSLATORS


@pytest.fixture
def editor(client, demo_site, translation):
    """A French translator with a new page's translation (nothing translated yet) open in the editor."""
    client.force_login(make_user("s-translator", TRANSLATORS["fr"], language="fr"))
    french = translation.get_target_instance()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])).status_code == 200
    segments = {
        segment.context.path: segment for segment in StringSegment.objects.filter(source=translation.source)
    }
    return client, translation, segments


def save(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)  # updated, created


def slug_of(translation, segments):
    slug = segments["slug"]
    return StringTranslation.objects.get(
        translation_of_id=slug.string_id, locale=translation.target_locale, context=slug.context
    ).data


def saved_slug(translation):
    translation.save_target(publish=False)
    return translation.get_target_instance().get_latest_revision_as_object().slug


def test_the_slug_follows_each_new_title(editor, demo_site):
    client, translation, segments = editor
    save(client, translation, segments["title"], "Mentions légales")
    assert slug_of(translation, segments) == "mentions-legales"
    save(client, translation, segments["title"], "Informations légales")
    assert slug_of(translation, segments) == "informations-legales"
    assert saved_slug(translation) == "informations-legales"


def test_a_slug_written_by_the_translator_stays(editor, demo_site):
    client, translation, segments = editor
    save(client, translation, segments["slug"], "mentions")
    save(client, translation, segments["title"], "Mentions légales")
    assert slug_of(translation, segments) == "mentions"
