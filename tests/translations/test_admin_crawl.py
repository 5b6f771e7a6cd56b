"""Every admin screen a person can reach answers without a server error, for every role and
in both admin languages, once the editorial journeys have left their traces.

The journeys go through the admin's own URLs, as the people do: an officer writes a news
item and submits it to the plan's workflow; a translator presses "Translate" on a live
page; a translator translates a new page whose parents are not translated yet; an officer
publishes a project's new budget. Then each role crawls the admin (tests/support/crawl.py)
from the dashboard and the screens of the journeys' pages. Redirects, 403 and 404 are
answers; 500 is a failure, reported with the screen that linked to it.

One crawl per role and language sees the state after all four journeys: a crawl after
each journey would take four times as long and the journeys do not undo each other.
"""

from dataclasses import dataclass
from datetime import date

import pytest

from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client, TestCase
from django.urls import reverse

from wagtail.models import Locale, Page, WorkflowState
from wagtail.users.models import UserProfile

from news.models import NewsIndexPage, NewsPage
from projects.models import Partner, ProjectPage
from tests.support.admin import browser_form, page_streams
from tests.support.crawl import ADMIN, crawl, error_summary
from tests.support.demo import find_demo_site
from tests.support.html import soup

# The demo's users (demo/users.py), and an administrator made here.
ROLES = {
    "superuser": "crawl-admin",
    "moderator": "moderatrice",
    "translator_fr": "traductrice",
    "translator_it": "traduttore",
    "officer_pro_sol": "referente-prosol",
    "officer_graies": "referent-graies",
}
LANGUAGES = ("it", "fr")
# Distinct addresses per role and language: a safety net, the crawl's own rules (crawl.py)
# bound it first (the administrator reaches about 220 addresses, a translator about 70).
LIMIT = 250
NEW_BUDGET = "500000.00"


class JourneyFailed(Exception):
    """A step of a journey answered with a server error or did not go through."""


def logged_in(username):
    """A browser of the user's, in the admin language the demo gave them."""
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username=username))
    client.username = username
    return client


def server_error(client, method, url, response):
    text = f"{method} {url} as {client.username} answered {response.status_code}"
    return JourneyFailed(f"{text}\n{error_summary(response)}")


def get(client, url):
    response = client.get(url)
    if response.status_code >= 500:
        raise server_error(client, "GET", url, response)
    return response


def post(client, url, data):
    # wagtail-localize and the publication hooks finish their work on commit.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url, data)
    if response.status_code >= 500:
        raise server_error(client, "POST", url, response)
    if response.status_code != 302:
        errors = [
            " ".join(error.parent.get_text(" ").split()) for error in soup(response).select(".error-message")
        ]
        raise JourneyFailed(f"POST {url} as {client.username} answered {response.status_code}: {errors}")
    return response


def add_page(client, parent, model, action, **fields):
    """The "add child page" screen of ``parent``, filled in and sent with ``action``."""
    url = reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))
    response = get(client, url)
    actions = {button.get("name") for button in soup(response).select("button[name^=action-]")}
    assert action in actions, (url, client.username, action, actions)
    streams = {name: fields.pop(name, []) for name in ("key_figures", "body") if hasattr(model, name)}
    data = browser_form(response, streams, **fields, **{action: action})
    post(client, url, data)
    # Not parent.get_children(): treebeard answers from the parent's stale child count.
    return Page.objects.child_of(parent).get(slug=fields["slug"]).specific


def news_item(title, slug, summary):
    return {
        "title": title,
        "slug": slug,
        "summary": summary,
        "date": date(2026, 11, 20).isoformat(),
        "body": [("paragraph", f"<p>{summary}</p>", None)],
    }


def press_translate(client, page, language):
    """wagtail-localize's "Translate" screen, into ``language``."""
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert get(client, url).status_code == 200
    post(client, url, {"locales": [Locale.objects.get(language_code=language).pk]})
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def officer_submits_news(site, pages):
    """The GRAIES LAB officer writes a news item of SocialLab and submits it for review."""
    index = site.page("news-index:socialab", "fr")
    item = add_page(
        logged_in("referent-graies"),
        index,
        NewsPage,
        "action-submit",
        **news_item(
            "SocialLab : atelier à Briançon",
            "atelier-briancon",
            "Les partenaires de SocialLab se sont retrouvés à Briançon.",
        ),
    )
    pages.append(item)
    assert not item.live
    assert WorkflowState.objects.filter(object_id=str(item.pk), status="in_progress").exists()


def translator_translates_live_page(site, pages):
    """The moderator publishes an Italian news item; the translator into French presses
    "Translate" on it: a French draft."""
    item = add_page(
        logged_in("moderatrice"),
        site.page("news-index:pro-sol", "it"),
        NewsPage,
        "action-publish",
        **news_item(
            "PRO-SOL: incontro a Torino",
            "incontro-torino",
            "I partner del PITEM si sono incontrati a Torino.",
        ),
    )
    pages.append(item)
    assert item.live
    french = press_translate(logged_in("traductrice"), item, "fr")
    pages.append(french)
    assert not french.live


