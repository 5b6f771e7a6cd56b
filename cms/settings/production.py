"""Production: every secret from the environment, refusing to start without them.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), a mail server (EMAIL_HOST or
EMAIL_URL: password-reset links go by email, never to the log). Optional: DATABASE_URL,
REDIS_URL, AWS_* (S3 uploads), CSRF_TRUSTED_ORIGINS, SECURE_SSL_REDIRECT,
TRUSTED_PROXY_COUNT. Two-step verification is always required here (base.py).
"""

import os

from cms import config

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = config.required(os.environ, "SECRET_KEY")
ALLOWED_HOSTS = config.as_list(os.environ, "ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise config.ConfigurationError(
        "The environment variable ALLOWED_HOSTS is required and is not set "
        "(comma-separated host names, e.g. www.example.eu)."
    )
CSRF_TRUSTED_ORIGINS = config.as_list(os.environ, "CSRF_TRUSTED_ORIGINS")
# Without a mail server the console backend would print password-reset links in the log.
globals().update(config.email(os.environ, required=True))

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# HTTPS everywhere; the load balancer terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The visitor's address, for login throttling (cms/throttle.py): nginx and Varnish
# (deploy/) each append to X-Forwarded-For. Set it to the number of proxies you run.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "2"))
TWO_FACTOR_REQUIRED = True  # whatever a settings module above says
SECURE_SSL_REDIRECT = config.as_bool(os.environ, "SECURE_SSL_REDIRECT", True)
# Load balancers probe the app servers over plain HTTP (cms/health.py).
SECURE_REDIRECT_EXEMPT = [r"^health/$", r"^ready/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Redis down: one line a minute per process, with the count, not one per cache call.
    "filters": {"once_a_minute": {"()": "cms.health.OncePerInterval"}},
    "loggers": {"cms.cache": {"filters": ["once_a_minute"]}},
}
