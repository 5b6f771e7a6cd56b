"""Each search result says what it is and, when it has one, its date, in the visitor's
language; the search costs the same queries however many dated results it shows."""

import datetime

import polib
import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.text import capfirst

from wagtail.models import get_page_models

from cms.grammar import date_text
from news.models import NewsPage
from projects.models import ActionPage
from tests.support.news import BODY
from tests.support.pages import publish
from tests.support.paths import ROOT
from tests.support.wording import said

SEARCH = {"it": "/it/search/", "fr": "/fr/search/"}


def result_line(client, language, page, q=None):
    """The line under ``page``'s link in the results of a search for its title."""
    response = client.get(SEARCH[language], {"q": q or page.title})
    assert response.status_code == 200
    link = BeautifulSoup(response.content, "html.parser").select_one(f".search-results a[href='{page.url}']")
    assert link is not None, f"{page.url} not found"
    meta = link.parent.select_one(".search-results__meta")
    return " ".join(meta.get_text().split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [("it", "Progetto · dal 9 ottobre 2023"), ("fr", "Projet · depuis le 9 octobre 2023")],
)
def test_a_project_says_it_is_one_and_gives_its_period(client, demo_site, language, expected):
    care = demo_site.page("project:care", language)
    assert result_line(client, language, care, q="CARE") == expected


@pytest.mark.parametrize(
    ("language", "expected"), [("it", "Video · 9 maggio 2022"), ("fr", "Vidéo · 9 mai 2022")]
)
def test_a_video_says_it_is_one_and_gives_its_date(client, demo_site, language, expected):
    video = demo_site.page("video:coor-com-students", language)
    assert result_line(client, language, video) == expected


@pytest.mark.parametrize(("language", "kind"), [("it", "Notizia"), ("fr", "Actualité")])
def test_a_news_item_says_it_is_one_and_gives_its_date(client, demo_site, language, kind):
    news = demo_site.page("news:care-alcotra-jeunes", language)
    assert result_line(client, language, news) == f"{kind} · {date_text(news.date, language)}"


@pytest.mark.parametrize(
    ("language", "kind", "period"),
    [("it", "Azione", "dall’8 marzo 2024"), ("fr", "Action", "depuis le 8 mars 2024")],
)
def test_an_action_gives_its_dates_only_when_it_has_some(client, demo_site, language, kind, period):
    project = demo_site.page("project:care", language)
    undated = publish(project, ActionPage(title="Zefiro senza date", slug="zefiro-senza-date"))
    dated = publish(
        project,
        ActionPage(title="Zefiro con date", slug="zefiro-con-date", start_date=datetime.date(2024, 3, 8)),
    )
    assert result_line(client, language, undated) == kind
    assert result_line(client, language, dated) == f"{kind} · {period}"


@pytest.mark.parametrize("language", ["it", "fr"])
def test_a_page_without_a_date_says_only_what_it_is(client, demo_site, language):
    """The titles "Chi siamo" and "Qui sommes-nous" are all common words, which PostgreSQL's
    stemmed index leaves out: the page is still found, by its title."""
    about = demo_site.about_it if language == "it" else demo_site.about_fr
    kind = said("information", language, context="what a page is, for visitors")
    assert result_line(client, language, about) == capfirst(kind)


def test_every_page_type_is_named_in_both_languages():
    """The result line shows the page type's verbose name: each needs its Italian and French."""
    with translation.override(None):  # the source words, as the catalogs list them
        names = {
            str(model._meta.verbose_name)
            for model in get_page_models()
            if model._meta.app_label != "wagtailcore"
        }
    for language in ("it", "fr"):
        catalog = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
        translated = {entry.msgid for entry in catalog.translated_entries() if not entry.msgctxt}
        assert names - translated == set(), language


def queries_for_search(client, q):
    client.get(SEARCH["it"], {"q": q})  # warm Wagtail's cached site root paths
    with CaptureQueriesContext(connection) as context:
        response = client.get(SEARCH["it"], {"q": q})
    assert response.status_code == 200
    shown = BeautifulSoup(response.content, "html.parser").select(".search-results li")
    return len(context.captured_queries), len(shown)


def add_dated_results(demo_site, start, stop):
    news_index, project = demo_site.page("news-index:site"), demo_site.page("project:care")
    for number in range(start, stop):
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=number)
        publish(
            news_index, NewsPage(title=f"Libeccio {number}", slug=f"libeccio-{number}", date=day, body=BODY)
        )
        publish(
            project,
            ActionPage(title=f"Libeccio azione {number}", slug=f"libeccio-azione-{number}", start_date=day),
        )


def test_dated_results_cost_no_query_each(client, demo_site):
    add_dated_results(demo_site, 0, 2)
    few, shown = queries_for_search(client, "libeccio")
    assert shown == 4
    add_dated_results(demo_site, 2, 5)
    many, shown = queries_for_search(client, "libeccio")
    assert shown == 10
    assert many == few
