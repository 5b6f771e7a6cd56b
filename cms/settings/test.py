"""The test suite: fast hashing, a throwaway upload folder.

DATABASE_URL still chooses the database, so CI runs the same suite on PostgreSQL.
"""

import os

from cms import config

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 (tests only)
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = VAR_DIR / "test-uploads"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # A file rather than memory, so a worker process the tests start (`manage.py
    # worker`) reads the same test database, as it does on PostgreSQL.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}  # noqa: F405
# Tasks run at once, where they are queued; tests of the worker itself start
# `manage.py worker` with TASKS_BACKEND=database (tests/cms/test_worker.py).
TASKS = config.tasks(os.environ, default="immediate")

# WhiteNoise serves from the app folders directly; no collectstatic needed here.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
