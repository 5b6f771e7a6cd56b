"""The production components chosen by environment variables, exercised for real."""

import os

from django.core.cache import caches
from django.core.checks import run_checks
from django.db import connection
from django.test import override_settings

from wagtail.models import Page

from cms import config
from tests.support.components import executable, require


def test_suite_runs_on_postgresql_when_configured(demo_site):
    """CI sets DATABASE_URL=postgres://…; then every test in this run used PostgreSQL."""
    require(
        os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        "PostgreSQL not configured (set DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/NAME)",
    )
    assert connection.vendor == "postgresql"
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
    # Wagtail's database search backend runs on PostgreSQL full text search there.
    assert [p.title for p in Page.objects.live().search("SociaLab")] != []


def test_redis_cache_round_trip(local_server):
    redis_server = executable("redis-server", "/usr/bin/redis-server")
    require(redis_server, "redis-server is not installed (Debian package redis-server)")
    port = local_server(
        [redis_server, "--port", "{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    )
    with override_settings(CACHES=config.caches({"REDIS_URL": f"redis://127.0.0.1:{port}/0"})):
        cache = caches["default"]
        cache.set("greeting", {"it": "Ciao", "fr": "Bonjour"}, timeout=30)
        assert cache.get("greeting") == {"it": "Ciao", "fr": "Bonjour"}
        assert cache.client.get_client().ping()


def test_a_production_check_warns_that_sqlite_is_for_demos_only(settings):
    settings.DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "x.sqlite3"}}
    assert "cms.W001" in {message.id for message in run_checks(include_deployment_checks=True)}
    settings.DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "cms"}}
    assert "cms.W001" not in {message.id for message in run_checks(include_deployment_checks=True)}
