"""wagtail-localize's translation editor offers each role only what it may do (translations/editor.py).

A translator used to be offered "Delete" or "Convert to alias" as the main button, and
"Stop Synced translation" always; now their main action is "Mark as ready", which saves a
complete translation as a draft, never publishes, closes the language's request and tells
the moderators, or says what is missing and changes nothing. Publishing a translation from
the editor while its source is not live is for administrators only. Each step under test
goes through the admin's own URLs, reading the addresses from the page as a browser would.
"""

import json
from urllib.parse import urlencode

import pytest

from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils.translation import ngettext, override

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from home.models import ContentPage
from tests.support.html import soup
from tests.support.pages import publish
from tests.support.translations import FRENCH
from tests.support.users import make_user
from tests.support.wording import said
from translations.requests import Reason, open_request
from translations.roles import MODERATORS, TRANSLATORS, plan_group_name, setup_roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(demo_site):
    setup_roles()
    return {
        "translator": make_user("claire", TRANSLATORS["fr"], language="fr", email="claire@example.eu"),
        "moderator": make_user("giulia", MODERATORS, language="it", email="giulia@example.eu"),
        "officer": make_user(
            "paola",
            plan_group_name(demo_site.page("plan:pro-sol")),
            language="it",
            email="paola@example.eu",
        ),
        "admin": make_user("amministratrice", superuser=True, language="it"),
    }


def start_french_translation(page, user):
    """The scene: ``page``'s French translation started, nothing translated yet (a draft)."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="fr")
    )
    translation.save_target(user=user, publish=False)
    return translation, translation.get_target_instance()


@pytest.fixture
def legal_notice(demo_site, people):
    """A new live Italian page whose French translation Claire started: a French draft."""
    page = publish(
        demo_site.home_it,
        ContentPage(title="Note legali", slug="note-legali", summary="Il sito è curato dai partner ALCOTRA."),
    )
    translation, french = start_french_translation(page, people["translator"])
    return page, translation, french


def open_editor(client, page):
    """The translation editor as the browser gets it: the React app's props and the bottom bar."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one(".js-translation-editor") is not None, "not wagtail-localize's editor"
    props = json.loads(html.select_one(".js-translation-editor")["data-props"])
    return props, html.select_one("[data-translation-editor-bar]")


def main_action(bar):
    return bar.select_one(".w-dropdown-button > button, .w-dropdown-button > a")


def actions(bar):
    """What the bar offers, as read: the main action, those under its arrow, the preview."""
    return [
        element.get_text(" ", strip=True)
        for element in bar.select("nav a, nav button")
        if "w-dropdown__toggle" not in element.get("class", [])
    ]


