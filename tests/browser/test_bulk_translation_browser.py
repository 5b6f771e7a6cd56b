"""An officer translates a whole plan from its admin page in Chromium and follows the job
to its end on the progress page (issue 4, bulk work)."""

import pytest
from playwright.sync_api import expect

from django.urls import reverse

from demo.factories import build_plan
from tests.support.browser import log_in
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import plan_group_name

pytestmark = pytest.mark.browser

PAGES = 6


def test_officer_translates_a_plan_and_sees_the_job_finish(chromium, live_server, live_demo_site):
    plan = build_plan(live_demo_site.page("projects"), PAGES, slug="pitem-browser")
    make_user("t-officer", plan_group_name(plan), language="it")
    page = chromium.new_context(locale="it-IT").new_page()
    try:
        log_in(page, live_server.url, "t-officer")

        page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[plan.pk]))
        action = page.get_by_role("link", name=said("Translate this plan and its subpages"))
        if not action.is_visible():  # the header's "more" menu holds it
            page.locator("header [data-w-dropdown-target=toggle]").last.click()
        action.click()

        expect(page.locator("form button[type=submit]", has_text=said("Translate"))).to_be_visible()
        page.locator("main form button[type=submit]").last.click()

        page.wait_for_url("**/admin/translations/jobs/**")
        progress = page.locator("progress#job-progress")
        expect(progress).to_have_attribute("max", str(PAGES))
        expect(progress).to_have_attribute("value", str(PAGES))
        expect(page.locator("meta[http-equiv=refresh]")).to_have_count(0)  # done: no more refreshing
        page.get_by_role("link", name=said("See the plan's translations")).click()
        rows = page.locator("tr.translation-row")
        expect(rows).to_have_count(PAGES)
        expect(rows.filter(has_text=said("In progress"))).to_have_count(PAGES)
    finally:
        page.context.close()
