"""What each response tells caches (cms/caching.py): anonymous public pages may be
kept by a front cache and are revalidated by browsers (ETag, 304), compressed; nothing
personal or editorial is ever public."""

import gzip

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import PageViewRestriction

from tests.support.demo import DEMO_KEYS


def directives(response):
    parts = response.get("Cache-Control", "").split(",")
    return {part.strip().split("=")[0] for part in parts if part.strip()}


def lifetime(response, name):
    for part in response["Cache-Control"].split(","):
        key, _sep, value = part.strip().partition("=")
        if key == name:
            return int(value)
    return None


@pytest.mark.parametrize("key", DEMO_KEYS.values())
def test_every_page_type_is_public_for_a_front_cache_and_revalidated_by_browsers(client, demo_site, key):
    url = demo_site.home_fr.url if key == "home" else demo_site.page(key, "fr").url
    response = client.get(url)
    assert response.status_code == 200
    expected = {"public", "max-age", "s-maxage", "stale-while-revalidate", "stale-if-error"}
    assert expected <= directives(response)
    assert lifetime(response, "max-age") == 0 and lifetime(response, "s-maxage") >= 600
    assert not response.cookies
    again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304 and again.content == b""


def test_pages_are_compressed_for_browsers_that_accept_it(client, demo_site):
    plain = client.get(demo_site.page("project:care").url)
    compressed = client.get(demo_site.page("project:care").url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 2
    assert "Accept-Encoding" in compressed["Vary"]


def test_search_results_are_kept_a_minute_only(client, demo_site):
    response = client.get("/it/search/", {"q": "CARE"})
    assert lifetime(response, "s-maxage") == 60
    assert "public" in directives(response)


def test_a_missing_page_is_cached_like_a_page(client, demo_site):
    response = client.get("/it/nessuna-pagina-simile/")
    assert response.status_code == 404 and "public" in directives(response)


def test_nothing_is_public_for_a_logged_in_editor(client, demo_site):
    client.force_login(get_user_model().objects.create_user("redattore", password="pw"))
    response = client.get(demo_site.page("project:care").url)
    assert response.status_code == 200
    assert "public" not in directives(response) and "s-maxage" not in directives(response)


def test_the_admin_and_documents_are_never_public(client, demo_site):
    assert "public" not in directives(client.get(reverse("wagtailadmin_login")))
    assert "no-store" in directives(client.get(reverse("wagtailadmin_login")))
    assert "public" not in directives(client.get("/api/v2/pages/"))


def test_a_page_behind_a_password_is_never_public_even_once_unlocked(client, demo_site):
    page = demo_site.page("project:care")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="alpe")
    locked = client.get(page.url)
    assert "public" not in directives(locked) and "no-store" in directives(locked)
    unlock = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    client.post(unlock, {"password": "alpe", "return_url": page.url})
    unlocked = client.get(page.url)
    assert unlocked.status_code == 200 and "no-store" in directives(unlocked)
    assert "public" not in directives(unlocked)
