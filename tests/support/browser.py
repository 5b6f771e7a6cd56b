"""Steps people take in the admin, shared by the browser journeys (tests/browser/)."""

import os
import re
import shutil

from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.support.two_factor import app_code, code_for_secret
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
    """Through the admin's login form to the dashboard, passing the second step as a person
    would: setting up the app from the key the page shows, or entering the app's code
    (computed from the user's device)."""
    page.goto(f"{server}/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(rf"^{re.escape(server)}/admin/(two-factor/(verify|setup)/\?.*)?$"))
    if "/two-factor/setup/" in page.url:
        set_up_authenticator(page)
    elif "/two-factor/verify/" in page.url:
        enter_code(page, app_code(TOTPDevice.objects.get(user__username=username, confirmed=True)))
    page.wait_for_url(f"{server}/admin/")
    return page


def set_up_authenticator(page):
    """On the set-up page: type the key shown into the "app", enter its code, keep the
    recovery codes, continue. Returns the recovery codes."""
    enter_code(page, code_for_secret(page.locator("[data-two-factor-secret]").inner_text()))
    codes = page.locator("[data-recovery-codes] code")
    expect(codes).to_have_count(10)
    recovery = codes.all_inner_texts()
    page.locator("main a.button").click()
    return recovery


def enter_code(page, code):
    page.locator("input[name=code]").fill(code)
    page.locator("form:has(input[name=code]) button[type=submit]").click()


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
