"""Steps people take in the admin, shared by the browser journeys (tests/browser/)."""

import os
import shutil

from playwright.sync_api import expect

from tests.support.users import PASSWORD
from tests.support.wording import said

# Debian's Chromium (CHROMIUM_PATH to override), never a downloaded one, with flags that
# keep it from calling home.
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def log_in(page, server, username, password=PASSWORD):
    """Through the admin's login form, to the dashboard."""
    page.goto(f"{server}/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{server}/admin/")
    return page


def translate_in_editor(page, texts):
    """In wagtail-localize's editor (French admin), type each text's translation, tab by tab:
    ``texts`` maps a tab's name to {source text: translation}."""
    for tab, pairs in texts.items():
        page.get_by_role("tab", name=tab).click()
        for source, translated in pairs.items():
            segment = page.locator("li.incomplete").filter(has_text=source)
            segment.get_by_role("button", name="Traduire").click()
            segment.locator("textarea").fill(translated)
            segment.get_by_role("button", name="Enregistrer").click()
            expect(page.locator("li.incomplete").filter(has_text=source)).to_have_count(0)


def approve_with_translations(page, title, language="it"):
    """A moderator approves ``title`` from the dashboard's review panel, through the dialog
    that shows every translation ready."""
    review = page.locator("tr", has_text=title)
    review.get_by_role("button", name=said("Actions", language)).click()
    review.get_by_role("button", name=said("Approve and publish with translations", language)).click()
    dialog = page.get_by_role("dialog")
    expect(dialog.locator(".translation-readiness__up_to_date")).to_have_count(1)
    dialog.locator("button[type=submit]").click()
    expect(dialog).to_be_hidden()
    page.wait_for_load_state()


def wait_until(condition, page, what, seconds=30):
    """Poll ``condition`` (Python) while the page runs. Playwright's wait_for_function
    evaluates a string in the page, which the site's Content-Security-Policy refuses."""
    for _tick in range(seconds * 10):
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{what} never came")
