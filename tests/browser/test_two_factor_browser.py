"""A moderator's first sign-in in Chromium: the admin sends her to set up an authenticator
app before anything else, then asks for its code at every later sign-in."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from tests.support.axe import assert_accessible
from tests.support.browser import enter_code, set_up_authenticator
from tests.support.two_factor import app_code
from tests.support.users import PASSWORD
from tests.support.wording import said

pytestmark = pytest.mark.browser


def password_step(page, server, username):
    page.goto(f"{server}/admin/pages/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()


def test_a_moderator_sets_up_her_app_then_signs_in_with_its_code(chromium, live_server, live_demo_site):
    server = live_server.url
    user = get_user_model().objects.get(username="moderatrice")  # the demo's moderator
    user.set_password(PASSWORD)
    user.save()
    context = chromium.new_context(locale="it-IT", viewport={"width": 390, "height": 844})
    page = context.new_page()

    password_step(page, server, "moderatrice")
    expect(page).to_have_url(f"{server}/admin/two-factor/setup/?next=/admin/pages/")
    expect(page.get_by_role("heading", level=1)).to_have_text(said("Set up two-step verification", "it"))
    qr = page.get_by_role("img", name=said("QR code to scan with your authenticator app", "it"))
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    card = page.locator("main").bounding_box()
    assert box["x"] + box["width"] <= card["x"] + card["width"], "the QR code runs past the card"
    assert box["width"] >= 150 and abs(box["width"] - box["height"]) < 2, "too small to scan, or cropped"
    assert qr.get_attribute("viewBox"), "without a viewBox the code is cropped, not scaled"
    assert_accessible(page)
    page.goto(f"{server}/admin/")  # nothing else opens before the app is set up
    expect(page).to_have_url(f"{server}/admin/two-factor/setup/?next=/admin/")
    recovery = set_up_authenticator(page)
    expect(page).to_have_url(f"{server}/admin/")
    assert len(set(recovery)) == 10
    context.close()

    context = chromium.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    password_step(page, server, "moderatrice")
    expect(page).to_have_url(f"{server}/admin/two-factor/verify/?next=/admin/pages/")
    # Her admin language (Italian), whatever this browser asks for.
    expect(page.get_by_role("heading", level=1)).to_have_text(said("Enter your verification code", "it"))
    assert_accessible(page)
    enter_code(page, app_code(TOTPDevice.objects.get(user=user, confirmed=True)))
    expect(page).to_have_url(f"{server}/admin/pages/")
    context.close()
