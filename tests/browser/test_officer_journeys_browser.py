"""An officer's journeys in the real admin, from the demo, through the UI only (issue 10):
(a) a news item with an image under a project, submitted, translated into French in
wagtail-localize's editor, approved: both languages live together, in at most ten clicks
from the dashboard to "submitted"; (d) a new budget published: the French page shows it
at once."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from cms.templatetags.cms_format import euros

pytestmark = pytest.mark.browser

PASSWORD = "una-password-lunga"


def log_in(chromium, server, username, locale):
    """A demo user's own browser, logged in through the login form, on the dashboard."""
    user = get_user_model().objects.get(username=username)
    user.set_password(PASSWORD)
    user.save()
    page = chromium.new_context(locale=locale, viewport={"width": 1280, "height": 900}).new_page()
    page.goto(f"{server}/admin/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{server}/admin/")
    return page


def test_d_an_officers_new_budget_shows_on_the_french_page_at_once(chromium, live_server, live_demo_site):
    italian = live_demo_site.page("project:coor-com", "it")
    french = live_demo_site.page("project:coor-com", "fr")
    officer = log_in(chromium, live_server.url, "referente-prosol", "it-IT")
    officer.goto(f"{live_server.url}{reverse('wagtailadmin_pages:edit', args=[italian.pk])}")
    officer.locator("input[name=total_budget]").fill("512000.00")
    with translation.override("it"):
        main = translation.gettext("Publish with translations")
        done = translation.ngettext(
            "%(count)d page was published with its translations.",
            "%(count)d pages were published with their translations.",
            1,
        ) % {"count": 1}
    # The main button, as the translations are ready: a fact is not text to translate.
    officer.locator("footer").get_by_role("button", name=main, exact=True).click()
    expect(officer.locator(".messages")).to_contain_text(done)
    officer.context.close()

    visitor = chromium.new_context(locale="fr-FR").new_page()
    for language, page in (("fr", french), ("it", italian)):
        with translation.override(language):
            amount = euros(Decimal("512000.00"))
        visitor.goto(f"{live_server.url}{page.url}")
        expect(visitor.locator("main")).to_contain_text(amount)
    visitor.context.close()
