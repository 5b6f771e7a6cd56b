"""Every public page type, in both languages, on a phone (390 px) and a laptop (1280 px):
axe-core finds nothing, nothing scrolls sideways, every picture loads, touch targets in
the header are 44 px, and a screenshot is kept for people to look at.

The screenshots land in var/screenshots/ (``make screenshots`` runs this module alone).
"""

import pytest

from tests.support.axe import assert_accessible
from tests.support.browser import wait_until
from tests.support.demo import DEMO_KEYS
from tests.support.paths import ROOT

pytestmark = pytest.mark.browser

SCREENSHOTS = ROOT / "var" / "screenshots"
WIDTHS = {390: 844, 1280: 800}


def urls(site, language):
    """(name, path) of a demo page of every page type, the search results and a 404."""
    pages = [
        (
            name,
            (site.home_it if language == "it" else site.home_fr).url
            if key == "home"
            else site.page(key, language).url,
        )
        for name, key in DEMO_KEYS.items()
    ]
    return [*pages, ("Search", f"/{language}/search/?q=CARE"), ("NotFound", f"/{language}/nessuna-pagina/")]


def load_every_picture(page):
    """Scroll down a screen at a time, as a reader would, so lazy pictures load; then
    list those that did not."""
    height = page.viewport_size["height"]
    for top in range(0, page.evaluate("document.body.scrollHeight") + height, height):
        page.evaluate(f"window.scrollTo(0, {top})")
        page.wait_for_timeout(50)
    wait_until(
        lambda: page.evaluate("[...document.images].every(img => img.complete)"), page, "every picture"
    )
    return page.evaluate(
        """() => [...document.images].filter(img => !(img.complete && img.naturalWidth > 0))
                .map(img => img.currentSrc || img.src)"""
    )


def small_targets(page):
    """Links and buttons of the header narrower or lower than 44 CSS px."""
    return page.evaluate(
        """() => [...document.querySelectorAll('header a, header button, header summary, header input')]
                .filter(el => el.checkVisibility() && !el.closest('.eu-funding'))
                .map(el => [el.textContent.trim() || el.name, el.getBoundingClientRect()])
                .filter(([, box]) => box.height < 44 || box.width < 44)
                .map(([name, box]) => `${name}: ${Math.round(box.width)}x${Math.round(box.height)}`)"""
    )


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_page_type_is_accessible_whole_and_looked_at(
    chromium, live_server, live_demo_site, language, width
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = chromium.new_context(
        locale=f"{language}-{language.upper()}", viewport={"width": width, "height": WIDTHS[width]}
    )
    page = context.new_page()
    try:
        for name, path in urls(live_demo_site, language):
            response = page.goto(live_server.url + path)
            assert response.status == (404 if name == "NotFound" else 200), path
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} ({language}) scrolls sideways by {overflow}px at {width}px"
            assert small_targets(page) == [], f"{name} ({language}) at {width}px"
            assert_accessible(page)
            assert load_every_picture(page) == [], f"{name} ({language}): pictures that did not load"
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=SCREENSHOTS / f"{language}-{width}-{name}.png", full_page=True)
    finally:
        context.close()
