"""The Wagtail admin for editors and translators: their language, the translation editor, tree rules."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page
from wagtail.users.models import UserProfile

from home.models import ContentPage, HomePage
from tests.support.html import soup
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import TRANSLATORS


@pytest.fixture
def admin_user_in(db):
    def make(language):
        user = get_user_model().objects.create_superuser(f"editor-{language}", password="pw")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return user

    return make


@pytest.mark.parametrize(("language", "word"), [("it", "Pagine"), ("fr", "Pages")])
def test_admin_speaks_the_editors_language(client, demo_site, admin_user_in, language, word):
    client.force_login(admin_user_in(language))
    response = client.get(reverse("wagtailadmin_explore", args=[demo_site.home_it.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'lang="{language}"' in html
    assert word in html


@pytest.mark.parametrize(("language", "label"), [("it", "Sintesi"), ("fr", "Résumé")])
def test_our_field_labels_are_translated_in_the_editor(client, demo_site, admin_user_in, language, label):
    client.force_login(admin_user_in(language))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[demo_site.about_it.pk]))
    assert response.status_code == 200
    assert label in response.content.decode()


def test_french_page_opens_in_the_translation_editor(client, demo_site, admin_user_in):
    client.force_login(admin_user_in("fr"))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[demo_site.about_fr.pk]))
    assert response.status_code == 200
    templates = {t.name for t in response.templates}
    assert "wagtail_localize/admin/edit_translation.html" in templates
    # The editor is fed the Italian source and the French translations of its segments.
    html = response.content.decode()
    assert "La Regione Piemonte" in html and "La R\\u00e9gion Pi\\u00e9mont" in html  # JSON-escaped props


def test_tree_rules(db):
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert ContentPage in HomePage.allowed_subpage_models()
    assert ContentPage.allowed_subpage_models() == []
    assert not HomePage.can_create_at(ContentPage())
    assert ContentPage.can_create_at(HomePage())
    assert not ContentPage.can_create_at(Page())


def test_preview_renders_in_the_pages_language_not_the_editors(rf, demo_site, admin_user_in):
    request = rf.get("/", HTTP_HOST="localhost")
    request.user = admin_user_in("fr")
    with translation.override("fr"):  # the editor works in a French admin
        response = demo_site.about_it.serve_preview(request, demo_site.about_it.default_preview_mode)
    html = response.content.decode()
    assert '<html lang="it">' in html
    assert "Salta al contenuto principale" in html


@pytest.mark.parametrize("language", ["it", "fr"])
def test_a_refused_action_answers_in_the_editors_language(client, demo_site, language):
    """Wagtail answers a refusal after leaving the editor's language; the admin language
    middleware keeps it: a translator refused a source page reads why in their language."""
    user = make_user("traduttrice", TRANSLATORS[language], language=language)
    client.force_login(user)
    # COOR-COM's source is Italian and CARE's French: each translator edits the other one.
    source, translation = ("project:coor-com", "project:care")[:: 1 if language == "it" else -1]
    refused, target = demo_site.page(source, language), demo_site.page(translation, language)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[refused.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    refusal = said("Sorry, you do not have permission to access this area.", language)
    assert refusal in soup(response).get_text()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).status_code == 200
