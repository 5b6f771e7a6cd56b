"""Varnish (deploy/varnish.vcl) in front of the site: anonymous pages are kept and
served from the cache, editors and the admin never are, and publishing through the
admin purges every address that shows the page, sent by the worker."""

import time
import urllib.request

import pytest

from django.contrib.auth import get_user_model

from tests.support.admin import edit_form, post_edit
from tests.support.front_cache import start_varnish
from tests.support.worker import running_worker, wait_until

pytestmark = pytest.mark.django_db(transaction=True)

SITE_HOST = "localhost"  # the demo site's hostname: purges name it, visitors ask for it


@pytest.fixture
def varnish(local_server, live_server, tmp_path, settings):
    """varnishd in front of the live server, and the site set to purge it."""
    port = start_varnish(local_server, live_server.url, tmp_path, "-p", "ban_lurker_sleep=0.01")
    address = f"http://127.0.0.1:{port}"
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": address}
    }
    wait_until(lambda: fetch(address, "/robots.txt")[0] == 200, timeout=20, what="Varnish answering")
    return address


def fetch(address, path, cookie=None):
    """(status, headers, text) of ``path`` through ``address``, asked as the site's host."""
    headers = {"Host": SITE_HOST, "Accept-Language": "it"}
    if cookie:
        headers["Cookie"] = cookie
    request = urllib.request.Request(address + path, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def test_anonymous_pages_come_from_the_cache_and_the_admin_never(varnish, live_demo_site):
    path = live_demo_site.page("project:care").url
    status, headers, _text = fetch(varnish, path)
    assert (status, headers["X-Cache"]) == (200, "MISS")
    assert "s-maxage=" in headers["Cache-Control"]
    status, headers, _text = fetch(varnish, path)
    assert (status, headers["X-Cache"]) == (200, "HIT")
    assert "x-path" not in headers and "x-host" not in headers
    for _time in range(2):
        status, headers, _text = fetch(varnish, "/admin/login/")
        assert headers["X-Cache"] == "MISS"
        assert "no-store" in headers["Cache-Control"]
    # Someone logged in passes straight through, whatever the page.
    for _time in range(2):
        status, headers, _text = fetch(varnish, path, cookie="sessionid=abc")
        assert headers["X-Cache"] == "MISS"


def test_a_list_is_cached_with_each_page_of_it_and_purged_with_all(varnish, live_demo_site):
    news = live_demo_site.page("news-index:site").url
    for path in (news, news + "?page=2", news + "feed/"):
        fetch(varnish, path)
        assert fetch(varnish, path)[1]["X-Cache"] == "HIT"
    purge = urllib.request.Request(varnish + news, method="PURGE", headers={"Host": SITE_HOST})
    with urllib.request.urlopen(purge, timeout=10) as response:
        assert response.status == 200
    assert fetch(varnish, news)[1]["X-Cache"] == "MISS"
    assert fetch(varnish, news + "?page=2")[1]["X-Cache"] == "MISS"
    assert fetch(varnish, news + "feed/")[1]["X-Cache"] == "HIT"  # another path, purged on its own


def test_publishing_in_the_admin_purges_every_address_showing_the_page(
    client, varnish, live_demo_site, database_tasks, tmp_path
):
    item = live_demo_site.page("news:care-alcotra-jeunes", "fr")  # written in French, translated
    shown_in = [item.url, live_demo_site.page("news-index:site", "fr").url, live_demo_site.home_fr.url]
    shown_in += [live_demo_site.page(key).url for key in ("project:care", "news:care-alcotra-jeunes")]
    for path in shown_in:
        fetch(varnish, path)
        assert fetch(varnish, path)[1]["X-Cache"] == "HIT", path

    editor = get_user_model().objects.create_superuser("redattrice", password="pw")
    client.force_login(editor)
    new_title = "CARE reçoit le label ALCOTRA Jeunes (mis à jour)"
    response = post_edit(client, item, {**edit_form(client, item, title=new_title), "action-publish": "1"})
    assert response.status_code == 302
    published = time.monotonic()
    # Until the worker sends the purge, visitors get the cached page: publishing did not wait.
    assert new_title not in fetch(varnish, item.url)[2]

    purging = {"FRONT_CACHE_PURGE_URL": varnish}
    with running_worker(tmp_path / "worker.log", "--schedule-every", "0", environment=purging):
        wait_until(lambda: new_title in fetch(varnish, item.url)[2], timeout=60, what="the new title live")
        seconds = time.monotonic() - published
        # The other addresses were purged in the same batch: each one's next visit is a miss.
        for path in shown_in[1:]:
            wait_until(lambda path=path: fetch(varnish, path)[1]["X-Cache"] == "MISS", timeout=30, what=path)
    assert new_title in fetch(varnish, shown_in[1])[2]  # the French news list shows it
    print(f"\nPublished in the admin → live through Varnish in {seconds:.1f} s (worker polling every 0.1 s)")
