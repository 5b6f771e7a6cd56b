"""What a visitor sees: pages in both languages, the switcher, hreflang, redirects, errors."""

import re

import pytest

from wagtail.models import Locale

from cms import freshness
from home.models import ContentPage
from tests.support.html import soup


@pytest.mark.parametrize(
    ("url", "language", "title"),
    [
        ("/it/", "it", "Progetti transfrontalieri ALCOTRA"),
        ("/fr/", "fr", "Projets transfrontaliers ALCOTRA"),
        ("/it/chi-siamo/", "it", "Chi siamo"),
        ("/fr/a-propos/", "fr", "Qui sommes-nous"),
    ],
)
def test_home_and_about_render_in_their_language(client, demo_site, url, language, title):
    response = client.get(url)
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == title
    assert page.title.get_text().startswith(title)
    # Our own words follow the page's language too.
    skip_link = page.select_one("a.skip-link").get_text(strip=True)
    assert skip_link == {"it": "Salta al contenuto principale", "fr": "Aller au contenu principal"}[language]


def test_switcher_on_italian_about_links_to_french_about(client, demo_site):
    page = soup(client.get("/it/chi-siamo/"))
    link = page.select_one("nav.language-switcher a[hreflang=fr]")
    assert link["href"] == "/fr/a-propos/"
    assert link["lang"] == "fr"
    # The code is shown; the name is read out with it.
    current = page.select_one("nav.language-switcher [aria-current]")
    assert " ".join(current.get_text(" ", strip=True).split()) == "IT – Italiano"
    assert current.select_one(".visually-hidden").get_text(strip=True) == "– Italiano"
    assert not page.select(".language-switcher__note")


def test_switcher_says_so_when_no_translation_exists(client, demo_site):
    draft_only = ContentPage(title="Note legali", slug="note-legali")
    demo_site.home_it.add_child(instance=draft_only)
    draft_only.save_revision().publish()

    page = soup(client.get("/it/note-legali/"))
    link = page.select_one("nav.language-switcher a[hreflang=fr]")
    assert link["href"] == "/fr/", "falls back to the French home page, not to a made-up URL"
    note = page.select_one("#" + link["aria-describedby"]).get_text(" ", strip=True)
    assert "non è ancora tradotta in francese" in note
    # hreflang must not claim a French version either.
    hreflangs = {tag["hreflang"] for tag in page.select("link[rel=alternate]")}
    assert hreflangs == {"it", "x-default"}


def test_unpublished_translation_is_not_offered(client, demo_site):
    demo_site.about_fr.unpublish()
    page = soup(client.get("/it/chi-siamo/"))
    assert page.select_one("nav.language-switcher a[hreflang=fr]")["href"] == "/fr/"
    assert client.get("/fr/a-propos/").status_code == 404


def test_hreflang_lists_every_live_translation_and_x_default(client, demo_site):
    page = soup(client.get("/fr/a-propos/"))
    links = {tag["hreflang"]: tag["href"] for tag in page.select("link[rel=alternate][hreflang]")}
    assert links == {
        "it": "http://localhost/it/chi-siamo/",
        "fr": "http://localhost/fr/a-propos/",
        "x-default": "http://localhost/it/chi-siamo/",
    }


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"),
        ("it-IT,it;q=0.9", "/it/"),
        ("de-DE,en;q=0.8", "/it/"),
        ("", "/it/"),
    ],
)
def test_root_redirects_by_accept_language(client, demo_site, accept_language, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("path", ["/de/", "/xx/chi-siamo/", "/no-such-page/", "/it/no-such-page/"])
@pytest.mark.parametrize(
    ("accept_language", "heading"), [("fr", "Page introuvable"), ("it", "Pagina non trovata")]
)
def test_unknown_paths_answer_a_localized_404(client, demo_site, path, accept_language, heading):
    if path.startswith("/it/"):
        heading = "Pagina non trovata"  # the URL's language wins over the browser's
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 404
    page = soup(response)
    assert page.h1.get_text(strip=True) == heading
    assert page.html["lang"] in ("it", "fr")


def test_sitemap_lists_both_languages(client, demo_site):
    body = client.get("/sitemap-pages.xml").content.decode()
    locations = set(re.findall(r"<loc>(.*?)</loc>", body))
    assert {
        "http://localhost/it/",
        "http://localhost/fr/",
        "http://localhost/it/chi-siamo/",
        "http://localhost/fr/a-propos/",
    } <= locations


def test_search_finds_pages_in_the_visitors_language_only(client, demo_site):
    page = soup(client.get("/fr/search/", {"q": "SociaLab"}))
    links = {a.get_text(strip=True): a["href"] for a in page.select(".search-results a")}
    assert {"Qui sommes-nous", "SociaLab", "CARE"} <= set(links)
    assert all(href.startswith("/fr/") for href in links.values())
    # The switcher carries the query over to the Italian search.
    assert page.select_one("nav.language-switcher a[hreflang=it]")["href"] == "/it/search/?q=SociaLab"

    italian = soup(client.get("/it/search/", {"q": "SociaLab"}))
    italian_links = [a["href"] for a in italian.select(".search-results a")]
    assert "/it/chi-siamo/" in italian_links
    assert all(href.startswith("/it/") for href in italian_links)


def test_search_without_results_says_so(client, demo_site):
    page = soup(client.get("/it/search/", {"q": "zzzxqy"}))
    assert page.select_one("[role=status]").get_text(strip=True) == "0 risultati per «zzzxqy»"


def test_french_locale_exists(demo_site):
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"it", "fr"}


@pytest.mark.parametrize(
    ("url", "queries"), [("/it/", 33), ("/fr/", 34), ("/it/chi-siamo/", 16), ("/fr/a-propos/", 17)]
)
def test_page_render_query_count_stays_constant(client, demo_site, django_assert_num_queries, url, queries):
    """Site, locale, page, view restrictions, translations for switcher and hreflang; the
    frame (menu 1, site identity with its logos and legal pages 2, their versions in
    the page's language 1, footer partners 3); on the home, its
    sections' cards and pictures: adding a tag or block must not add queries per item.
    Counted for the first visitor after a change: what is kept until then (the footer
    partners, the home's sections: cms/freshness.py) is drawn afresh."""
    client.get(url)  # warm Wagtail's cached site root paths
    freshness.renew()
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
