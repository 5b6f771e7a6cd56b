"""Issue 13: the translation overview, its CSV, the dashboard's counts and the readiness page
show each editor the rows they work on: officers their plans, translators the translations
into their language, moderators and administrators every row."""

import datetime
from collections import Counter

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale, Page

from news.models import NewsPage
from tests.support.drafts import NEWS_TITLE, PROJECT_TITLE, SECRETS, other_plan_drafts
from tests.support.html import soup
from tests.support.news import add_news
from tests.support.overview import URL, counts_line, exported, listed

pytestmark = pytest.mark.django_db
OWN_DRAFT = "Bozza di PRO-SOL"


@pytest.fixture
def drafts(demo_site):
    """GRAIES LAB's drafts, and a news item of PRO-SOL never published."""
    made = other_plan_drafts(demo_site)
    news_list = demo_site.page("news-index:pro-sol", "it")
    own = NewsPage(title=OWN_DRAFT, slug="bozza-pro-sol", date=datetime.date(2026, 3, 2), live=False)
    news_list.add_child(instance=own)
    own.save_revision()
    made.own = own
    return made


@pytest.fixture
def rows_per_page(monkeypatch):
    monkeypatch.setattr("translations.views.overview.ROWS_PER_PAGE", 7)


def sign_in(client, username):
    client.force_login(get_user_model().objects.get(username=username))


def plan_titles(demo_site, key):
    """Titles of every page of a plan, in both languages."""
    titles = set()
    for plan in Page.objects.filter(translation_key=demo_site.page(key).translation_key):
        titles |= set(Page.objects.descendant_of(plan, inclusive=True).values_list("title", flat=True))
    return titles


def refused(response):
    """Wagtail answers a refusal with the dashboard and a message (a 403 for a script)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def dashboard_total(client):
    panel = soup(client.get(reverse("wagtailadmin_home")))
    links = panel.select("#translations-panel-title ~ p a[href*='state=']")
    return sum(int(link.get_text().rsplit(":", 1)[1]) for link in links)


def test_an_officer_sees_their_plan_only(client, demo_site, drafts, rows_per_page):
    sign_in(client, "referente-prosol")
    rows, counts = listed(client, {})
    csv_rows = exported(client, {})
    assert Counter(rows) == Counter(csv_rows)
    assert counts == counts_line(csv_rows)
    titles = {row[0] for row in csv_rows}
    assert OWN_DRAFT in titles and "COOR-COM" in titles
    assert titles <= plan_titles(demo_site, "plan:pro-sol")
    assert not titles & {NEWS_TITLE, PROJECT_TITLE, "CARE", "PITER GRAIES LAB"}
    assert dashboard_total(client) == len(csv_rows)
    html = client.get(URL).content.decode()
    assert not [title for title in SECRETS if title in html]
    plans = [
        option.get_text(strip=True) for option in soup(client.get(URL)).select("select[name=plan] option")
    ]
    assert "PITER GRAIES LAB" not in plans and any("PRO-SOL" in plan for plan in plans)


def test_the_other_plans_officer_sees_their_drafts(client, demo_site, drafts):
    sign_in(client, "referent-graies")
    titles = {row[0] for row in exported(client, {})}
    assert NEWS_TITLE in titles and OWN_DRAFT not in titles and "COOR-COM" not in titles


def test_readiness_is_for_those_who_work_on_the_page(client, demo_site, drafts):
    other = reverse("translations_readiness", args=[drafts.draft.pk])
    own = reverse("translations_readiness", args=[drafts.own.pk])
    sign_in(client, "referente-prosol")
    assert refused(client.get(other))
    assert client.get(own).status_code == 200
    sign_in(client, "referent-graies")
    response = client.get(other)
    assert response.status_code == 200 and NEWS_TITLE in response.content.decode()
    sign_in(client, "traduttore")  # translates the draft into Italian
    assert client.get(other).status_code == 200
    sign_in(client, "traductrice")  # nothing of this French source is hers to translate
    assert refused(client.get(other))


@pytest.mark.parametrize(
    ("username", "language", "theirs", "not_theirs"),
    [
        ("traductrice", "fr", OWN_DRAFT, NEWS_TITLE),
        ("traduttore", "it", NEWS_TITLE, OWN_DRAFT),
    ],
)
def test_translators_see_every_translation_into_their_language(
    client, demo_site, drafts, rows_per_page, username, language, theirs, not_theirs
):
    sign_in(client, username)
    csv_rows = exported(client, {})
    rows, counts = listed(client, {})
    assert Counter(rows) == Counter(csv_rows)
    assert counts == counts_line(csv_rows, language)
    assert {row[2] for row in csv_rows} == {language}
    titles = {row[0] for row in csv_rows}
    assert theirs in titles and not_theirs not in titles
    # Every plan's pages, and pages outside plans, into their language.
    assert {"COOR-COM", "CARE", "PITER GRAIES LAB"} & titles
    assert dashboard_total(client) == len(csv_rows)


def test_moderators_and_administrators_see_every_row(client, demo_site, drafts):
    sign_in(client, "moderatrice")
    moderator = exported(client, {})
    client.force_login(get_user_model().objects.create_superuser("amministratrice", password="pw"))
    administrator = exported(client, {})
    assert len(moderator) == len(administrator)
    assert {OWN_DRAFT, NEWS_TITLE} <= {row[0] for row in moderator}


def test_a_third_language_shows_a_translator_their_language_only(client, demo_site, drafts, rows_per_page):
    """From three languages on, a page shows the translator one of its two rows."""
    Locale.objects.create(language_code="de")
    sign_in(client, "traductrice")
    for query, least in (({}, 8), ({"state": "missing"}, 1)):
        rows, counts = listed(client, query)
        csv_rows = exported(client, query)
        assert len(rows) >= least and Counter(rows) == Counter(csv_rows)
        assert counts == counts_line(csv_rows, "fr")
        assert {row[2] for row in csv_rows} == {"fr"}


def test_an_officers_overview_costs_the_same_queries_on_a_larger_site(
    client, demo_site, drafts, rows_per_page
):
    sign_in(client, "referente-prosol")
    news_list = demo_site.page("news-index:pro-sol", "it")

    def queries():
        client.get(URL)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL).status_code == 200
        return len(captured.captured_queries)

    for number in range(3):
        add_news(news_list, f"Notizia {number}", datetime.date(2026, 1, 1))
    few = queries()
    for number in range(3, 30):
        add_news(news_list, f"Notizia {number}", datetime.date(2026, 1, 1))
    assert queries() == few
    assert BeautifulSoup(client.get(URL).content, "html.parser").select("tr.translation-row")
