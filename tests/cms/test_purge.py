"""What publishing, unpublishing, moving and deleting a page purge from the front cache
(cms/purge.py), pressed in the admin as an editor would."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from projects.models import ActionPage
from tests.support import front_cache
from tests.support.pages import publish


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    """The URLs purged by what the block does, once its transaction commits."""
    settings.WAGTAILFRONTENDCACHE = front_cache.SETTINGS
    front_cache.PURGED.clear()
    return front_cache.PURGED


@pytest.fixture
def editor(client, demo_site):
    client.force_login(get_user_model().objects.create_superuser("redattrice", password="pw"))


def paths(urls):
    return {url.split("://", 1)[1].split("/", 1)[1] for url in urls}


def test_unpublishing_purges_the_page_its_versions_lists_feeds_and_sitemap(
    client, editor, demo_site, purged, django_capture_on_commit_callbacks
):
    item = demo_site.page("news:care-alcotra-jeunes", "fr")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[item.pk]))
    assert response.status_code == 302
    expected = {
        item.url,
        demo_site.page("news:care-alcotra-jeunes", "it").url,
        demo_site.page("project:care", "fr").url,
        demo_site.page("project:care", "it").url,
        demo_site.page("news-index:site", "fr").url,
        demo_site.page("news-index:site", "fr").url + "feed/",
        demo_site.page("label:alcotra-jeunes", "it").url,
        demo_site.home_fr.url,
        demo_site.home_it.url,
        "/sitemap.xml",
    }
    assert expected <= {"/" + path for path in paths(purged)}


def test_deleting_a_project_purges_it_and_everything_under_it(
    client, editor, demo_site, purged, django_capture_on_commit_callbacks
):
    care = demo_site.page("project:care")
    below = [demo_site.page("action:care:prevention").url, demo_site.page("news:care-alcotra-jeunes").url]
    shown_in = [demo_site.page("projects").url, demo_site.home_it.url, "/sitemap.xml"]
    url = care.url
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:delete", args=[care.pk]))
    assert response.status_code == 302
    assert {url, *below, *shown_in} <= {"/" + path for path in paths(purged)}


def test_moving_a_page_purges_its_old_and_new_addresses(
    client, editor, demo_site, purged, django_capture_on_commit_callbacks
):
    care, other = demo_site.page("project:care"), demo_site.page("project:coor-com")
    action = publish(care, ActionPage(title="Azione in viaggio", slug="azione-in-viaggio"))
    old_url = action.url
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[action.pk, other.pk]))
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.url != old_url
    purged_paths = {"/" + path for path in paths(purged)}
    assert {old_url, action.url, care.url, other.url} <= purged_paths


def test_nothing_is_computed_without_a_front_cache(
    client, editor, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    front_cache.PURGED.clear()
    item = demo_site.page("news:care-alcotra-jeunes", "fr")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        client.post(reverse("wagtailadmin_pages:unpublish", args=[item.pk]))
    # No purge was even planned: nothing from cms/purge.py waits for the commit.
    assert [callback for callback in callbacks if callback.__module__ == "cms.purge"] == []
