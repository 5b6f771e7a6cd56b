"""Security headers, graded by the HTTP Observatory's rules (tests/support/observatory.py
lists them): every public page type in both languages, the feeds, sitemap, search, API,
a document download, the 404 page and the admin's sign-in are A+ with production's
settings, with no test of the Observatory failing. The admin behind the sign-in has
its own policy (cms/headers.py); Varnish and gzip keep every header."""

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from wagtail.documents.models import Document

from cms import errors, headers
from media.video_urls import parse_video_url
from tests.support.admin import edit_form
from tests.support.demo import public_urls
from tests.support.front_cache import start_varnish
from tests.support.observatory import grade, scan
from tests.support.paths import ROOT
from tests.support.users import PASSWORD, make_user
from tests.support.worker import wait_until

# Axios's default, which the Observatory sends.
ACCEPT = "application/json, text/plain, */*"
HEADER_SETTINGS = re.compile(r"^(SECURE_|SESSION_COOKIE_|CSRF_COOKIE_|LANGUAGE_COOKIE_|X_FRAME_OPTIONS$)")
READ_PRODUCTION = """
import json, re, sys
import cms.settings.production as production
names = [name for name in dir(production) if re.match(sys.argv[1], name)]
print(json.dumps({name: getattr(production, name) for name in names}))
"""


