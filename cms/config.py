"""Read the site's configuration from environment variables.

Every production component (PostgreSQL, S3, Redis) is chosen by one variable and
every default is embedded, so a newcomer needs nothing but Python. Each function
takes the environment as a mapping so tests can call it without touching
``os.environ``. A bad value raises ``ConfigurationError`` with a one-line message
naming the variable; ``manage.py`` prints that line instead of a traceback.
"""

from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url

from django.core.exceptions import ImproperlyConfigured

SUPPORTED_DATABASE_SCHEMES = ("postgres", "postgresql", "sqlite")
# Short: a component that does not answer quickly is treated as down (docs: deploy/README.md).
DATABASE_CONNECT_SECONDS = 5
REDIS_CONNECT_SECONDS = 0.5
REDIS_SECONDS = 1
# SQLite, for the demo and development: a transaction takes the write lock when it
# begins, so two requests writing at once (an autosave and a button) queue for up to
# 20 s instead of one failing at once with "database is locked".
SQLITE_OPTIONS = {"timeout": 20, "transaction_mode": "IMMEDIATE"}


class ConfigurationError(ImproperlyConfigured):
    """A setting read from the environment is missing or malformed."""


def required(environ, name):
    """Return a non-empty variable, or fail naming it."""
    value = environ.get(name, "").strip()
    if not value:
        raise ConfigurationError(f"The environment variable {name} is required and is not set.")
    return value


def as_bool(environ, name, default=False):
    value = environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ConfigurationError(f"{name} must be true or false, not {value!r}.")


def as_seconds(environ, name, default):
    value = environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number of seconds (got {value!r}).") from None
    if number < 0:
        raise ConfigurationError(f"{name} must not be negative (got {value!r}).")
    return number


def as_list(environ, name):
    return [item.strip() for item in environ.get(name, "").split(",") if item.strip()]


def database(environ, default_sqlite_path: Path):
    """DATABASES["default"] from DATABASE_URL, or a SQLite file by default."""
    url = environ.get("DATABASE_URL", "").strip()
    if not url:
        default_sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(default_sqlite_path),
            "OPTIONS": dict(SQLITE_OPTIONS),
        }
    example = "expected postgres://USER:PASSWORD@HOST:PORT/NAME or sqlite:///PATH"
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in SUPPORTED_DATABASE_SCHEMES:
        raise ConfigurationError(f"DATABASE_URL is malformed or of an unsupported kind ({example}).")
    try:
        config = dj_database_url.parse(url, conn_max_age=600, conn_health_checks=True)
    except (ValueError, dj_database_url.ParseError) as exc:
        raise ConfigurationError(f"DATABASE_URL is malformed ({example}): {exc}") from None
    if not config.get("NAME"):
        raise ConfigurationError(f"DATABASE_URL names no database ({example}).")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # SQLite connections are cheap and file-bound: no persistent connections.
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    else:
        # An unreachable server fails a request in seconds (a 503, cms/errors.py) rather
        # than holding a gunicorn worker until its timeout; ?connect_timeout= overrides.
        config.setdefault("OPTIONS", {}).setdefault("connect_timeout", DATABASE_CONNECT_SECONDS)
    return config


def storages(environ):
    """STORAGES: local files by default, S3 when AWS_STORAGE_BUCKET_NAME is set."""
    result = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        # Production swaps in WhiteNoise's compressed manifest storage.
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if bucket:
        options = {
            "bucket_name": bucket,
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Uploads are public content (images on public pages); no signed URLs.
            "querystring_auth": as_bool(environ, "AWS_QUERYSTRING_AUTH", False),
            "default_acl": None,
            "file_overwrite": False,
            # Path-style ("endpoint/bucket/key") works with every S3 provider.
            "addressing_style": "path" if as_bool(environ, "AWS_S3_PATH_STYLE", True) else "virtual",
        }
        result["default"] = {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {key: value for key, value in options.items() if value is not None},
        }
    return result


def caches(environ):
    """CACHES: local memory by default, Redis when REDIS_URL is set."""
    url = environ.get("REDIS_URL", "").strip()
    if not url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigurationError("REDIS_URL is malformed (expected redis://HOST:PORT/DB).")
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # Redis down or slow: the cache acts empty and the site keeps serving,
                # each error logged (DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS in settings).
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_CONNECT_SECONDS,
                "SOCKET_TIMEOUT": REDIS_SECONDS,
            },
        }
    }


