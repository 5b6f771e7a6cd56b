"""Translators are told, once per change, when a published source changes its text."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from translations.models import TranslationRequest
from translations.roles import TRANSLATORS, setup_roles


@pytest.fixture
def translators(demo_site):
    setup_roles()
    User = get_user_model()
    people = {}
    for username, language, admin_language in (("claire", "fr", "fr"), ("marco", "it", "it")):
        user = User.objects.create_user(username, email=f"{username}@example.eu", password="pw")
        user.groups.add(Group.objects.get(name=TRANSLATORS[language]))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = admin_language
        profile.save()
        people[language] = user
    return people


def publish_with_callbacks(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()


def test_changed_text_notifies_the_target_languages_translators_once(demo_site, translators):
    about = demo_site.about_it
    publish_with_callbacks(about, summary="Chi pubblica qui, e perché lo fa in italiano e in francese.")

    assert TranslationRequest.objects.filter(page=about, locale__language_code="fr").count() == 1
    assert [message.to for message in mail.outbox] == [["claire@example.eu"]]
    message = mail.outbox[0]
    assert message.subject == "À traduire\u00a0: Chi siamo"
    assert "traduction en français" in message.body
    assert "/admin/translations/?language=fr" in message.body

    # Publishing again, with or without another text change, while the request is
    # open tells nobody anything new: the request follows the newest revision.
    publish_with_callbacks(about)
    publish_with_callbacks(about, summary="Ancora un’altra sintesi.")
    assert len(mail.outbox) == 1
    request = TranslationRequest.objects.get(page=about)
    assert request.revision == about.get_latest_revision()


def test_french_source_notifies_translators_into_italian(demo_site, translators):
    care = demo_site.page("project:care", "fr")
    publish_with_callbacks(care, summary="Un résumé réécrit par la cheffe de file.")
    assert [message.to for message in mail.outbox] == [["marco@example.eu"]]
    assert mail.outbox[0].subject == "Da tradurre: CARE"


def test_untranslated_page_and_translations_notify_nobody(demo_site, translators):
    publish_with_callbacks(demo_site.about_fr)  # a translation, not a source
    assert mail.outbox == []
    assert not TranslationRequest.objects.exists()


def test_dashboard_lists_requests_until_the_translation_is_up_to_date(client, demo_site, translators):
    about_it = demo_site.about_it
    publish_with_callbacks(about_it, summary="Una sintesi nuova.")
    client.force_login(translators["fr"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "En attente de traduction" in dashboard
    assert "Chi siamo" in dashboard

    # The translator syncs and translates the new summary: the request closes.
    source = TranslationSource.objects.get(object_id=about_it.translation_key)
    source.update_from_db()
    segment = StringSegment.objects.get(source=source, string__data="Una sintesi nuova.")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=demo_site.about_fr.locale,
        context=segment.context,
        data="Un nouveau résumé.",
        translation_type="manual",
    )
    Translation.objects.get(source=source, target_locale=demo_site.about_fr.locale).save_target(publish=False)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "En attente de traduction" not in dashboard
    assert TranslationRequest.objects.get(page=about_it).completed_at is not None


def test_translators_of_the_other_language_do_not_see_the_request(client, demo_site, translators):
    publish_with_callbacks(demo_site.about_it, summary="Una sintesi nuova.")
    client.force_login(translators["it"])
    assert "In attesa di traduzione" not in client.get(reverse("wagtailadmin_home")).content.decode()