@pytest.fixture(scope="module")
def production_headers():
    """The header settings of cms.settings.production, read in a child process (importing
    it here would change the test settings it shares cms.settings.base with)."""
    environ = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    environ.update(SECRET_KEY="x" * 50, ALLOWED_HOSTS="alcotra.example.eu", EMAIL_HOST="127.0.0.1")
    result = subprocess.run(
        [sys.executable, "-c", READ_PRODUCTION, HEADER_SETTINGS.pattern],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    values = json.loads(result.stdout)
    if values.get("SECURE_PROXY_SSL_HEADER"):
        values["SECURE_PROXY_SSL_HEADER"] = tuple(values["SECURE_PROXY_SSL_HEADER"])
    return values


@pytest.fixture
def production(settings, production_headers):
    for name, value in production_headers.items():
        setattr(settings, name, value)
    assert settings.SECURE_HSTS_SECONDS >= 15_552_000 and settings.SESSION_COOKIE_SECURE
    return settings


def policy(response_or_value):
    """A Content-Security-Policy as {directive: [sources]}."""
    value = response_or_value
    if not isinstance(value, str):
        value = response_or_value["Content-Security-Policy"]
    return {name: sources for name, *sources in (part.split() for part in value.split(";"))}


def document():
    pdf = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
    return Document.objects.create(title="Bando 2025", file=ContentFile(pdf, name="bando-2025.pdf"))


def test_every_public_response_and_the_admin_sign_in_are_graded_a_plus(demo_site, production):
    client = Client(HTTP_ACCEPT=ACCEPT)
    page = demo_site.page("project:care")
    public = ["/", *public_urls(demo_site), "/sitemap.xml", "/sitemap-pages.xml", "/robots.txt"]
    public += ["/api/v2/pages/", f"/api/v2/pages/{page.pk}/", "/api/v2/images/", "/api/v2/documents/"]
    scans = [scan(client, path) for path in public]
    # A browser asking the API for HTML gets the browsable API, with the same headers.
    scans.append(scan(Client(), "/api/v2/pages/", HTTP_ACCEPT="text/html"))
    others = [scan(client, path) for path in (document().url, "/admin/login/", "/static/css/site.css")]
    reports = [grade(each) for each in scans + others]

    below = [report for report in reports if report.grade != "A+" or report.failed]
    assert not below, "\n".join(str(report) for report in below)
    assert all(report.score >= 130 for report in reports), "\n".join(str(r) for r in reports)
    for each in scans:
        csp = policy(each.response)
        sources = [source for values in csp.values() for source in values]
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, each.url
        assert csp["default-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"], each.url
        assert csp["script-src"] == ["'self'"] and csp["frame-src"] == list(headers.VIDEO_PLAYERS), each.url
        assert "camera=()" in each.headers["Permissions-Policy"], each.url
        assert each.headers["Cross-Origin-Resource-Policy"] == "same-origin", each.url


def test_a_document_download_carries_no_invalid_content_encoding(demo_site, production):
    response = Client().get(document().url, secure=True)
    assert response.status_code == 200
    assert "Content-Encoding" not in response, response.get("Content-Encoding")
    assert response["Content-Type"] == "application/pdf"
    # Wagtail's own policy for a served file is kept: nothing in it may run.
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_has_its_own_policy_and_previews_may_be_framed_by_it_only(demo_site, production):
    client = Client(HTTP_X_FORWARDED_PROTO="https")  # as the TLS front says (SECURE_PROXY_SSL_HEADER)
    client.force_login(make_user("csp-admin", superuser=True))
    dashboard = client.get("/admin/")
    csp = policy(dashboard)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"], "Wagtail 8 writes inline scripts"
    assert "'unsafe-eval'" not in dashboard["Content-Security-Policy"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert dashboard["X-Frame-Options"] == "DENY"

    # The preview panel's frame: the page drawn through the middleware with a dummy request,
    # in the admin's response, which only the admin may frame.
    page = demo_site.page("about")
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    assert client.post(preview_url, edit_form(client, page)).json()["is_valid"]
    preview = client.get(preview_url + "?mode=")
    assert page.title in preview.content.decode()
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert preview["Content-Security-Policy"] == headers.serialize(headers.ADMIN, "'self'")
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert draft["Content-Security-Policy"] == headers.serialize(headers.ADMIN, "'none'")

    # Signed out, the admin answers with the strict sign-in policy.
    sign_in = Client().get("/admin/login/", secure=True)
    assert "'unsafe-inline'" not in sign_in["Content-Security-Policy"]


def test_a_session_and_csrf_cookie_are_secure_httponly_and_samesite(demo_site, production):
    client = Client(enforce_csrf_checks=True)
    user = make_user("csp-officer", superuser=True)
    sign_in = client.get("/admin/login/", secure=True)
    token = sign_in.cookies["csrftoken"]
    assert token["secure"] and token["samesite"] == "Lax"
    response = client.post(
        "/admin/login/",
        {"username": user.username, "password": PASSWORD, "csrfmiddlewaretoken": token.value},
        secure=True,
        HTTP_REFERER="https://testserver/admin/login/",
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"


def test_the_error_page_style_is_the_one_inline_block_the_policy_allows(rf):
    page = errors.server_error(rf.get("/it/")).content.decode()
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert styles, "templates/error_page.html has its style inline"
    for style in styles:
        digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
        assert f"'sha256-{digest}'" == headers.ERROR_PAGE_STYLE, "update ERROR_PAGE_STYLE in cms/headers.py"
    assert not re.search(r"<script(?![^>]*\bsrc=)|\son[a-z]+=|\sstyle=", page)


def test_the_players_allowed_are_those_the_consent_player_builds():
    for address in ("https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/76979871"):
        embed = parse_video_url(address).embed_url
        assert any(embed.startswith(origin + "/") for origin in headers.VIDEO_PLAYERS), embed


def test_uploads_on_another_host_are_allowed_as_images_and_media(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": "alcotra", "custom_domain": "media.alcotra.example.eu"},
        },
    }
    for kind in (headers.PUBLIC, headers.ADMIN):
        csp = policy(headers.serialize(kind, "'none'"))
        assert "https://media.alcotra.example.eu" in csp["img-src"]
        assert "https://media.alcotra.example.eu" in csp["media-src"]


@pytest.mark.django_db(transaction=True)
def test_headers_survive_varnish_and_gzip(local_server, live_server, live_demo_site, tmp_path):
    """Through deploy/varnish.vcl, a cached copy (HIT) carries the headers the application
    sent (MISS), compressed or not."""
    port = start_varnish(local_server, live_server.url, tmp_path)
    path = live_demo_site.page("video:coor-com-students", "fr").url
    names = ("Content-Security-Policy", "Permissions-Policy", "Cross-Origin-Resource-Policy")
    names += ("Cross-Origin-Opener-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy")

    def fetch(path, encoding):
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path}", headers={"Host": "localhost", "Accept-Encoding": encoding}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.headers
        except urllib.error.HTTPError:
            return None

    wait_until(lambda: fetch("/robots.txt", "gzip"), timeout=20, what="Varnish answering")
    seen = [fetch(path, encoding) for encoding in ("gzip", "gzip", "identity")]
    assert [h["X-Cache"] for h in seen] == ["MISS", "HIT", "HIT"]
    assert seen[0]["Content-Encoding"] == "gzip" and seen[2]["Content-Encoding"] is None
    for received in seen:
        assert all(received.get_all(name) and len(received.get_all(name)) == 1 for name in names), received
        assert {name: received[name] for name in names} == {name: seen[0][name] for name in names}

    # Varnish's own answers (here a purge's reply) get a strict set of their own.
    purge = urllib.request.Request(
        f"http://127.0.0.1:{port}/x/", method="PURGE", headers={"Host": "localhost"}
    )
    with urllib.request.urlopen(purge, timeout=10) as response:
        assert response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
        assert response.headers["X-Frame-Options"] == "DENY"
