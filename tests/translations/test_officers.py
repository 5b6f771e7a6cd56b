"""An officer's short path (issue 10): the dashboard lists where to write, the main
button keeps the languages together, and submitting says who was asked. Through the
admin's own views."""

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import translation

from news.models import NewsPage
from tests.support.admin import news_form
from tests.support.html import soup
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import MODERATORS, TRANSLATORS, plan_group_name
from translations.wagtail_hooks.officers import lists_to_write_in

SUBMITTED = (
    "Translation requested into: %(languages)s. The page goes live in all its languages "
    "together, once a moderator approves the translations."
)


@pytest.fixture
def officer(client, demo_site):
    user = make_user("o-officer", plan_group_name(demo_site.page("plan:pro-sol")))
    client.force_login(user)
    return user


def buttons(response):
    """(name, label) of the editor's action buttons, the main one first."""
    return [
        (button.get("name"), " ".join(button.get_text(" ").split()))
        for button in soup(response).select("footer button[name^=action-]")
    ]


def test_the_dashboard_lists_where_the_officer_writes(client, demo_site, officer):
    page = soup(client.get(reverse("wagtailadmin_home")))
    panel = page.select_one("#write-panel-title").find_parent("section")
    rows = {" ".join(row.td.get_text(" ").split()): row for row in panel.select("tbody tr")}
    coor_com = demo_site.page("news-index:coor-com")
    assert any(title.startswith("Notizie di COOR-COM") for title in rows)
    links = {link["href"] for link in panel.select("a")}
    assert reverse("wagtailadmin_pages:add_subpage", args=[coor_com.pk]) in links
    # Another plan's lists are not offered.
    assert (
        reverse("wagtailadmin_pages:add_subpage", args=[demo_site.page("news-index:care", "fr").pk])
        not in links
    )
    # The officer's language first.
    first = panel.select_one("tbody tr td[lang]")["lang"]
    assert first == "it"
    # One click from the dashboard to the news form.
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[coor_com.pk]))
    assert response.status_code == 302 and response.url == reverse(
        "wagtailadmin_pages:add", args=("news", "newspage", coor_com.pk)
    )


@pytest.mark.parametrize(("group", "language"), [(TRANSLATORS["fr"], "fr"), (MODERATORS, "it")])
def test_moderators_and_translators_get_no_such_panel(client, demo_site, group, language):
    client.force_login(make_user("o-other", group, language=language))
    assert soup(client.get(reverse("wagtailadmin_home"))).select_one("#write-panel-title") is None


def test_the_panel_costs_the_same_queries_however_many_lists(demo_site, officer, django_assert_num_queries):
    """Rights, lists, their parents, the officer's language: four queries, not one per plan or list."""
    officer = type(officer).objects.get(pk=officer.pk)  # no permission cached yet
    with django_assert_num_queries(4):
        lists = lists_to_write_in(officer)
    assert len(lists) == 6  # COOR-COM's two lists and PRO-SOL's, in both languages


def test_submitting_a_new_news_item_is_the_main_button_and_says_who_was_asked(
    client, demo_site, officer, django_capture_on_commit_callbacks
):
    make_user("o-claire", TRANSLATORS["fr"], language="fr", email="claire@example.org")
    coor_com = demo_site.page("news-index:coor-com")
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", coor_com.pk))
    main_name, main_label = buttons(client.get(url))[0]
    assert main_name == "action-submit"
    assert main_label == said("Submit for publication with translations", "it")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            news_form(
                "Incontro a Cuneo", summary="I partner si incontrano a Cuneo.", **{"action-submit": "x"}
            ),
        )
    assert response.status_code == 302
    news = NewsPage.objects.get(slug="incontro-a-cuneo")
    assert news.workflow_in_progress and not news.live
    shown = " ".join(soup(client.get(response.url)).select_one(".messages").get_text(" ").split())
    with translation.override("it"):
        french = translation.get_language_info("fr")["name_translated"].lower()
    assert french == "francese"
    assert said(SUBMITTED, "it", languages=french) in shown
    assert [message.to for message in mail.outbox] == [["claire@example.org"]]


def test_when_the_translations_are_ready_the_main_button_publishes_with_them(client, demo_site, officer):
    italian = demo_site.page("project:coor-com")
    main_name, _label = buttons(client.get(reverse("wagtailadmin_pages:edit", args=[italian.pk])))[0]
    assert main_name == "action-publish-with-translations"
