"""Translators are told, once per change, when a published source changes its text."""

from datetime import date

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.support.admin import project_form
from tests.support.html import soup
from tests.support.news import add_news
from tests.support.users import make_user
from tests.support.wording import said
from translations.models import TranslationRequest
from translations.roles import TRANSLATORS, plan_group_name, setup_roles


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


def submit(client, page, data):
    """The editor's "Submit to …" button: the edit form posted with action-submit."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {**data, "action-submit": "1"})


def test_submitting_a_page_without_its_translation_tells_that_languages_translators(
    client, demo_site, translators
):
    """A page submitted to go live waits for its French translation: the French translators
    are told at once (the page never had one), and their dashboard leads to Translate."""
    news_list = demo_site.page("news-index:pro-sol")
    item = add_news(
        news_list,
        "Una giornata a Pinerolo",
        date(2026, 11, 2),
        slug="giornata-pinerolo",
        body=[("paragraph", "<p>Volontari e anziani si sono incontrati a Pinerolo.</p>")],
    )
    officer = make_user("paola", plan_group_name(demo_site.page("plan:pro-sol")), email="paola@example.eu")
    client.force_login(officer)
    data = nested_form_data(
        {
            "title": item.title,
            "slug": item.slug,
            "summary": "Volontari e anziani insieme per una giornata di scambio.",
            "date": "2026-11-02",
            "image_alt": "",
            "body": streamfield(
                [("paragraph", rich_text("<p>Volontari e anziani si sono incontrati a Pinerolo.</p>"))]
            ),
            "related_pages": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = submit(client, item, data)
    assert response.status_code == 302
    assert WorkflowState.objects.get(object_id=str(item.pk)).status == "in_progress"

    request = TranslationRequest.objects.get(page=item)
    assert request.locale.language_code == "fr"
    assert [message.to for message in mail.outbox] == [["claire@example.eu"]]
    assert "soumise pour publication" in mail.outbox[0].body

    client.force_login(translators["fr"])
    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one(".waiting-for-translation")
    link = panel.find("a", string="Una giornata a Pinerolo")
    url = reverse("wagtail_localize:submit_page_translation", args=[item.pk])
    assert link["href"] == f"{url}?select_locale=fr"
    # The French box is ticked: pressing "Submit" starts the translation.
    ticked = soup(client.get(link["href"])).select("input[name=locales][checked]")
    assert [box["value"] for box in ticked] == [str(demo_site.home_fr.locale_id)]
    assert said("into %(language)s, asked on %(when)s", "fr").split("%")[0] in panel.get_text()


def test_submitting_a_changed_text_leads_translators_to_their_translation(client, demo_site, translators):
    page = demo_site.page("project:coor-com")
    officer = make_user("paola", plan_group_name(demo_site.page("plan:pro-sol")))
    client.force_login(officer)
    response = submit(client, page, project_form(page))  # the form's body text is new
    assert response.status_code == 302
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "in_progress"
    assert TranslationRequest.objects.get(page=page).locale.language_code == "fr"
    assert [message.to for message in mail.outbox] == [["claire@example.eu"]]

    client.force_login(translators["fr"])
    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one(".waiting-for-translation")
    french = demo_site.page("project:coor-com", "fr")
    assert panel.find("a", string="COOR-COM")["href"] == reverse("wagtailadmin_pages:edit", args=[french.pk])