def translate_in_editor(client, page, french):
    """Type each text's translation into the editor and save it, as the editor's page does."""
    props, _bar = open_editor(client, page)
    for segment in props["segments"]:
        if segment["type"] == "string" and segment["source"] in french:
            response = client.put(
                segment["editUrl"],
                urlencode({"value": french[segment["source"]]}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201)


def mark_ready(client, page, **kwargs):
    """Press the bar's main action, "Mark as ready", submitting its form as the browser would."""
    _props, bar = open_editor(client, page)
    button, form = main_action(bar), bar.select_one("form")
    data = {field["name"]: field["value"] for field in form.select("input[type=hidden]")}
    data[button["name"]] = button["value"]
    return client.post(button.get("formaction") or form["action"], data, **kwargs)


def text(response):
    return soup(response).get_text(" ")


def not_translated_yet(count, language):
    with override(language):
        details = ngettext(
            "%(count)d text is not translated yet.", "%(count)d texts are not translated yet.", count
        ) % {"count": count}
    return said("Not marked as ready: %(details)s Nothing was changed.", language, details=details)


def test_a_translator_is_offered_no_delete_alias_stop_or_publish(client, demo_site, people, legal_notice):
    _source, _translation, french_draft = legal_notice
    # Wagtail's rights alone let a translator delete a draft leaf page: the editor offered it.
    assert french_draft.permissions_for_user(people["translator"]).can_delete()
    client.force_login(people["translator"])
    for page in (french_draft, demo_site.page("project:coor-com", "fr")):
        props, bar = open_editor(client, page)
        assert not any(props["perms"].values()), page
        links = props["links"]
        for link in (
            "deleteUrl",
            "unpublishUrl",
            "lockUrl",
            "unlockUrl",
            "stopTranslationUrl",
            "convertToAliasUrl",
        ):
            assert links[link] is None, (page, link)
        assert actions(bar) == [said("Mark as ready", "fr"), said("Preview", "fr")]
        for refused in ("Delete", "Convert to alias page", "Stop Synced translation", "Unpublish"):
            assert said(refused, "fr") not in actions(bar)
        # Translating stays possible: the editor still gets the texts and where to save them.
        assert any(segment["type"] == "string" for segment in props["segments"])


def test_moderators_officers_and_administrators_keep_what_they_may_do(client, demo_site, people):
    french = demo_site.page("project:coor-com", "fr")  # live, in the PRO-SOL plan

    client.force_login(people["moderator"])
    props, bar = open_editor(client, french)
    assert props["perms"]["canPublish"] and props["perms"]["canUnpublish"] and props["perms"]["canLock"]
    assert props["links"]["stopTranslationUrl"] is None and props["links"]["convertToAliasUrl"] is None
    assert main_action(bar).get_text(" ", strip=True) == said(
        "Publish in %(language)s", "it", language="francese"
    )
    assert said("Lock", "it") in actions(bar) and said("Unpublish", "it") in actions(bar)
    assert said("Stop Synced translation", "it") not in actions(bar)

    # In a plan, an officer does not publish one language alone: theirs is "Mark as ready".
    client.force_login(people["officer"])
    props, bar = open_editor(client, french)
    assert not props["perms"]["canPublish"]
    assert main_action(bar).get_text(" ", strip=True) == said("Mark as ready", "it")
    assert said("Lock", "it") in actions(bar)

    client.force_login(people["admin"])
    props, bar = open_editor(client, french)
    translation = Translation.objects.get(
        source__object_id=french.translation_key, target_locale=french.locale
    )
    assert props["links"]["stopTranslationUrl"] == reverse(
        "wagtail_localize:stop_translation", args=[translation.pk]
    )
    assert main_action(bar).get_text(" ", strip=True) == said(
        "Publish in %(language)s", "it", language="francese"
    )
    assert said("Stop Synced translation", "it") in actions(bar)
    assert said("Delete", "it") in actions(bar)


def test_mark_ready_refuses_an_incomplete_translation_and_changes_nothing(
    client, people, legal_notice, django_capture_on_commit_callbacks
):
    source, _translation, french = legal_notice
    request = open_request(source, french.locale, source.get_latest_revision(), Reason.CHANGED)
    client.force_login(people["translator"])
    translate_in_editor(client, french, {"Note legali": FRENCH["Note legali"]})
    revision = Page.objects.get(pk=french.pk).latest_revision_id
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = mark_ready(client, french, follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert not_translated_yet(1, "fr") in text(response)
    french.refresh_from_db()
    assert french.latest_revision_id == revision
    assert not french.live
    request.refresh_from_db()
    assert request.completed_at is None
    assert mail.outbox == []


def test_mark_ready_saves_a_complete_translation_as_a_draft_and_tells_the_moderators(
    client, people, legal_notice, django_capture_on_commit_callbacks
):
    source, _translation, french = legal_notice
    request = open_request(source, french.locale, source.get_latest_revision(), Reason.CHANGED)
    client.force_login(people["translator"])
    translate_in_editor(client, french, FRENCH)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = mark_ready(client, french, follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    page_text = text(response)
    assert (
        said(
            "The translation of “%(title)s” into %(language)s is marked as ready and saved as a draft. "
            "It is not published: it goes live with its source page.",
            "fr",
            title="Mentions légales",
            language="français",
        )
        in page_text
    )
    french.refresh_from_db()
    assert not french.live
    assert french.get_latest_revision().as_object().summary == FRENCH["Il sito è curato dai partner ALCOTRA."]
    request.refresh_from_db()
    assert request.completed_at is not None
    # Off the translator's to-do list; the moderator (not an officer of another plan) is told.
    assert said("Waiting for translation", "fr") not in page_text
    assert [message.to for message in mail.outbox] == [["giulia@example.eu"]]
    assert mail.outbox[0].subject == said("Translation ready: %(title)s", "it", title="Note legali")
    assert reverse("translations_readiness", args=[source.pk]) in mail.outbox[0].body
    assert Client().get(french.url).status_code == 404


def test_mark_ready_refuses_a_translation_of_an_older_source_text(client, people, legal_notice):
    source, _translation, french = legal_notice
    client.force_login(people["translator"])
    translate_in_editor(client, french, FRENCH)
    source.summary = "Il sito è curato dai partner del programma ALCOTRA."
    source.save_revision()  # the authors changed the Italian text since it was sent to translation
    revision = Page.objects.get(pk=french.pk).latest_revision_id

    response = mark_ready(client, french, follow=True)

    assert said(
        "Not marked as ready: %(details)s Nothing was changed.",
        "fr",
        details=said("The source text changed since the translation was synced.", "fr"),
    ) in text(response)
    sync = soup(response).find("a", href=reverse("translations_sync", args=[source.pk]))
    assert sync is not None and sync.get_text(strip=True) == said("Sync", "fr")
    assert Page.objects.get(pk=french.pk).latest_revision_id == revision


def test_mark_ready_never_changes_what_visitors_read(
    client, demo_site, people, django_capture_on_commit_callbacks
):
    french = demo_site.page("project:coor-com", "fr")  # live and up to date, in the PRO-SOL plan
    live_revision = french.live_revision_id
    summary = french.summary
    client.force_login(people["translator"])
    props, _bar = open_editor(client, french)
    segment = next(s for s in props["segments"] if s["type"] == "string" and s["contentPath"] == "summary")
    translate_in_editor(client, french, {segment["source"]: "Une nouvelle présentation de COOR-COM."})
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = mark_ready(client, french, follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    french.refresh_from_db()
    assert french.live_revision_id == live_revision
    assert french.summary == summary
    assert french.has_unpublished_changes
    assert french.get_latest_revision().as_object().summary == "Une nouvelle présentation de COOR-COM."
    public = Client().get(french.url)
    assert public.status_code == 200
    assert "Une nouvelle présentation" not in public.content.decode()
    # Inside a plan, its officers are told as well as the moderators.
    assert sorted(message.to[0] for message in mail.outbox) == ["giulia@example.eu", "paola@example.eu"]


@pytest.fixture
def draft_source(demo_site, people):
    """An Italian call for projects being prepared (never published), its French translation
    complete: a moderator must not put the French live before the Italian."""
    page = ContentPage(
        title="Bando in preparazione", slug="bando-in-preparazione", summary="Presto online.", live=False
    )
    demo_site.home_it.add_child(instance=page)
    page.save_revision(user=people["moderator"])
    page.refresh_from_db()
    assert not page.live
    _translation, french = start_french_translation(page, people["moderator"])
    return page, french


def test_publishing_a_translation_of_a_draft_source_is_refused_but_to_administrators(
    client, people, draft_source, django_capture_on_commit_callbacks
):
    source, french = draft_source
    client.force_login(people["moderator"])
    translate_in_editor(
        client,
        french,
        {"Bando in preparazione": "Appel en préparation", "Presto online.": "Bientôt en ligne."},
    )
    props, bar = open_editor(client, french)
    assert not props["perms"]["canPublish"]
    assert main_action(bar).get_text(" ", strip=True) == said("Mark as ready", "it")

    # The editor's "Publish in French", posted anyway (an open tab, a script).
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"}, follow=True
        )
    assert said(
        "Not published: the source page “%(title)s” is not live, and visitors must never read the "
        "translation of a page that is not published. The translation goes live with its source. "
        "Nothing was changed.",
        "it",
        title="Bando in preparazione",
    ) in text(response)
    french.refresh_from_db()
    assert not french.live and french.live_revision_id is None

    # An administrator may (an explicit decision, e.g. a page translated in advance).
    client.force_login(people["admin"])
    _props, bar = open_editor(client, french)
    assert main_action(bar)["name"] == "action" and main_action(bar)["value"] == "publish"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"})
    french.refresh_from_db()
    assert french.live


def test_an_officer_does_not_publish_a_plan_translation_alone(
    client, demo_site, people, django_capture_on_commit_callbacks
):
    french = demo_site.page("project:coor-com", "fr")
    revision = french.live_revision_id
    client.force_login(people["officer"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"}, follow=True
        )
    assert said(
        "Not published: in a plan, a translation goes live with its source page, through "
        "“Publish with translations”. Nothing was changed.",
        "it",
    ) in text(response)
    french.refresh_from_db()
    assert french.live_revision_id == revision
