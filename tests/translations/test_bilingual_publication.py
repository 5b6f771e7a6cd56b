"""Inside a plan a page goes live in all its languages at once (issue 10): an officer's
publish cannot put the Italian page live while the French one is missing or out of date;
a moderator may, by an explicit choice; a plan may allow it. Steps go through the admin."""

from datetime import date
from decimal import Decimal

import pytest

from django.urls import reverse

from news.models import NewsPage
from tests.support.admin import edit_form
from tests.support.html import soup
from tests.support.pages import publish
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import MODERATORS, plan_group_name

NEW_SUMMARY = "Un anno di scambi tra servizi sanitari e sociali dei due versanti."
NOT_READY = (
    "Not published: in a plan, a page goes live in all its languages at once, and a "
    "translation is not ready. %(details)s"
)
OUT_OF_DATE = "The source text changed since the translation was synced."
BULK_NOT_READY = (
    "Nothing was published: in a plan, a page goes live in all its languages at once, "
    "and these pages' translations are not ready: %(details)s"
)


@pytest.fixture
def people(demo_site):
    plan = demo_site.page("plan:pro-sol")
    return {
        "officer": make_user("t-officer", plan_group_name(plan), language="fr"),
        "moderator": make_user("t-moderator", MODERATORS, language="it"),
    }


@pytest.fixture
def coor_com(demo_site):
    return demo_site.page("project:coor-com", "it"), demo_site.page("project:coor-com", "fr")


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def menu_actions(client, page):
    """(name, label) of the editor's action buttons."""
    page_soup = soup(client.get(edit_url(page)))
    return [
        (button.get("name"), " ".join(button.get_text(" ").split()))
        for button in page_soup.select("footer button[name^=action-]")
    ]


def shown_messages(client, response):
    return " ".join(soup(client.get(response.url)).select_one(".messages").get_text(" ").split())


def test_an_officer_is_offered_no_plain_publish_inside_a_plan(client, demo_site, people, coor_com):
    italian, _french = coor_com
    client.force_login(people["officer"])
    names = [name for name, _label in menu_actions(client, italian)]
    assert "action-publish" not in names
    assert "action-publish-with-translations" in names


def test_an_officers_publish_is_refused_while_the_french_page_is_out_of_date(
    client, demo_site, people, coor_com
):
    italian, french = coor_com
    live_revision, live_summary = italian.live_revision_id, italian.summary
    client.force_login(people["officer"])
    for action in ("action-publish", "action-publish-with-translations"):
        data = edit_form(client, italian, summary=NEW_SUMMARY, **{action: action})
        response = client.post(edit_url(italian), data)
        assert response.status_code == 302 and response.url == edit_url(italian)
        shown = shown_messages(client, response)
        assert said(NOT_READY, "fr") in shown
        assert said(OUT_OF_DATE, "fr") in shown  # what is missing, in the officer's language

        italian.refresh_from_db()
        assert italian.live_revision_id == live_revision and italian.summary == live_summary
        # What the officer typed is kept, as a draft.
        assert italian.has_unpublished_changes
        assert italian.get_latest_revision_as_object().summary == NEW_SUMMARY
    french.refresh_from_db()
    assert not french.has_unpublished_changes


def test_the_explorers_bulk_publish_is_refused_likewise(client, demo_site, people, coor_com):
    italian, _french = coor_com
    italian.summary = NEW_SUMMARY
    italian.save_revision(user=people["officer"])  # the scene: a draft with new text
    live_revision = italian.live_revision_id
    client.force_login(people["officer"])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    explorer = reverse("wagtailadmin_explore", args=[italian.get_parent().pk])
    response = client.post(f"{url}?id={italian.pk}&next={explorer}", {"include_descendants": ""})
    assert response.status_code == 302
    shown = shown_messages(client, response)
    assert said(BULK_NOT_READY, "fr") in shown and f"“{italian.title}”" in shown
    assert said(OUT_OF_DATE, "fr") in shown
    italian.refresh_from_db()
    assert italian.live_revision_id == live_revision and italian.summary != NEW_SUMMARY


