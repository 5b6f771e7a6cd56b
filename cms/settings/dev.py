"""Local development: debug on, a fixed throwaway key, embedded defaults."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# The demo's moderators log in with their password alone (docs/security.md): two-step
# verification is offered under Account, required in production and in the tests.
TWO_FACTOR_REQUIRED = False

# WhiteNoise serves from the app folders directly; no collectstatic needed here.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
