"""The translated slug follows the translated title (issue 10), unless the translator
wrote one: saved through the editor's own segment address, as the editor saves them."""

from urllib.parse import urlencode

import pytest

from django.urls import reverse

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.support.users import make_user
from translations.roles import TRANSLATORS


@pytest.fixture
def editor(client, demo_site):
    """A French translator with the about page's translation open in the editor."""
    client.force_login(make_user("s-translator", TRANSLATORS["fr"], language="fr"))
    source = TranslationSource.objects.get(object_id=demo_site.about_it.translation_key)
    translation = Translation.objects.get(source=source, target_locale=demo_site.about_fr.locale)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[demo_site.about_fr.pk])).status_code == 200
    segments = {segment.context.path: segment for segment in StringSegment.objects.filter(source=source)}
    return client, translation, segments


def save(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200


def slug_of(translation, segments):
    slug = segments["slug"]
    return StringTranslation.objects.get(
        translation_of_id=slug.string_id, locale=translation.target_locale, context=slug.context
    ).data


def published_slug(translation, demo_site):
    translation.save_target(publish=False)
    demo_site.about_fr.refresh_from_db()
    return demo_site.about_fr.get_latest_revision_as_object().slug


def test_the_slug_follows_each_new_title(editor, demo_site):
    client, translation, segments = editor
    save(client, translation, segments["title"], "Qui nous sommes")
    assert slug_of(translation, segments) == "qui-nous-sommes"
    save(client, translation, segments["title"], "Présentation du partenariat")
    assert slug_of(translation, segments) == "presentation-du-partenariat"
    assert published_slug(translation, demo_site) == "presentation-du-partenariat"


def test_a_slug_written_by_the_translator_stays(editor, demo_site):
    client, translation, segments = editor
    save(client, translation, segments["slug"], "a-propos")
    save(client, translation, segments["title"], "Présentation du partenariat")
    assert slug_of(translation, segments) == "a-propos"
