"""Issue 13: production never prints password-reset links. It refuses to start without a
mail server, `check --deploy` names a backend that would print or drop mail, and the app
server's access log hides reset tokens."""

import datetime
import os
import runpy
import secrets
import subprocess
import sys
from types import SimpleNamespace

import pytest

from django.core.checks import run_checks

from cms import config
from tests.support.paths import ROOT

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "alcotra.example.eu",
    "DATABASE_URL": "postgres://cms:secret@127.0.0.1:5432/cms",  # not connected to by `check`
}
# Variables of this test run that a production process would not have.
CHILD_UNSET = (
    "DATABASE_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "REDIS_URL",
    "EMAIL_HOST",
    "EMAIL_URL",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def production_check(**env):
    """`manage.py check --deploy` in a production process with only ``env`` added."""
    environ = {k: v for k, v in os.environ.items() if k not in CHILD_UNSET} | PRODUCTION | env
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "ERROR"],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_mail_server():
    result = production_check()
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0, result.stderr  # one line, no traceback
    assert "EMAIL_HOST" in result.stderr and "Password-reset links" in result.stderr


@pytest.mark.parametrize(
    "env", [{"EMAIL_HOST": "smtp.example.eu"}, {"EMAIL_URL": "smtp+tls://cms:secret@smtp.example.eu"}]
)
def test_production_starts_with_a_mail_server(env):
    result = production_check(**env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_mail_server_by_url():
    tls = config.email({"EMAIL_URL": "smtp+tls://cms%40example.eu:p%2Fss@smtp.example.eu"})
    assert tls["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert (tls["EMAIL_HOST"], tls["EMAIL_PORT"], tls["EMAIL_USE_TLS"], tls["EMAIL_USE_SSL"]) == (
        "smtp.example.eu",
        587,
        True,
        False,
    )
    assert (tls["EMAIL_HOST_USER"], tls["EMAIL_HOST_PASSWORD"]) == ("cms@example.eu", "p/ss")
    ssl = config.email({"EMAIL_URL": "smtps://smtp.example.eu"})
    assert (ssl["EMAIL_PORT"], ssl["EMAIL_USE_SSL"], ssl["EMAIL_USE_TLS"]) == (465, True, False)
    relay = config.email({"EMAIL_URL": "smtp://127.0.0.1:2525"})
    assert (relay["EMAIL_PORT"], relay["EMAIL_USE_TLS"]) == (2525, False)
    files = config.email({"EMAIL_URL": "file:///srv/outbox"}, required=True)
    assert (
        files["EMAIL_BACKEND"].endswith("filebased.EmailBackend")
        and files["EMAIL_FILE_PATH"] == "/srv/outbox"
    )


def test_a_wrong_mail_url_is_refused_without_showing_its_password():
    with pytest.raises(config.ConfigurationError, match="EMAIL_URL") as refused:
        config.email({"EMAIL_URL": "imap://cms:hunter2@mail.example.eu"})
    assert "hunter2" not in str(refused.value)


def test_development_prints_mail_and_production_refuses_to():
    assert config.email({})["EMAIL_BACKEND"].endswith("console.EmailBackend")
    with pytest.raises(config.ConfigurationError, match="EMAIL_HOST"):
        config.email({}, required=True)


@pytest.mark.parametrize(
    ("backend", "host", "expected"),
    [
        ("django.core.mail.backends.console.EmailBackend", "", "cms.E001"),
        ("django.core.mail.backends.smtp.EmailBackend", "", "cms.E001"),
        ("django.core.mail.backends.filebased.EmailBackend", "", "cms.W002"),
        ("django.core.mail.backends.smtp.EmailBackend", "smtp.example.eu", None),
    ],
)
def test_the_deploy_check_names_a_backend_that_would_print_reset_links(settings, backend, host, expected):
    """A settings module of one's own built on production could still choose the console."""
    settings.EMAIL_BACKEND, settings.EMAIL_HOST = backend, host
    found = {message.id for message in run_checks(include_deployment_checks=True)} & {"cms.E001", "cms.W002"}
    assert found == ({expected} if expected else set())


def test_the_app_servers_access_log_hides_reset_tokens():
    from gunicorn.config import Config

    logger = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))["RedactingLogger"](Config())
    token = "cb4x2m-0f3d9a1b7c5e8f2a4b6d"
    path = f"/admin/password_reset/confirm/MQ/{token}/"
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": path,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": f"https://alcotra.example.eu{path}",
    }
    atoms = logger.atoms(
        SimpleNamespace(status="302 Found", headers=[], sent=0),
        SimpleNamespace(headers=[("REFERER", f"https://alcotra.example.eu{path}")]),
        environ,
        datetime.timedelta(milliseconds=5),
    )
    line = logger.cfg.access_log_format % atoms
    assert token not in line and "/admin/password_reset/confirm/MQ/[token]/" in line
    assert not [value for value in atoms.values() if isinstance(value, str) and token in value]
