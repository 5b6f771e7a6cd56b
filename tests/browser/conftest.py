"""Chromium driven by Playwright against the live test server.

Never ``playwright install``: the browser is Debian's Chromium (CHROMIUM_PATH to
override), started with flags that keep it from calling home.
"""

import os

import pytest

from tests.support.browser import CHROMIUM, CHROMIUM_FLAGS
from tests.support.components import require


@pytest.fixture(scope="session")
def chromium():
    require(os.path.exists(CHROMIUM), f"Chromium not found at {CHROMIUM} (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(locale="it-IT", viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()
