"""Site search as a visitor meets it: their language only, ten results a page, the
words they typed marked, and a polite page whatever they typed."""

import random
import string
from io import StringIO

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from home.models import ContentPage
from tests.support.components import require
from tests.support.pages import publish
from tests.support.wording import said

SEARCH = {"it": "/it/search/", "fr": "/fr/search/"}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def search(client, language, q, **params):
    return soup(client.get(SEARCH[language], {"q": q, **params}))


def links(page):
    return [a["href"] for a in page.select(".search-results a")]


def status(page):
    return page.select_one("main [role=status]").get_text(strip=True)


def results_line(count, query, language):
    return said(
        "%(counter)s result for “%(query)s”",
        language,
        plural="%(counter)s results for “%(query)s”",
        count=count,
        counter=count,
        query=query,
    )


def home(demo_site, language):
    return demo_site.home_it if language == "it" else demo_site.home_fr


def add_page(demo_site, language, title, summary, slug=None):
    page = ContentPage(title=title, slug=slug or title.lower().replace(" ", "-"), summary=summary)
    return publish(home(demo_site, language), page)


def require_postgresql():
    require(connection.vendor == "postgresql", "language-aware search needs PostgreSQL (set DATABASE_URL)")


# Language


def test_results_are_pages_of_the_visitors_language(client, demo_site):
    care_it, care_fr = demo_site.page("project:care", "it"), demo_site.page("project:care", "fr")
    french = search(client, "fr", "CARE")
    assert care_fr.url in links(french)
    assert all(href.startswith("/fr/") for href in links(french))
    italian = search(client, "it", "CARE")
    assert care_it.url in links(italian)
    assert all(href.startswith("/it/") for href in links(italian))


