"""A plan or project comes with its news and video lists in both languages (issue 10):
an officer creates a project in the admin, a translator presses "Translate", a
moderator publishes with translations; every step through the admin's own views."""

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from media.models import VideoIndexPage
from news.models import NewsIndexPage, NewsPage
from projects.models import Partner, ProjectPage
from tests.support.admin import news_form, press_translate
from tests.support.users import make_user
from translations.readiness import readiness
from translations.roles import MODERATORS, TRANSLATORS, plan_group_name


@pytest.fixture
def people(demo_site):
    plan = demo_site.page("plan:pro-sol")
    return {
        "officer": make_user("l-officer", plan_group_name(plan)),
        "translator": make_user("l-translator", TRANSLATORS["fr"], language="fr"),
        "moderator": make_user("l-moderator", MODERATORS),
    }


def new_project_form(plan, action):
    partner = Partner.objects.filter(locale=plan.locale).first()
    return nested_form_data(
        {
            "title": "Montagne in rete",
            "slug": "montagne-in-rete",
            "summary": "Servizi di prossimità nelle valli alpine.",
            "objectives": rich_text("<p>Obiettivi</p>"),
            "results": rich_text(""),
            "acronym": "MONRETE",
            "full_name": "Montagne in rete",
            "programme_period": plan.programme_period_id,
            "start_date": "2024-01-01",
            "end_date": "",
            "total_budget": "100000.00",
            "erdf_amount": "85000.00",
            "key_figures": streamfield([]),
            "body": streamfield([]),
            "project_partners": inline_formset([{"partner": partner.pk, "role": "lead"}]),
            "project_labels": inline_formset([]),
            "comments": inline_formset([]),
            action: action,
        }
    )


def create_project(client, plan, action="action-submit"):
    url = reverse("wagtailadmin_pages:add", args=("projects", "projectpage", plan.pk))
    response = client.post(url, new_project_form(plan, action))
    assert response.status_code == 302, response.content.decode()[:2000]
    return ProjectPage.objects.get(slug="montagne-in-rete", locale=plan.locale)


def lists_of(page):
    return {type(child): child for child in page.get_children().specific()}


def test_a_new_project_comes_with_draft_lists_in_its_language(client, demo_site, people):
    plan = demo_site.page("plan:pro-sol")
    client.force_login(people["officer"])
    project = create_project(client, plan, action="action-submit")
    lists = lists_of(project)
    assert (lists[NewsIndexPage].title, lists[NewsIndexPage].slug) == ("Notizie", "notizie")
    assert (lists[VideoIndexPage].title, lists[VideoIndexPage].slug) == ("Video", "video")
    assert not any(child.live for child in lists.values())  # the project itself is not live
    assert lists[NewsIndexPage].owner == people["officer"]
    # The officer may add news there at once (the first news item needs nothing else).
    response = client.get(
        reverse("wagtailadmin_pages:add", args=("news", "newspage", lists[NewsIndexPage].pk))
    )
    assert response.status_code == 200


def test_translating_the_project_translates_its_lists_and_publishing_puts_them_live(
    client, demo_site, people, django_capture_on_commit_callbacks
):
    plan = demo_site.page("plan:pro-sol")
    client.force_login(people["officer"])
    project = create_project(client, plan, action="action-submit")

    french_locale = demo_site.home_fr.locale
    response = press_translate(
        client, people["translator"], project, french_locale, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    french = ProjectPage.objects.get(translation_key=project.translation_key, locale=french_locale)
    french_lists = lists_of(french)
    assert (french_lists[NewsIndexPage].title, french_lists[NewsIndexPage].slug) == (
        "Actualités",
        "actualites",
    )
    assert (french_lists[VideoIndexPage].title, french_lists[VideoIndexPage].slug) == ("Vidéos", "videos")
    assert not any(child.live for child in french_lists.values())
    # Complete translations of the Italian lists: nothing for the translator to type.
    for italian_list in lists_of(project).values():
        assert [entry.ready for entry in readiness(italian_list)] == [True]

    # The project's text is not translated yet: approving publishes the Italian side only
    # if allowed; here the moderator publishes the Italian project alone, by choice.
    client.force_login(people["moderator"])
    project.get_latest_revision().publish(user=people["moderator"])
    assert all(child.live for child in lists_of(project).values())
    assert not any(child.live for child in lists_of(french).values())  # the French project is not live


def test_a_project_published_at_creation_gets_live_lists(client, demo_site, people):
    """A moderator's explicit "publish in Italian only" on a new project: its lists are live too."""
    plan = demo_site.page("plan:pro-sol")
    client.force_login(people["moderator"])
    project = create_project(client, plan, action="action-publish")
    assert project.live
    assert sorted((child.title, child.live) for child in lists_of(project).values()) == [
        ("Notizie", True),
        ("Video", True),
    ]


def test_translating_a_news_item_of_an_untranslated_project_translates_the_lists_too(
    client, demo_site, people, django_capture_on_commit_callbacks
):
    """Wagtail copies the project and its news list as the item's parents: the list is
    still worded in French, and its sibling list made."""
    plan = demo_site.page("plan:pro-sol")
    client.force_login(people["moderator"])
    project = create_project(client, plan, action="action-publish")
    news_list = lists_of(project)[NewsIndexPage]
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_list.pk))
    response = client.post(url, news_form("Primo incontro", **{"action-publish": "x"}))
    assert response.status_code == 302
    news = NewsPage.objects.get(slug="primo-incontro")

    french_locale = demo_site.home_fr.locale
    response = press_translate(
        client, people["translator"], news, french_locale, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    french_project = ProjectPage.objects.get(translation_key=project.translation_key, locale=french_locale)
    french_lists = lists_of(french_project)
    assert sorted((child.title, child.slug, child.live) for child in french_lists.values()) == [
        ("Actualités", "actualites", False),
        ("Vidéos", "videos", False),
    ]
    assert NewsPage.objects.get(
        translation_key=news.translation_key, locale=french_locale
    ).get_parent().pk == (french_lists[NewsIndexPage].pk)
