"""Issue 13 in Chromium: PRO-SOL's officer walks from the dashboard to the translation
overview, downloads its CSV and opens a readiness page, and reads none of GRAIES LAB's
draft titles on the way; GRAIES LAB's readiness page is refused."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from tests.support.browser import log_in
from tests.support.drafts import SECRETS, other_plan_drafts
from tests.support.users import PASSWORD
from tests.support.wording import said

pytestmark = pytest.mark.browser


def assert_no_secret(text):
    assert not [title for title in SECRETS if title in text]


def test_an_officer_reads_only_their_plan_in_the_overview(browser_page, live_server, live_demo_site):
    drafts = other_plan_drafts(live_demo_site)
    officer = get_user_model().objects.get(username="referente-prosol")
    officer.set_password(PASSWORD)
    officer.save()
    page = log_in(browser_page, live_server.url, "referente-prosol")
    counts = page.locator("#translations-panel-title ~ p").first.inner_text()

    page.get_by_role("link", name=said("Open the translation overview")).click()
    page.wait_for_url("**/admin/translations/")
    rows = page.locator("tr.translation-row")
    expect(rows.first).to_be_visible()
    titles = rows.locator("th").all_inner_texts()
    assert "COOR-COM" in titles and "PITEM PRO-SOL" in titles
    assert "CARE" not in titles and "PITER GRAIES LAB" not in titles
    assert_no_secret(page.content())
    # The dashboard counted the rows shown here.
    assert sum(int(part.rsplit(":", 1)[1]) for part in counts.split("·")) == rows.count()

    with page.expect_download() as download:
        page.get_by_role("link", name=said("Download as CSV")).click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert "COOR-COM" in exported
    assert_no_secret(exported)
    assert "PITER GRAIES LAB" not in exported

    own = live_demo_site.page("project:coor-com", "it")
    page.goto(f"{live_server.url}/admin/translations/page/{own.pk}/")
    expect(page.get_by_role("heading", level=2, name=said("Translations"))).to_be_visible()
    assert "COOR-COM" in page.content()

    page.goto(f"{live_server.url}/admin/translations/page/{drafts.draft.pk}/")
    page.wait_for_url(f"{live_server.url}/admin/")  # refused: back to the dashboard, with a message
    assert_no_secret(page.content())
