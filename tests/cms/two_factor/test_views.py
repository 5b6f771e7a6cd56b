"""Setting up an authenticator app, the code after the password, recovery codes, in the
person's admin language (cms/two_factor/views.py)."""

from django.test import Client

from cms.two_factor import devices
from tests.support.html import page_text, soup
from tests.support.two_factor import app_code, authenticator, code_for_secret
from tests.support.users import PASSWORD, make_user
from tests.support.wording import said
from translations.roles import MODERATORS, TRANSLATORS

NOT_VALID = "This code is not valid. Check the time on your phone, or use a recovery code."
OPEN_THE_APP = (
    "Open the authenticator app on your phone and enter the code it shows for ALCOTRA CMS. "
    "Without your phone, enter one of your recovery codes."
)
USED_ONE = (
    "You used a recovery code: %(count)d is left. If you lost your phone, "
    "set up your authenticator app again under Account."
)
USED_MANY = USED_ONE.replace("is left", "are left")
SETUP, VERIFY, MANAGE = "/admin/two-factor/setup/", "/admin/two-factor/verify/", "/admin/two-factor/"


def signed_in_with_password(username):
    client = Client()
    assert client.post("/admin/login/", {"username": username, "password": PASSWORD}).status_code == 302
    return client


def test_a_moderator_sets_up_the_app_then_reaches_the_admin(db, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # a person takes the second django-otp waits after a wrong code
    make_user("giulia", MODERATORS, language="it")
    client = signed_in_with_password("giulia")
    page = client.get(client.get("/admin/pages/")["Location"])
    html = soup(page)
    assert html.h1.get_text(strip=True) == said("Set up two-step verification", "it")
    assert html.select_one("svg.two-factor__qr title")  # the QR code, inline, named
    secret = html.select_one("[data-two-factor-secret]").get_text(strip=True)

    wrong = client.post(SETUP, {"code": "000000", "next": "/admin/pages/"})
    assert said(NOT_VALID, "it") in page_text(wrong)
    done = client.post(SETUP, {"code": code_for_secret(secret), "next": "/admin/pages/"})
    codes = [item.get_text(strip=True) for item in soup(done).select("[data-recovery-codes] code")]
    assert len(set(codes)) == 10
    assert soup(done).select_one("main a.button")["href"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_steps_speak_the_persons_admin_language(db):
    make_user("julien", MODERATORS, language="fr")
    client = signed_in_with_password("julien")
    assert said("Set up two-step verification", "fr") in page_text(client.get(SETUP))
    authenticator(make_user("claire", TRANSLATORS["fr"], language="fr"))
    page = page_text(signed_in_with_password("claire").get(VERIFY))
    assert said("Enter your verification code", "fr") in page
    assert said(OPEN_THE_APP, "fr") in page


def test_the_apps_code_lets_in_once(db):
    device = authenticator(make_user("giulia", MODERATORS))
    code = app_code(device)
    first = signed_in_with_password("giulia")
    assert first.post(VERIFY, {"code": code, "next": "/admin/pages/"})["Location"] == "/admin/pages/"
    assert first.get("/admin/").status_code == 200
    replay = signed_in_with_password("giulia")
    assert replay.post(VERIFY, {"code": code}).status_code == 200  # refused: the form again
    assert replay.get("/admin/").status_code == 302


def test_a_recovery_code_works_once(db, settings):
    settings.OTP_STATIC_THROTTLE_FACTOR = 0  # the next code at once after a wrong one (see below)
    user = make_user("giulia", MODERATORS)
    authenticator(user)
    codes = devices.new_recovery_codes(user)
    client = signed_in_with_password("giulia")
    used = client.post(VERIFY, {"code": codes[0].upper()}, follow=True)
    assert used.redirect_chain[0][0] == "/admin/"
    assert said(USED_ONE, "it", plural=USED_MANY, count=9) in page_text(used)
    again = signed_in_with_password("giulia")
    refused = again.post(VERIFY, {"code": codes[0]})
    assert said(NOT_VALID, "it") in page_text(refused)
    assert again.post(VERIFY, {"code": codes[1]}).status_code == 302


def test_guessing_the_six_digits_is_slowed_by_the_device(db):
    device = authenticator(make_user("giulia", MODERATORS))
    client = signed_in_with_password("giulia")
    for guess in ("111111", "222222", "333333"):
        client.post(VERIFY, {"code": guess})
    right = client.post(VERIFY, {"code": app_code(device)})
    waiting = said("Too many wrong codes. Wait a minute, then enter the code your app shows.", "it")
    assert waiting in page_text(right)


def test_everyone_else_may_turn_it_on_and_off(db):
    user = make_user("marco", TRANSLATORS["it"])
    client = Client()
    client.force_login(user)  # with an app, code entered (tests/conftest.py)
    assert soup(client.get(MANAGE)).select("button[value=off]")
    client.post(MANAGE, {"action": "off"})
    assert devices.authenticator(user) is None
    assert soup(client.get(MANAGE)).select_one(f"a[href^='{SETUP}']")
    assert signed_in_with_password("marco").get("/admin/").status_code == 200


def test_a_moderator_cannot_turn_it_off(db):
    user = make_user("giulia", MODERATORS)
    client = Client()
    client.force_login(user)
    page = soup(client.get(MANAGE))
    assert not page.select("button[value=off]")
    client.post(MANAGE, {"action": "off"})
    assert devices.authenticator(user) is not None


def test_the_code_form_does_not_send_people_off_site(db):
    device = authenticator(make_user("giulia", MODERATORS))
    client = signed_in_with_password("giulia")
    response = client.post(VERIFY, {"code": app_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"
