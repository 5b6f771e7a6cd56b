"""On a phone the catalogue's results come first: the filters fold under a line that
counts them, and open from the keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.support.wording import said

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["it", "fr"])
def test_catalogue_results_come_first_and_filters_open_from_the_keyboard(
    browser_page, live_server, live_demo_site, language
):
    page = browser_page  # 390 × 844
    page.goto(live_server.url + live_demo_site.page("projects", language).url)

    first = page.locator(".catalogue__results .card__title").first
    box = first.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844, "the first result is below the first screen"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    summary = page.locator(".catalogue__toggle")
    expect(summary).to_have_text(said("Filters", language))
    assert summary.bounding_box()["height"] >= 44
    checkbox = page.locator(".catalogue__filters input[type=checkbox]").first
    expect(checkbox).to_be_hidden()

    for _press in range(40):  # Tab to the disclosure
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('catalogue__toggle')"):
            break
    else:
        pytest.fail("the filters' disclosure is not reachable with Tab")
    page.keyboard.press("Enter")
    expect(checkbox).to_be_visible()
    assert page.locator(".catalogue__filters .choice").first.bounding_box()["height"] >= 44

    checkbox.focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name=said("Apply filters", language)).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")

    expect(page.locator(".catalogue__toggle")).to_have_text(re.compile(r"\(1 \w+\)"))
    expect(page.get_by_role("link", name=said("Remove filters", language))).to_be_visible()
