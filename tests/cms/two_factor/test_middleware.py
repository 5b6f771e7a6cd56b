"""No admin URL, whoever registered it, opens to a password alone when the account must
use two-step verification (cms/two_factor/middleware.py)."""

import re

import pytest

from django.test import Client
from django.urls import get_resolver, resolve
from django.urls.resolvers import RoutePattern, URLResolver

from wagtail.models import PageViewRestriction

from cms.two_factor.middleware import OPEN
from tests.support.two_factor import authenticator
from tests.support.users import PASSWORD, make_user
from translations.roles import MODERATORS, TRANSLATORS, plan_group_name

SAMPLES = {"int": "1", "uuid": "00000000-0000-0000-0000-000000000000"}


def concrete(parts):
    """A path that the pattern ``parts`` matches, its parameters filled with samples."""
    path = ""
    for part in parts:
        if isinstance(part, RoutePattern):
            path += re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES.get(m.group(1), "x"), str(part))
        else:
            regex = re.sub(r"\(\?P<\w+>[^)]*\)", "1", str(part)).replace(".*", "x")
            path += regex.strip("^$").replace("\\", "")
    return "/" + path


def admin_paths(resolver=None, parts=()):
    """Every admin URL pattern the resolver knows: Wagtail's, wagtail-localize's, the
    admin API's, this project's."""
    for pattern in (resolver or get_resolver()).url_patterns:
        here = (*parts, pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from admin_paths(pattern, here)
        elif str(here[0]) == "admin/":
            yield concrete(here)


def signed_in_with_password(username):
    client = Client()
    assert client.post("/admin/login/", {"username": username, "password": PASSWORD}).status_code == 302
    return client


def test_the_sweep_covers_every_kind_of_admin_url(db):
    """Each sample path resolves, and among them are wagtail-localize's and the admin API's."""
    matches = [resolve(path) for path in admin_paths()]
    assert len(matches) > 250
    views = {match.view_name for match in matches}
    assert {
        "wagtailadmin_pages:edit",
        "wagtail_localize:translations_report",
        "translations_overview",
        "wagtailadmin_api:pages:listing",
    } <= views


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_moderator_without_a_device_is_sent_to_set_one_up_from_every_admin_url(db, method):
    make_user("giulia", MODERATORS)
    client = signed_in_with_password("giulia")
    let_through = []
    for path in admin_paths():
        if resolve(path).url_name in OPEN | {"cms_two_factor_setup"}:
            continue
        response = getattr(client, method)(path)
        if response.status_code != 302 or not response["Location"].startswith("/admin/two-factor/setup/"):
            let_through.append((path, response.status_code))
    assert let_through == []


def test_a_user_with_a_device_is_asked_for_the_code_on_every_admin_url(db):
    authenticator(make_user("claire", TRANSLATORS["fr"], language="fr"))
    client = signed_in_with_password("claire")
    let_through = [
        path
        for path in admin_paths()
        if resolve(path).url_name not in OPEN | {"cms_two_factor_verify"}
        and not client.get(path).get("Location", "").startswith("/admin/two-factor/verify/")
    ]
    assert let_through == []


def test_the_code_form_remembers_where_the_person_was_going(db):
    authenticator(make_user("giulia", MODERATORS))
    client = signed_in_with_password("giulia")
    response = client.get("/admin/pages/search/?q=care")
    assert response["Location"] == "/admin/two-factor/verify/?next=/admin/pages/search/%3Fq%3Dcare"


def test_who_must_use_two_step_verification(demo_site):
    officer = make_user("paola", plan_group_name(demo_site.page("plan:pro-sol")))
    for user in (make_user("giulia", MODERATORS), make_user("root", superuser=True), officer):
        assert (
            signed_in_with_password(user.username)
            .get("/admin/")["Location"]
            .startswith("/admin/two-factor/setup/")
        )
    make_user("marco", TRANSLATORS["it"])
    assert signed_in_with_password("marco").get("/admin/").status_code == 200


def test_a_password_alone_opens_no_private_page_either(demo_site):
    page = demo_site.page("project:care", "fr")
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    make_user("giulia", MODERATORS)
    half = signed_in_with_password("giulia")
    assert half.get(page.url).status_code == 302  # to the login form, as for anyone signed out
    full = Client()
    full.force_login(make_user("giulia2", MODERATORS))  # passes the second step (tests/conftest.py)
    assert full.get(page.url).status_code == 200


def test_development_settings_leave_it_optional(db, settings):
    settings.TWO_FACTOR_REQUIRED = False
    make_user("giulia", MODERATORS)
    assert signed_in_with_password("giulia").get("/admin/").status_code == 200