def test_drafts_and_private_pages_are_not_found(client, demo_site):
    private = add_page(demo_site, "it", "Riservato", "Pagina zefiro per i soli partner.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = add_page(demo_site, "it", "Bozza", "Pagina zefiro non ancora pubblicata.")
    draft.unpublish()
    assert links(search(client, "it", "zefiro")) == []


# Pages of results


def test_results_come_ten_a_page_and_pages_keep_the_query(client, demo_site):
    for number in range(23):
        add_page(demo_site, "it", f"Scheda {number}", "Una scheda sul vento zefiro.", slug=f"scheda-{number}")
    first = search(client, "it", "zefiro")
    assert status(first) == results_line(23, "zefiro", "it")
    assert len(links(first)) == 10
    next_link = first.select_one("nav.pagination a[rel=next]")["href"]
    assert "q=zefiro" in next_link and "page=2" in next_link

    third = search(client, "it", "zefiro", page=3)
    pages = [links(first), links(search(client, "it", "zefiro", page=2)), links(third)]
    assert [len(found) for found in pages] == [10, 10, 3]
    assert len({href for found in pages for href in found}) == 23
    assert third.select_one(".search-results")["start"] == "21"
    assert not third.select_one("nav.pagination a[rel=next]")
    # A page number out of range or not a number still answers.
    assert links(search(client, "it", "zefiro", page=99)) == pages[2]
    assert links(search(client, "it", "zefiro", page="abc")) == pages[0]
    # French visitors do not get the Italian pages.
    assert links(search(client, "fr", "zefiro")) == []


def test_the_page_named_by_the_words_comes_first(client, demo_site):
    for number in range(12):
        add_page(
            demo_site,
            "it",
            f"Scheda {number}",
            f"Il vento zefiro soffia, scheda {number}.",
            slug=f"s-{number}",
        )
    named = add_page(demo_site, "it", "Zefiro", "Un vento di ponente.")
    found = links(search(client, "it", "zefiro"))
    assert len(found) == 10
    assert found[0] == named.url


def test_query_count_does_not_grow_with_the_results(client, demo_site, django_assert_num_queries):
    for number in range(25):
        add_page(demo_site, "it", f"Scheda {number}", "Una scheda sul vento zefiro.", slug=f"scheda-{number}")
    client.get(SEARCH["it"], {"q": "zefiro"})  # warm Wagtail's cached site root paths
    with CaptureQueriesContext(connection) as first_page:
        client.get(SEARCH["it"], {"q": "zefiro"})
    with django_assert_num_queries(len(first_page.captured_queries)):
        client.get(SEARCH["it"], {"q": "zefiro", "page": 3})


# What is shown back


def test_matching_words_are_marked_in_the_summary(client, demo_site):
    page = add_page(demo_site, "it", "Scheda zefiro", "Il progetto Zefiro e i progetti del vento.")
    result = search(client, "it", "zefiro").select_one(f".search-results a[href='{page.url}']").parent
    assert [mark.get_text() for mark in result.select("p mark")] == ["Zefiro"]
    summary = result.select_one(".search-results__summary")
    assert summary.get_text() == "Il progetto Zefiro e i progetti del vento."
    # Other forms of the word are marked too: plurals, accents left out.
    add_page(demo_site, "fr", "Fiche", "La santé des jeunes et la santé des aînés.", slug="fiche")
    french = search(client, "fr", "sante")
    marks = [mark.get_text() for mark in french.select(".search-results p mark")]
    assert marks.count("santé") >= 2


def test_markup_in_summaries_and_queries_is_shown_as_text(client, demo_site):
    add_page(demo_site, "it", "Scheda zefiro", "Zefiro <b>forte</b> & <script>alert(1)</script>.")
    page = search(client, "it", "zefiro")
    summary = page.select_one(".search-results__summary")
    assert summary.get_text() == "Zefiro <b>forte</b> & <script>alert(1)</script>."
    assert [tag.name for tag in summary.find_all(True)] == ["mark"]

    typed = '<img src=x onerror="alert(1)"> zefiro'
    page = search(client, "it", typed)
    assert not page.main.select("img, script")
    assert status(page) == results_line(0, typed, "it")
    assert page.select_one("#site-search-q")["value"] == typed


# Polite answers


@pytest.mark.parametrize("language", ["it", "fr"])
@pytest.mark.parametrize("q", [None, "", "   "])
def test_an_empty_query_asks_for_words(client, demo_site, language, q):
    response = client.get(SEARCH[language], {} if q is None else {"q": q})
    page = soup(response)
    assert page.html["lang"] == language
    assert said("Type one or more words in the search box.", language) in page.main.get_text()
    assert not page.select(".search-results")


def garbage(length=2000):
    """What a fuzzer or a cat on the keyboard sends: query syntax, markup, control characters."""
    rng = random.Random(5)  # noqa: S311 (test data, not security)
    alphabet = string.printable + "\x00\x01\x1b«»“”’é€😀\u202e"
    text = "".join(rng.choice(alphabet) for _ in range(length - 80))
    return ("\"AND OR NOT NEAR( * ^ col:x ' \\ %_ " + text + "x" * 60)[:length]


@pytest.mark.parametrize("language", ["it", "fr"])
def test_two_thousand_characters_of_garbage_are_answered_politely(client, demo_site, language):
    typed = garbage()
    assert len(typed) == 2000
    response = client.get(SEARCH[language], {"q": typed})
    page = soup(response)
    assert page.html["lang"] == language
    shown_query = page.select_one("#site-search-q")["value"]
    assert 0 < len(shown_query) <= 100
    assert "\x00" not in response.content.decode()
    assert len(status(page)) < 200
    assert said("Your search was long: only its beginning was searched.", language) in page.main.get_text()


@pytest.mark.parametrize("language", ["it", "fr"])
def test_a_query_without_letters_says_so(client, demo_site, language):
    page = search(client, language, "?! -- ** ((")
    message = "“%(query)s” contains no word to search for: use letters or digits."
    assert status(page) == said(message, language, query="?! -- ** ((")
    assert not page.select(".search-results")


def test_accents_and_case_do_not_matter(client, demo_site):
    """On both databases: SQLite's full-text index and PostgreSQL's configurations drop accents."""
    page = add_page(demo_site, "fr", "Fiche santé", "Prévention et santé en Savoie.", slug="fiche-sante")
    assert page.url in links(search(client, "fr", "SANTE prevention"))


# Language-aware matching (PostgreSQL)


def test_italian_plural_finds_the_singular(client, demo_site):
    require_postgresql()
    page = add_page(demo_site, "it", "Scheda zefiro", "Un progetto zefiro nelle valli.")
    assert page.url in links(search(client, "it", "progetti zefiro"))


def test_french_plural_finds_the_singular(client, demo_site):
    require_postgresql()
    page = add_page(demo_site, "fr", "Fiche zéphyr", "Un conseil pour chaque jeune.", slug="fiche-zephyr")
    assert page.url in links(search(client, "fr", "jeunes zéphyr"))


def test_a_word_typed_without_its_accent_finds_it_and_stems(client, demo_site):
    require_postgresql()
    page = add_page(demo_site, "fr", "Fiche zéphyr", "Les maisons de santé du zéphyr.", slug="fiche-zephyr")
    assert page.url in links(search(client, "fr", "sante zephyr"))
    assert page.url in links(search(client, "fr", "maison zephyr"))


def test_the_rebuilt_index_still_finds_every_language(client, demo_site):
    """``manage.py update_index`` (after a deployment) indexes each page in its language."""
    call_command("update_index", stdout=StringIO())
    assert demo_site.page("project:socialab", "fr").url in links(search(client, "fr", "SociaLab"))
    assert demo_site.page("project:socialab", "it").url in links(search(client, "it", "SociaLab"))
    if connection.vendor == "postgresql":
        assert demo_site.page("project:care", "fr").url in links(search(client, "fr", "jeune"))


def test_the_language_switcher_carries_the_words_not_the_garbage(client, demo_site):
    response = client.get("/it/search/", {"q": "progetti " + "%$#" * 700})
    switch = soup(response).select_one(".language-switcher a[hreflang=fr]")
    assert switch["href"] == "/fr/search/?q=progetti"
