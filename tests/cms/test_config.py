"""Configuration from the environment: embedded defaults, production components, bad input."""

import os
import secrets
import subprocess
import sys

import pytest

from cms import config
from tests.support.paths import ROOT

# Variables of this test run that a production process would not have.
CHILD_UNSET = (
    "DATABASE_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "REDIS_URL",
    "EMAIL_HOST",
    "EMAIL_URL",
)


def manage(*args, **env):
    """Run manage.py in a clean child process with only the given variables added."""
    environ = {k: v for k, v in os.environ.items() if k not in CHILD_UNSET}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_database_defaults_to_a_sqlite_file(tmp_path):
    db = config.database({}, tmp_path / "var" / "db.sqlite3")
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == str(tmp_path / "var" / "db.sqlite3")
    assert (tmp_path / "var").is_dir()


def test_postgres_url_uses_persistent_checked_connections(tmp_path):
    db = config.database({"DATABASE_URL": "postgres://cms:s3cret@db.internal:5433/alcotra"}, tmp_path / "x")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["HOST"], db["PORT"], db["NAME"], db["USER"]) == ("db.internal", 5433, "alcotra", "cms")
    assert db["CONN_MAX_AGE"] > 0 and db["CONN_HEALTH_CHECKS"] is True


@pytest.mark.parametrize(
    "url",
    [
        "nonsense",
        "postgres//cms@host/db",
        "mysql://cms@host/db",
        "postgres://host:notaport/db",
        "postgres://",
    ],
)
def test_malformed_database_url_names_the_variable(tmp_path, url):
    with pytest.raises(config.ConfigurationError, match="DATABASE_URL"):
        config.database({"DATABASE_URL": url}, tmp_path / "x")


def test_malformed_database_url_is_one_line_from_manage_py():
    result = manage("check", DATABASE_URL="postgres//oops", DJANGO_SETTINGS_MODULE="cms.settings.dev")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "DATABASE_URL" in result.stderr and "Traceback" not in result.stderr


def test_uploads_default_to_local_files_and_switch_to_s3():
    assert config.storages({})["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    s3 = config.storages(
        {"AWS_STORAGE_BUCKET_NAME": "alcotra", "AWS_S3_ENDPOINT_URL": "https://s3.example.eu"}
    )["default"]
    assert s3["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3["OPTIONS"]["bucket_name"] == "alcotra"
    assert s3["OPTIONS"]["endpoint_url"] == "https://s3.example.eu"
    assert s3["OPTIONS"]["addressing_style"] == "path"


def test_cache_defaults_to_local_memory_and_switches_to_redis():
    assert config.caches({})["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
    redis = config.caches({"REDIS_URL": "redis://127.0.0.1:6379/1"})["default"]
    assert redis["BACKEND"] == "django_redis.cache.RedisCache"
    with pytest.raises(config.ConfigurationError, match="REDIS_URL"):
        config.caches({"REDIS_URL": "127.0.0.1:6379"})


def test_production_refuses_to_start_without_secret_key():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        ALLOWED_HOSTS="alcotra.example.eu",
        EMAIL_HOST="smtp.example.eu",
    )
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE="cms.settings.production", SECRET_KEY=secrets.token_urlsafe(50)
    )
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr and "Traceback" not in result.stderr


def test_check_deploy_with_production_settings_has_no_warning():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="alcotra.example.eu",
        # Production on PostgreSQL (not connected to by `check`); SQLite gets cms.W001.
        DATABASE_URL="postgres://cms:secret@127.0.0.1:5432/cms",
        EMAIL_HOST="smtp.example.eu",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
