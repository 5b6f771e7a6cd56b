"""Error pages: a 404 in the visitor's language that offers the page where it exists, and a
500 that renders without the database."""

import pytest

from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from cms.errors import other_language_offers, server_error
from home.models import ContentPage
from tests.support.html import soup
from tests.support.pages import publish
from tests.support.wording import said


def offers(response):
    """Each offer of a 404 as (sentence before the link, href, hreflang, lang, link text)."""
    found = []
    for item in soup(response).select(".not-found__offers li"):
        link = item.a
        sentence = item.get_text(" ", strip=True).removesuffix(link.get_text(" ", strip=True)).strip()
        found.append((sentence, link["href"], link["hreflang"], link["lang"], link.get_text(strip=True)))
    return found


def exists_in(language, in_language, *, yours=False):
    message = (
        "This page exists in %(language)s at another address:"
        if yours
        else "This page exists in %(language)s:"
    )
    name = {"it": {"it": "italiano", "fr": "francese"}, "fr": {"it": "italien", "fr": "français"}}
    return said(message, in_language, language=name[in_language][language])


def test_french_path_under_italian_prefix_offers_the_italian_page_and_the_french_one(client, demo_site):
    response = client.get("/it/projets/care/actualites-care/")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == "it"
    assert page.h1.get_text(strip=True) == said("Page not found", "it")
    assert offers(response) == [
        (exists_in("it", "it", yours=True), "/it/progetti/care/notizie-care/", "it", "it", "Notizie di CARE"),
        (exists_in("fr", "it"), "/fr/projets/care/actualites-care/", "fr", "fr", "Actualités de CARE"),
    ]


def test_italian_path_under_french_prefix_offers_the_french_page_first(client, demo_site):
    response = client.get("/fr/progetti/pitem-pro-sol/notizie-pro-sol/", HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 404
    assert response["Content-Language"] == "fr"
    assert soup(response).html["lang"] == "fr", "the URL's language wins over the browser's"
    assert offers(response) == [
        (
            exists_in("fr", "fr", yours=True),
            "/fr/projets/pitem-pro-sol/actualites-pro-sol/",
            "fr",
            "fr",
            demo_site.page("news-index:pro-sol", "fr").title,
        ),
        (
            exists_in("it", "fr"),
            "/it/progetti/pitem-pro-sol/notizie-pro-sol/",
            "it",
            "it",
            demo_site.page("news-index:pro-sol", "it").title,
        ),
    ]


def test_page_only_in_the_other_language_is_offered_alone(client, demo_site):
    publish(demo_site.home_fr, ContentPage(title="Mentions légales", slug="mentions-legales"))
    response = client.get("/it/mentions-legales/")
    assert response.status_code == 404
    assert offers(response) == [
        (exists_in("fr", "it"), "/fr/mentions-legales/", "fr", "fr", "Mentions légales"),
    ]


def test_path_without_prefix_offers_the_page_in_the_browsers_language(client, demo_site):
    response = client.get("/a-propos/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response.status_code == 404
    assert soup(response).html["lang"] == "fr"
    assert offers(response) == [
        (exists_in("fr", "fr", yours=True), "/fr/a-propos/", "fr", "fr", "Qui sommes-nous")
    ]


def test_unpublished_or_private_pages_are_not_offered(client, demo_site):
    from wagtail.models import PageViewRestriction

    demo_site.about_fr.unpublish()
    assert offers(client.get("/it/a-propos/")) == []
    PageViewRestriction.objects.create(page=demo_site.page("projects", "fr"), restriction_type="login")
    response = client.get("/it/projets/care/")
    assert offers(response) == []
    assert said("The page may have moved, or may exist only in the other language.", "it") in response.text


def test_offers_cost_the_same_few_queries_however_deep_the_path(
    client, rf, demo_site, django_assert_num_queries
):
    counts = {}
    client.get("/it/pagina-che-non-esiste/")  # warm the site and content-type caches first
    for path in ("/it/projets/", "/it/projets/care/actualites-care/profil-de-sante/"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 404
        assert len(offers(response)) == 2
        counts[path] = len(queries)
    assert len(set(counts.values())) == 1, counts
    # The site, its home pages, the view restrictions, the pages at this path, their translations.
    with django_assert_num_queries(5):
        assert (
            len(other_language_offers(rf.get("/fr/progetti/care/notizie-care/profilo-di-salute/"), "fr")) == 2
        )


@pytest.mark.parametrize(
    ("path", "accept_language", "language"),
    [
        ("/fr/projets/", "it", "fr"),
        ("/it/progetti/", "fr", "it"),
        ("/xyz/", "fr-CH,fr", "fr"),
        ("/xyz/", "de", "it"),
    ],
)
def test_server_error_page_speaks_the_visitors_language_without_the_database(
    rf, db, django_assert_num_queries, path, accept_language, language
):
    request = rf.get(path, HTTP_ACCEPT_LANGUAGE=accept_language)
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert response["Content-Language"] == language
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == said("Server error", language)
    assert {(a["href"], a["lang"]) for a in page.select("a[hreflang]")} == {("/it/", "it"), ("/fr/", "fr")}


def test_a_page_whose_database_is_down_answers_503_in_the_visitors_language(client, demo_site):
    """Temporary, and said so (tests/cms/test_fail_soft.py stops a real PostgreSQL)."""

    def database_down(execute, sql, params, many, context):
        raise OperationalError("could not connect to server")

    client.raise_request_exception = False
    with connection.execute_wrapper(database_down):
        response = client.get("/fr/projets/care/")
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    assert soup(response).h1.get_text(strip=True) == said("Service unavailable", "fr")
