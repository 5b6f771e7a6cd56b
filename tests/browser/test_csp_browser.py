"""In Chromium, the Content-Security-Policy and Permissions-Policy of cms/headers.py block
nothing the site needs. Every public page type, the search and 404 pages, the video
consent player in both languages (its iframe plays after the visitor's consent), the
admin's sign-in, dashboard, page editor with its preview, wagtail-localize's translation
editor and the translations overview: zero violations.

A violation is seen twice over: the ``securitypolicyviolation`` event, sent to the test
as it happens, and Chromium's console error. Requests to other hosts are aborted, except
the video players', answered by a stand-in page."""

import re

import pytest
from playwright.sync_api import expect

from django.urls import reverse

from cms.headers import VIDEO_PLAYERS
from tests.support.browser import log_in
from tests.support.demo import DEMO_KEYS, LANGUAGES
from tests.support.pages import publish_hosted_video
from tests.support.users import make_user

pytestmark = pytest.mark.browser

REPORT = """
document.addEventListener("securitypolicyviolation", (event) => window.reportViolation(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${document.location.href}`
), true);
"""
POLICY_ERRORS = re.compile(r"Content Security Policy|Permissions[- ]Policy|Refused to", re.I)
PLAYER = "<!DOCTYPE html><title>Player</title><p id=player>Stand-in player</p>"


@pytest.fixture
def violations(browser_page, live_server):
    """Every CSP violation or policy error the browser reports, in any page or frame."""
    seen = []
    context = browser_page.context
    context.expose_function("reportViolation", lambda text: seen.append(text))
    context.add_init_script(REPORT)
    browser_page.on(
        "console", lambda message: POLICY_ERRORS.search(message.text) and seen.append(message.text)
    )

    def stay_here(route):
        url = route.request.url
        if url.startswith(live_server.url + "/"):
            route.continue_()
        elif url.startswith(VIDEO_PLAYERS):
            route.fulfill(status=200, content_type="text/html", body=PLAYER)
        else:
            route.abort()

    context.route("**/*", stay_here)
    return seen


def visit(page, url):
    page.goto(url, wait_until="load")
    page.mouse.wheel(0, 20_000)  # lazy images load when scrolled to
    page.wait_for_load_state("networkidle")


def test_public_pages_and_the_consent_player_break_no_policy(
    browser_page, live_server, live_demo_site, violations
):
    page, site = browser_page, live_demo_site
    # Every page type once, the languages taking turns: both share templates and policy.
    paths = [site.page(key, LANGUAGES[n % 2]).url for n, key in enumerate(DEMO_KEYS.values())]
    paths += ["/", "/fr/search/?q=CARE", "/it/nessuna-pagina/"]
    for path in paths:
        visit(page, live_server.url + path)
    assert violations == []

    for language, address in (("it", "https://youtu.be/dQw4w9WgXcQ"), ("fr", "https://vimeo.com/76979871")):
        video = publish_hosted_video(site, address, language)
        visit(page, live_server.url + video.url)
        page.locator("button[data-video-play]").click()
        player = page.frame_locator(".video-player iframe").locator("#player")
        expect(player).to_have_text("Stand-in player")
    assert violations == []


def test_the_admin_screens_break_no_policy(browser_page, live_server, live_demo_site, violations):
    page, server = browser_page, live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})
    make_user("csp-admin", superuser=True)
    log_in(page, server, "csp-admin")
    expect(page.locator("main")).to_be_visible()

    # CARE was written in French: its Italian page is the translation.
    source = live_demo_site.page("project:care", "fr")
    visit(page, server + reverse("wagtailadmin_pages:edit", args=[source.pk]))
    expect(page.locator("form#page-edit-form")).to_be_visible()
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe").locator("h1")
    expect(preview).to_have_text(source.title)

    translation = live_demo_site.page("project:care", "it")
    visit(page, server + reverse("wagtailadmin_pages:edit", args=[translation.pk]))
    expect(page.locator(".js-translation-editor").get_by_role("tab").first).to_be_visible()

    visit(page, server + reverse("translations_overview"))
    expect(page.locator("main table").first).to_be_visible()
    assert violations == []
