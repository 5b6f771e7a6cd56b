"""Keyboard and small screens (WCAG 2.2 AA, issue 5): focus is always visible, the
language switcher and the catalogue filters work from the keyboard, nothing traps
focus, and pages reflow at 320 px wide and at 200 % zoom without sideways scrolling."""

import pytest

from tests.support.axe import assert_accessible
from tests.support.wording import said

pytestmark = pytest.mark.browser

PAGES = (
    "home",
    "projects",
    "plan:pro-sol",
    "project:coor-com",
    "news:care-alcotra-jeunes",
    "video-index:site",
)


def url_of(site, key, language):
    if key == "home":
        return (site.home_it if language == "it" else site.home_fr).url
    return site.page(key, language).url


def focused(page):
    """What has focus, and whether something shows it (outline or box shadow)."""
    return page.evaluate(
        """() => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            return {
                tag: element.tagName,
                text: (element.innerText || element.value || element.name || "").trim().slice(0, 40),
                inFooter: !!element.closest("footer"),
                visible: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
                    || style.boxShadow !== "none",
            };
        }"""
    )


@pytest.mark.parametrize("language", ["it", "fr"])
def test_tabbing_through_a_page_shows_focus_and_reaches_the_footer(
    browser_page, live_server, live_demo_site, language
):
    page = browser_page
    page.goto(live_server.url + url_of(live_demo_site, "project:coor-com", language))
    seen, left_the_page = [], False
    for _step in range(80):
        page.keyboard.press("Tab")
        state = focused(page)
        if state["tag"] == "BODY":
            left_the_page = True  # past the last link: nothing held focus back
            break
        assert state["visible"], f"focus not visible on {state}"
        seen.append(state)
    assert left_the_page, "focus never left the page"
    assert any(state["inFooter"] for state in seen), "the footer was never reached"


@pytest.mark.parametrize(("language", "other"), [("it", "fr"), ("fr", "it")])
def test_language_switcher_works_from_the_keyboard(
    browser_page, live_server, live_demo_site, language, other
):
    page = browser_page
    project = live_demo_site.page("project:coor-com", language)
    page.goto(live_server.url + project.url)
    switch = page.locator(f".language-switcher a[hreflang={other}]")
    switch.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("html").get_attribute("lang") == other
    assert page.url.endswith(live_demo_site.page("project:coor-com", other).url)


def test_catalogue_filters_work_from_the_keyboard(browser_page, live_server, live_demo_site):
    page = browser_page
    page.goto(live_server.url + live_demo_site.page("projects", "it").url)
    page.locator(".catalogue__toggle").focus()  # on a phone the filters are folded
    page.keyboard.press("Enter")
    page.get_by_label("Servizi di prossimità").focus()
    page.keyboard.press("Space")
    apply = page.get_by_role("button", name=said("Apply filters"))
    apply.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".catalogue__results .card__title").all_inner_texts() == ["SociaLab"]
    assert_accessible(page)


@pytest.mark.parametrize(("width", "height"), [(320, 640), (640, 400)])
def test_pages_reflow_on_small_screens_and_at_200_percent_zoom(
    chromium, live_server, live_demo_site, width, height
):
    """320 CSS px is WCAG's reflow width; 640 × 400 is a 1280 × 800 screen at 200 % zoom."""
    context = chromium.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        for language in ("it", "fr"):
            for key in PAGES:
                page.goto(live_server.url + url_of(live_demo_site, key, language))
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                assert overflow <= 0, f"{key} ({language}) scrolls sideways by {overflow}px at {width}px"
    finally:
        context.close()