def translator_translates_under_untranslated_parents(site, pages):
    """The moderator publishes a new Italian project in PRO-SOL, and a news item in its
    news list; the translator translates the item, and wagtail-localize makes French
    drafts of the project and the list it needs."""
    moderator = logged_in("moderatrice")
    plan = site.page("plan:pro-sol", "it")
    project = add_page(
        moderator,
        plan,
        ProjectPage,
        "action-publish",
        title="SENIOR",
        slug="senior-percorso",
        summary="Servizi per gli anziani delle valli.",
        acronym="SENIOR",
        full_name="Servizi per gli anziani delle valli alpine",
        programme_period=str(plan.programme_period_id),
        start_date="2024-01-01",
        end_date="2026-12-31",
        **{
            # The panel's one required row, as the editor picks the lead partner in the chooser.
            "project_partners-0-partner": str(Partner.objects.filter(locale=plan.locale).first().pk),
            "project_partners-0-role": "lead",
        },
    )
    pages.append(project)
    # A new project comes with its news list (cms/lists.py); else the moderator adds one.
    news_list = Page.objects.child_of(project).type(NewsIndexPage).first() or add_page(
        moderator,
        project,
        NewsIndexPage,
        "action-publish",
        title="Notizie di SENIOR",
        slug="notizie-senior",
        summary="Le notizie del progetto.",
    )
    pages.append(news_list)
    french_locale = Locale.objects.get(language_code="fr")
    assert news_list.live and not news_list.has_translation(french_locale)
    item = add_page(
        moderator,
        news_list,
        NewsPage,
        "action-publish",
        **news_item("SENIOR: giornata a Cuneo", "giornata-cuneo", "Operatori dei due versanti a Cuneo."),
    )
    pages.append(item)
    french = press_translate(logged_in("traductrice"), item, "fr")
    pages.append(french)
    assert not french.live
    for parent in (news_list, project):
        translated = parent.get_translation(french_locale)
        pages.append(translated)
        assert not translated.live and not translated.alias_of_id


def officer_publishes_budget(site, pages):
    """The PRO-SOL officer publishes COOR-COM's new budget from the editor."""
    client = logged_in("referente-prosol")
    project = site.page("project:coor-com", "it")
    url = reverse("wagtailadmin_pages:edit", args=[project.pk])
    response = get(client, url)
    actions = {button.get("name") for button in soup(response).select("button[name^=action-]")}
    # Inside a plan an officer publishes with the translations (test_bilingual_publication.py).
    action = next(name for name in ("action-publish-with-translations", "action-publish") if name in actions)
    post(
        client,
        url,
        browser_form(response, page_streams(project), total_budget=NEW_BUDGET, **{action: action}),
    )
    french = site.page("project:coor-com", "fr")
    pages += [project, french]
    project.refresh_from_db()
    assert str(project.total_budget) == str(french.total_budget) == NEW_BUDGET


JOURNEYS = {
    "officer_submits_news": officer_submits_news,
    "translator_translates_live_page": translator_translates_live_page,
    "translator_translates_under_untranslated_parents": translator_translates_under_untranslated_parents,
    "officer_publishes_budget": officer_publishes_budget,
}


def screens_of(pages):
    """Where a person goes to see a journey's pages: their editor and their list."""
    urls = []
    for page in pages:
        urls += [
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
        ]
    return list(dict.fromkeys(urls))


@dataclass
class AfterJourneys:
    screens: list  # the editor and list of every page the journeys made or changed
    failed: dict  # journey name: what went wrong


@pytest.fixture(scope="module")
def after_journeys(django_db_setup, django_db_blocker):
    """The demo after the four journeys, made once for the module: each test rolls back
    to it. A journey that fails is reported by test_the_journey_goes_through; the crawl
    still sees what it left."""
    with django_db_blocker.unblock(), transaction.atomic():
        get_user_model().objects.create_superuser(ROLES["superuser"], password="pw")
        site = find_demo_site()
        pages, failed = [], {}
        for name, journey in JOURNEYS.items():
            try:
                journey(site, pages)
            except (JourneyFailed, AssertionError) as error:
                failed[name] = f"{type(error).__name__}: {error}"
        yield AfterJourneys(screens_of(pages), failed)
        transaction.set_rollback(True)


# A journey's failure as found; the mark goes when it is fixed (strict: an unexpected
# pass fails, so the mark cannot outlive the bug).
@pytest.mark.parametrize("journey", JOURNEYS)
def test_the_journey_goes_through(after_journeys, db, journey):
    assert journey not in after_journeys.failed, after_journeys.failed[journey]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_every_reachable_admin_screen_answers(after_journeys, db, role, language):
    user = get_user_model().objects.get(username=ROLES[role])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client(raise_request_exception=False)
    client.force_login(user)
    assert f'lang="{language}"' in client.get(ADMIN).content.decode()[:500]

    result = crawl(client, starts=[ADMIN, *after_journeys.screens], limit=LIMIT)

    assert result.statuses[200] > 10, result.statuses  # it got past the dashboard
    assert not result.failures, f"{len(result.failures)} server errors:\n\n{result.report()}"
