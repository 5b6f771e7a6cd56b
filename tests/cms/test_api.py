"""The read-only API answers bad parameters with a 400 and a reason in the caller's
language, and still lists, filters, orders and searches."""

import pytest

from wagtail.models import Page

from tests.support.wording import said

BIG = str(2**63)
LARGEST = str(2**63 - 1)
WHOLE = "%(name)s must be a whole number from %(smallest)s to %(largest)s."
ROOT_OR_WHOLE = "%(name)s must be “root” or a whole number from %(smallest)s to %(largest)s."


def refusal(client, url, language):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 400, (url, response.status_code)
    return response.json()["message"]


@pytest.mark.parametrize("language", ["it", "fr"])
@pytest.mark.parametrize(
    ("url", "message", "values"),
    [
        ("/api/v2/pages/find/?id=abc", WHOLE, {"name": "id", "smallest": 1, "largest": LARGEST}),
        ("/api/v2/images/find/?id=-3", WHOLE, {"name": "id", "smallest": 1, "largest": LARGEST}),
        ("/api/v2/documents/find/?id=" + BIG, WHOLE, {"name": "id", "smallest": 1, "largest": LARGEST}),
        *(
            (
                f"/api/v2/{endpoint}/?offset={value}",
                WHOLE,
                {"name": "offset", "smallest": 0, "largest": LARGEST},
            )
            for endpoint in ("pages", "images", "documents")
            for value in (BIG, "-1", "abc", "1e3", "١٢")
        ),
        *(
            (f"/api/v2/{endpoint}/?limit={value}", WHOLE, {"name": "limit", "smallest": 0, "largest": 20})
            for endpoint in ("pages", "images", "documents")
            for value in (BIG, "-1", "abc", "21")
        ),
        (
            "/api/v2/pages/?child_of=abc",
            ROOT_OR_WHOLE,
            {"name": "child_of", "smallest": 1, "largest": LARGEST},
        ),
        (
            "/api/v2/pages/?descendant_of=" + BIG,
            ROOT_OR_WHOLE,
            {"name": "descendant_of", "smallest": 1, "largest": LARGEST},
        ),  # noqa: E501
        (
            "/api/v2/pages/?translation_of=-1",
            ROOT_OR_WHOLE,
            {"name": "translation_of", "smallest": 1, "largest": LARGEST},
        ),  # noqa: E501
        (
            "/api/v2/pages/?ancestor_of=root",
            WHOLE,
            {"name": "ancestor_of", "smallest": 1, "largest": LARGEST},
        ),
        ("/api/v2/pages/?locale=de", "locale must be one of: %(codes)s.", {"codes": "it, fr"}),
        (
            "/api/v2/pages/?type=no.Such",
            "type must name page types, such as %(example)s.",
            {"example": "projects.ProjectPage"},
        ),  # noqa: E501
        (
            "/api/v2/pages/?type=wagtailimages.Image",
            "type must name page types, such as %(example)s.",
            {"example": "projects.ProjectPage"},
        ),  # noqa: E501
        ("/api/v2/pages/?search=%00", "Query parameters cannot contain NUL characters.", {}),
        ("/api/v2/pages/?search=a&search_operator=xor", "search_operator must be “and” or “or”.", {}),
        ("/api/v2/images/?nope=1&zzz=2", "Unknown query parameters: %(names)s.", {"names": "nope, zzz"}),
        (
            "/api/v2/images/?tags=" + ",".join("abcdefghijk"),
            "Filter %(name)s: at most %(most)s tags.",
            {"name": "tags", "most": 10},
        ),  # noqa: E501
    ],
)
def test_crafted_parameters_get_a_400_saying_what_was_wrong(
    client, demo_site, language, url, message, values
):
    assert refusal(client, url, language) == said(message, language, **values)


@pytest.mark.parametrize(
    ("url", "start"),
    [
        ("/api/v2/pages/?type=news.NewsPage&date=abc", "Filtre date : "),
        ("/api/v2/pages/?type=projects.ProjectPage&total_budget=1e999", "Filtre total_budget : "),
        ("/api/v2/pages/?type=projects.ProjectPage&themes=abc", "Filtre themes : "),
        ("/api/v2/pages/?type=media.VideoPage&related_project=" + BIG, "Filtre related_project : "),
        ("/api/v2/pages/?first_published_at=2024-13-45", "Filtre first_published_at : "),
        ("/api/v2/pages/?order=-nope", "Impossible de trier par « -nope »"),
        ("/api/v2/pages/?fields=nope", "Cette requête ne peut pas recevoir de réponse : "),
    ],
)
def test_filters_and_orders_the_database_could_not_read_get_a_400(client, demo_site, url, start):
    assert refusal(client, url, "fr").startswith(start)


def test_good_parameters_still_answer(client, demo_site):
    listing = client.get("/api/v2/pages/?type=news.NewsPage&order=-date&offset=1&limit=2&locale=fr")
    assert listing.status_code == 200
    items = listing.json()["items"]
    assert len(items) == 2 and {item["meta"]["locale"] for item in items} == {"fr"}
    assert client.get("/api/v2/pages/?child_of=root&fields=title").status_code == 200
    assert client.get("/api/v2/pages/?type=news.NewsPage&date=2024-06-03").status_code == 200
    assert client.get(f"/api/v2/pages/?offset={LARGEST}").json()["items"] == []
    page = Page.objects.live().filter(depth__gt=2).first()
    found = client.get(f"/api/v2/pages/find/?id={page.pk}")
    assert found.status_code == 302 and found["Location"].endswith(f"/api/v2/pages/{page.pk}/?")


def test_a_search_with_stray_quotes_still_finds_pages(client, demo_site):
    response = client.get('/api/v2/pages/?search="SociaLab')
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert "SociaLab" in titles


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("query", [f"?offset={BIG}", "find/?id=abc", "?offset=%00"])
def test_the_admin_api_refuses_crafted_numbers_too(admin_client, demo_site, endpoint, query):
    """The page explorer's and choosers' API (signed in) used to answer these with a 500."""
    response = admin_client.get(f"/admin/api/main/{endpoint}/{query}")
    assert response.status_code == 400, response.content
    assert response.json()["message"]
    assert admin_client.get(f"/admin/api/main/{endpoint}/?offset=1").status_code == 200