def front_cache(environ):
    """WAGTAILFRONTENDCACHE: Varnish (or any cache taking HTTP PURGE) at
    FRONT_CACHE_PURGE_URL; none by default. deploy/varnish.vcl is the configuration."""
    url = environ.get("FRONT_CACHE_PURGE_URL", "").strip()
    if not url:
        return {}
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError("FRONT_CACHE_PURGE_URL must start with http:// or https://.")
    return {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}}


TASK_BACKENDS = {
    # Queued in the database, run by `manage.py worker`: the default everywhere, so
    # `make run` runs what production runs, with no server beyond the database.
    "database": "django_tasks_db.DatabaseBackend",
    # Run at once, inside the request or command that queues them: the test suite's.
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def tasks(environ, default="database"):
    """TASKS: where background work (bulk translation, Wagtail's search and reference
    index updates, front-cache purges) is queued, from TASKS_BACKEND."""
    name = environ.get("TASKS_BACKEND", "").strip() or default
    if name not in TASK_BACKENDS:
        raise ConfigurationError(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)} (got {name!r}).")
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


def machine_translator(environ):
    """wagtail-localize's machine translator: DeepL with DEEPL_API_KEY, LibreTranslate
    with LIBRETRANSLATE_URL, none otherwise (the editor then shows no such button)."""
    deepl_key = environ.get("DEEPL_API_KEY", "").strip()
    if deepl_key:
        return {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": deepl_key},
        }
    libretranslate = environ.get("LIBRETRANSLATE_URL", "").strip()
    if libretranslate:
        if not libretranslate.startswith(("http://", "https://")):
            raise ConfigurationError("LIBRETRANSLATE_URL must start with http:// or https://.")
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": libretranslate.rstrip("/"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    return None


# EMAIL_URL schemes: (backend, TLS setting, default port).
SMTP = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_SCHEMES = {
    "smtp": (SMTP, None, 25),  # plain, to a relay on the machine or the private network
    "smtp+tls": (SMTP, "EMAIL_USE_TLS", 587),  # STARTTLS
    "smtps": (SMTP, "EMAIL_USE_SSL", 465),
}
NO_MAIL_SERVER = (
    "No mail server is configured: set EMAIL_HOST (or EMAIL_URL, e.g. smtp+tls://USER:PASSWORD@HOST:587). "
    "Password-reset links are sent by email, never printed in the log."
)


def email(environ, required=False):
    """The EMAIL_* settings: from EMAIL_URL (``smtp://``, ``smtp+tls://``, ``smtps://``, or
    ``file:///PATH`` for messages written as files, chosen explicitly for tests and
    staging), else from EMAIL_HOST and its companions, else the console (development
    only: ``required`` refuses it, as production does)."""
    settings = {"DEFAULT_FROM_EMAIL": environ.get("DEFAULT_FROM_EMAIL", "ALCOTRA CMS <noreply@localhost>")}
    url = environ.get("EMAIL_URL", "").strip()
    host = environ.get("EMAIL_HOST", "").strip()
    if url:
        parts = urlsplit(url)
        if parts.scheme == "file" and parts.path:
            return settings | {
                "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                "EMAIL_FILE_PATH": unquote(parts.path),
            }
        if parts.scheme not in EMAIL_SCHEMES or not parts.hostname:
            raise ConfigurationError(
                "EMAIL_URL must be smtp://, smtp+tls://, smtps://HOST[:PORT] or file:///PATH "
                f"(got {parts.scheme!r}://…)."
            )
        backend, tls, port = EMAIL_SCHEMES[parts.scheme]
        return settings | {
            "EMAIL_BACKEND": backend,
            "EMAIL_HOST": parts.hostname,
            "EMAIL_PORT": parts.port or port,
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_TLS": tls == "EMAIL_USE_TLS",
            "EMAIL_USE_SSL": tls == "EMAIL_USE_SSL",
        }
    if host:
        return settings | {
            "EMAIL_BACKEND": SMTP,
            "EMAIL_HOST": host,
            "EMAIL_PORT": int(environ.get("EMAIL_PORT", "587")),
            "EMAIL_HOST_USER": environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_TLS": as_bool(environ, "EMAIL_USE_TLS", True),
        }
    if required:
        raise ConfigurationError(NO_MAIL_SERVER)
    return settings | {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend", "EMAIL_HOST": ""}