def test_when_the_translations_are_ready_the_officers_publish_puts_both_languages_live(
    client, demo_site, people, coor_com
):
    """A fact only (the budget): nothing for translators, so both go live together."""
    italian, french = coor_com
    client.force_login(people["officer"])
    data = edit_form(client, italian, total_budget="500000.00", **{"action-publish-with-translations": "x"})
    response = client.post(edit_url(italian), data)
    assert response.status_code == 302
    assert said("%(count)d page was published with its translations.", "fr", count=1) in shown_messages(
        client, response
    )
    italian.refresh_from_db()
    french.refresh_from_db()
    assert italian.total_budget == french.total_budget == Decimal("500000.00")
    assert not italian.has_unpublished_changes and not french.has_unpublished_changes
    assert french.live_revision.user == people["officer"]  # published with the source, by the officer


def test_the_explorers_bulk_publish_puts_ready_pages_live_with_their_translations(
    client, demo_site, people, coor_com
):
    italian, french = coor_com
    italian.total_budget = Decimal("500000.00")
    italian.save_revision(user=people["officer"])  # the scene: a draft with a new fact
    client.force_login(people["officer"])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    explorer = reverse("wagtailadmin_explore", args=[italian.get_parent().pk])
    response = client.post(f"{url}?id={italian.pk}&next={explorer}", {"include_descendants": ""})
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.total_budget == Decimal("500000.00") and french.live_revision.user == people["officer"]


def test_a_moderator_may_publish_the_italian_page_alone_by_an_explicit_choice(
    client, demo_site, people, coor_com
):
    italian, french = coor_com
    french_summary = french.summary
    client.force_login(people["moderator"])
    actions = dict(menu_actions(client, italian))
    assert actions["action-publish"] == said("Publish in Italian only", "it")
    assert actions["action-publish-with-translations"] == said("Publish with translations", "it")

    response = client.post(
        edit_url(italian), edit_form(client, italian, summary=NEW_SUMMARY, **{"action-publish": "x"})
    )
    assert response.status_code == 302
    italian.refresh_from_db()
    french.refresh_from_db()
    assert italian.summary == NEW_SUMMARY and not italian.has_unpublished_changes
    assert french.summary == french_summary


def test_a_plan_may_let_officers_publish_one_language(client, demo_site, people, coor_com):
    italian, french = coor_com
    for version in ("it", "fr"):  # the scene: an administrator ticked the plan's box
        plan = demo_site.page("plan:pro-sol", version)
        plan.single_language_pages = True
        plan.save_revision().publish()
    client.force_login(people["officer"])
    assert "action-publish" in dict(menu_actions(client, italian))
    response = client.post(
        edit_url(italian), edit_form(client, italian, summary=NEW_SUMMARY, **{"action-publish": "x"})
    )
    assert response.status_code == 302
    italian.refresh_from_db()
    assert italian.summary == NEW_SUMMARY and not italian.has_unpublished_changes


def test_only_administrators_see_the_plans_single_language_box(client, demo_site, people):
    plan = demo_site.page("plan:pro-sol")
    client.force_login(people["officer"])
    assert 'name="single_language_pages"' not in client.get(edit_url(plan)).content.decode()
    client.force_login(make_user("t-admin", superuser=True))
    assert 'name="single_language_pages"' in client.get(edit_url(plan)).content.decode()


def test_the_overview_says_a_page_is_published_in_italian_only(client, demo_site, people):
    news = publish(
        demo_site.page("project:coor-com", "it"),
        NewsPage(title="COOR-COM: giornata a Cuneo", slug="giornata-cuneo", date=date(2026, 11, 20)),
    )
    client.force_login(people["moderator"])
    response = client.get(reverse("translations_overview"), {"plan": demo_site.page("plan:pro-sol").pk})
    rows = [" ".join(row.get_text(" ").split()) for row in soup(response).select("tr.translation-row")]
    (row,) = [row for row in rows if news.title in row]
    assert said("Published in Italian only", "it") in row
    assert said("Live", "it") not in row.replace(said("Published in Italian only", "it"), "")


def test_the_admin_api_does_not_publish_one_language_alone_for_an_officer(client, people, coor_com):
    """The admin API's page actions run no publish hook: its "publish" keeps the same rule."""
    italian, _french = coor_com
    italian.summary = NEW_SUMMARY
    revision = italian.save_revision(user=people["officer"])
    client.force_login(people["officer"])
    url = reverse("wagtailadmin_api:pages:action", args=[italian.pk, "publish"])
    response = client.post(url, content_type="application/json", HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 403
    assert response.json()["error"] == said(
        "Not published: in a plan, a page goes live in all its languages at once. Use "
        "“Publish with translations” in the page editor. Nothing was changed.",
        "fr",
    )
    italian.refresh_from_db()
    assert italian.live_revision_id != revision.pk and italian.summary != NEW_SUMMARY
