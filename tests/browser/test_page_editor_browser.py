"""Two officers editing the same page in Chromium (issue 13): the second save, pressed a
moment after a colleague's, used to undo the colleague's change without a word."""

import pytest
from playwright.sync_api import expect

from django.urls import reverse

from wagtail.models import Page

from tests.support.browser import log_in
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import plan_group_name

pytestmark = pytest.mark.browser

STALE = (
    "%(name)s saved a newer version of this page after you opened it. Nothing was "
    "saved: compare the two versions, then save again to keep yours."
)


def officer(chromium, server, username, first_name, group):
    user = make_user(username, group, language="it")
    user.first_name = first_name
    user.save()
    page = chromium.new_context(locale="it-IT", viewport={"width": 1280, "height": 900}).new_page()
    return log_in(page, server, username)


def save_draft(page):
    page.keyboard.press("Control+s")  # Wagtail's shortcut for its "Save draft" button


def latest_title(page):
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object().title


def test_a_save_pressed_after_a_colleagues_is_refused_naming_them(chromium, live_server, live_demo_site):
    project = live_demo_site.page("project:coor-com")
    group = plan_group_name(live_demo_site.page("plan:pro-sol"))
    anna = officer(chromium, live_server.url, "o-anna", "Anna", group)
    bruno = officer(chromium, live_server.url, "o-bruno", "Bruno", group)
    edit = f"{live_server.url}{reverse('wagtailadmin_pages:edit', args=[project.pk])}"
    for person in (anna, bruno):
        person.goto(edit)

    anna.locator("input[name=title]").fill("COOR-COM, versione di Anna")
    save_draft(anna)
    expect(anna.locator(".messages")).to_be_visible()
    assert latest_title(project) == "COOR-COM, versione di Anna"

    bruno.locator("input[name=title]").fill("COOR-COM, versione di Bruno")
    save_draft(bruno)
    expect(bruno.locator(".messages")).to_contain_text(said(STALE, "it", name="Anna"))
    bruno.wait_for_timeout(4000)  # longer than Wagtail waits before it autosaves an edited form
    assert latest_title(project) == "COOR-COM, versione di Anna", "autosaved before Bruno compared"
    expect(bruno.locator("input[name=title]")).to_have_value("COOR-COM, versione di Bruno")

    with bruno.context.expect_page() as opened:
        bruno.locator(".messages").get_by_role("link", name=said("Compare versions", "it")).click()
    comparison = opened.value
    expect(comparison.locator("main")).to_contain_text("COOR-COM, versione di Anna")
    comparison.close()

    save_draft(bruno)  # having seen Anna's version, Bruno keeps his
    expect(bruno.locator(".messages")).not_to_contain_text(said(STALE, "it", name="Anna"))
    assert latest_title(project) == "COOR-COM, versione di Bruno"
    anna.context.close()
    bruno.context.close()
