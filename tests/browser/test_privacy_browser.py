"""In a real browser, public pages contact no one but this site and set no cookie, and a
YouTube or Vimeo player is loaded only when the visitor presses play.

Requests to other hosts are recorded and aborted, so the tests need no internet.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.demo import DEMO_KEYS
from tests.support.pages import publish_hosted_video

pytestmark = pytest.mark.browser


@pytest.fixture
def requests_made(browser_page, live_server):
    """Every request of the page and its frames; those leaving this site are aborted."""
    made = []
    browser_page.on("request", lambda request: made.append(request.url))

    def stay_here(route):
        if route.request.url.startswith(live_server.url + "/"):
            route.continue_()
        else:
            route.abort()

    browser_page.context.route("**/*", stay_here)
    return made


def foreign(urls, live_server):
    return [url for url in urls if not url.startswith((live_server.url + "/", "data:"))]


def test_public_pages_contact_only_this_site_and_set_no_cookie(
    browser_page, live_server, live_demo_site, requests_made
):
    site = live_demo_site
    paths = [site.page(key, "it").url for key in DEMO_KEYS.values()]
    paths += [
        site.page(key, "fr").url for key in ("home", "project:care", "news-index:site", "video-index:site")
    ]
    paths += ["/", "/it/search/?q=CARE", "/fr/search/?q=CARE", "/it/nessuna-pagina/", "/fr/page-inconnue/"]
    for path in paths:
        browser_page.goto(live_server.url + path, wait_until="load")
        # Lazy images load when scrolled to.
        browser_page.mouse.wheel(0, 20_000)
        browser_page.wait_for_load_state("networkidle")
    assert len(requests_made) > len(paths), "style sheets and images are loaded too"
    assert foreign(requests_made, live_server) == []
    assert browser_page.context.cookies() == []
    assert browser_page.evaluate("document.cookie") == ""


PROVIDERS = [
    ("it", "https://youtu.be/dQw4w9WgXcQ", "YouTube", "www.youtube-nocookie.com", {}),
    ("fr", "https://vimeo.com/76979871", "Vimeo", "player.vimeo.com", {"dnt": ["1"]}),
]


def test_video_provider_is_contacted_only_after_the_visitor_presses_play(
    browser_page, live_server, live_demo_site, requests_made
):
    page = browser_page
    for language, address, provider, player_host, player_query in PROVIDERS:
        video = publish_hosted_video(live_demo_site, address, language)
        page.goto(live_server.url + video.url)
        page.wait_for_load_state("networkidle")

        assert page.get_by_role("img", name=video.poster_alt).is_visible(), "the poster is shown"
        note = page.locator(".video-player__note")
        assert note.is_visible() and provider in note.inner_text(), "a sentence names the provider"
        assert page.locator("iframe").count() == 0
        assert foreign(requests_made, live_server) == [], f"nothing is loaded from {provider} before play"

        with page.expect_request(re.compile(rf"^https://{re.escape(player_host)}/")) as player_request:
            page.locator("button[data-video-play]").click()
        src = urlsplit(page.locator(".video-player iframe").get_attribute("src"))
        assert src.hostname == player_host
        assert player_query.items() <= parse_qs(src.query).items()
        assert urlsplit(player_request.value.url).hostname == player_host
        assert {urlsplit(url).hostname for url in foreign(requests_made, live_server)} == {player_host}
        requests_made.clear()
    assert page.context.cookies() == []
