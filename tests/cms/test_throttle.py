"""Password guessing is throttled per account (or form) and client IP, cheaply, in the
reader's language, without locking the real user out (cms/throttle.py)."""

import time

import pytest

from django.core import mail
from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

from tests.support.hashers import CountingHasher
from tests.support.html import page_text
from tests.support.users import PASSWORD, make_user
from tests.support.wording import said

PAUSED = (
    "Too many attempts came from your connection, so this form is paused for your security. "
    "Please try again in %(minutes)s minute."
)
PAUSED_PLURAL = PAUSED.replace("minute.", "minutes.")
ATTACKER, OFFICE = "203.0.113.7", "198.51.100.20"
LOGIN = "/admin/login/"


@pytest.fixture
def counted(settings):
    settings.PASSWORD_HASHERS = ["tests.support.hashers.CountingHasher"]
    CountingHasher.encodings = 0
    return CountingHasher


def browser(ip, language="it"):
    return Client(REMOTE_ADDR=ip, HTTP_ACCEPT_LANGUAGE=language)


def guess(client, username, password="wrong-password"):  # noqa: S107
    return client.post(LOGIN, {"username": username, "password": password})


def test_two_hundred_wrong_passwords_for_one_account_are_mostly_never_checked(db, counted):
    make_user("giulia", superuser=True)
    counted.encodings = 0
    attacker = browser(ATTACKER)
    started = time.perf_counter()
    statuses = [guess(attacker, "giulia").status_code for _ in range(200)]
    elapsed = time.perf_counter() - started
    print(f"\n200 guesses: {counted.encodings} checked, {statuses.count(429)} answered 429, {elapsed:.2f} s")
    assert counted.encodings == 5
    assert statuses[:4] == [200] * 4  # the form, shown again with its error
    assert set(statuses[4:]) == {429}  # from the fifth failure on
    # Right after, the right password from the attacker's connection is refused too...
    assert guess(attacker, "giulia", PASSWORD).status_code == 429
    assert counted.encodings == 5
    # ...while Giulia, from her office, signs in at once.
    office = browser(OFFICE)
    assert guess(office, "giulia", PASSWORD).status_code == 302
    assert office.session["_auth_user_id"]


@pytest.mark.parametrize("language", ["it", "fr"])
def test_a_refused_guess_says_when_to_try_again_in_the_readers_language(db, language):
    make_user("claire")
    attacker = browser(ATTACKER, language)
    for _ in range(4):
        guess(attacker, "claire")
    refused = guess(attacker, "claire")
    assert refused.status_code == 429
    assert 14 * 60 < int(refused["Retry-After"]) <= 15 * 60
    assert refused["Content-Language"] == language
    text = page_text(refused)
    assert said("Too many attempts", language) in text
    assert said(PAUSED, language, plural=PAUSED_PLURAL, count=15, minutes=15) in text


def test_trying_many_accounts_from_one_connection_costs_as_much_as_one(db, counted):
    attacker = browser(ATTACKER)
    statuses = [guess(attacker, f"someone-{n}").status_code for n in range(40)]
    assert counted.encodings == 20
    assert statuses.count(200) == 19 and set(statuses[19:]) == {429}
    make_user("julien")
    assert guess(browser(OFFICE), "julien", PASSWORD).status_code == 302


def test_a_refused_guess_is_cheap(db, counted, django_assert_max_num_queries):
    make_user("paola")
    attacker = browser(ATTACKER)
    for _ in range(5):
        guess(attacker, "paola")
    checked = counted.encodings
    with django_assert_max_num_queries(8):
        assert guess(attacker, "paola").status_code == 429
    assert counted.encodings == checked


@pytest.fixture
def private_page(demo_site):
    page = demo_site.page("project:care", "fr")
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="alpe")
    return page, reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])


def test_page_password_guesses_are_throttled_per_connection(private_page):
    page, unlock = private_page
    attacker = browser(ATTACKER, "fr")
    started = time.perf_counter()
    statuses = [
        attacker.post(unlock, {"password": f"essai-{n}", "return_url": page.url}).status_code
        for n in range(50)
    ]
    elapsed = time.perf_counter() - started
    checked = statuses.count(200) + 1  # the tenth wrong one is checked, then answered 429
    print(f"\n50 page-password guesses: {checked} checked, {statuses.count(429)} refused, {elapsed:.2f} s")
    assert statuses.count(200) == 9 and set(statuses[9:]) == {429}
    assert attacker.post(unlock, {"password": "alpe", "return_url": page.url}).status_code == 429
    visitor = browser(OFFICE, "fr")
    assert visitor.post(unlock, {"password": "alpe", "return_url": page.url}).status_code == 302
    assert visitor.get(page.url).status_code == 200


def test_password_reset_mails_one_address_a_few_times_only(db):
    make_user("marco", email="marco@example.org")
    attacker = browser(ATTACKER)
    reset = reverse("wagtailadmin_password_reset")
    statuses = [attacker.post(reset, {"email": "marco@example.org"}).status_code for _ in range(10)]
    assert statuses[:3] == [302] * 3 and set(statuses[3:]) == {429}
    assert len(mail.outbox) == 3
    assert browser(OFFICE).post(reset, {"email": "marco@example.org"}).status_code == 302


def test_password_reset_cannot_probe_many_addresses_from_one_connection(db):
    attacker = browser(ATTACKER)
    reset = reverse("wagtailadmin_password_reset")
    statuses = [attacker.post(reset, {"email": f"n{n}@example.org"}).status_code for n in range(12)]
    assert statuses.count(302) == 5 and set(statuses[5:]) == {429}


def test_behind_proxies_the_visitor_is_who_the_first_proxy_saw(db, settings):
    """A client writing its own X-Forwarded-For cannot pose as someone else."""
    settings.TRUSTED_PROXY_COUNT = 2
    make_user("giulia")
    for n in range(6):  # nginx appends the client, Varnish appends nginx
        forged = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}, {ATTACKER}, 127.0.0.1")
        status = guess(forged, "giulia").status_code
    assert status == 429
    office = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"{OFFICE}, 127.0.0.1")
    assert guess(office, "giulia", PASSWORD).status_code == 302
