"""Settings shared by every environment; dev, test and production adjust them."""

import os
from datetime import timedelta
from pathlib import Path

from cms import config

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Local state (SQLite file, uploads, collected static files): git-ignored.
VAR_DIR = Path(os.environ.get("CMS_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "cms",
    "home",
    "projects",
    "news",
    "media",
    # Before wagtail_localize: its admin URLs replace some of wagtail-localize's.
    "translations",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "django_filters",
    "storages",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CSP, Permissions-Policy, CORP on every response, static files included (cms/headers.py).
    "cms.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed (Django's gzip pads its output against BREACH); static files come
    # compressed from WhiteNoise above. Then ETags, so a revisit gets 304.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # user.is_verified(): the session passed the second step (cms/two_factor/).
    "django_otp.middleware.OTPMiddleware",
    "cms.caching.PublicCacheMiddleware",
    "cms.middleware.AdminLanguageMiddleware",
    "cms.two_factor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Password guessing (cms/throttle.py): axes answers a locked-out client, around the
    # middleware that counts the forms Django does not authenticate.
    "axes.middleware.AxesMiddleware",
    "cms.throttle.ThrottleMiddleware",
]

# Axes' backend first: a locked-out (account, IP) is refused before any password hashing.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": config.database(os.environ, VAR_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
CACHES = config.caches(os.environ)
# A Redis outage is logged, not raised (cms/config.py); production logs it once a minute.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "cms.cache"
# Sessions in the database, never in the cache alone: a Redis outage logs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# What the front cache keeps (cms/caching.py); publishing purges it (cms/purge.py).
FRONT_CACHE_SECONDS = config.as_seconds(os.environ, "FRONT_CACHE_SECONDS", 3600)
FRONT_CACHE_SHORT_SECONDS = 60  # search results, which no purge reaches
FRONT_CACHE_STALE_SECONDS = 60  # served while a fresh copy is fetched
FRONT_CACHE_STALE_IF_ERROR_SECONDS = 24 * 3600  # served while the site is down
FRONT_CACHE_EXCLUDED_PATHS = ("/admin/", "/documents/", "/api/")
WAGTAILFRONTENDCACHE = config.front_cache(os.environ)
# cms/purge.py lists each language's own addresses (French slugs differ from Italian):
# Wagtail must not rewrite one language's path into the other's prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []
TASKS = config.tasks(os.environ)
STORAGES = config.storages(os.environ)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Password guessing (cms/throttle.py): failures counted per (account or form, client IP),
# refused for AXES_COOLOFF_TIME after the limit, with 429 and Retry-After.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = "cms.throttle.failure_limit"
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
# A refused attempt is not written down: it costs a lookup, and does not stretch the lock.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "cms.throttle.lockout_response"
AXES_CLIENT_IP_CALLABLE = "cms.throttle.client_ip"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "email"]
AXES_ENABLE_ADMIN = False  # no Django admin; `manage.py axes_list_attempts`, `axes_reset`
AXES_VERBOSE = False  # no version banner on every manage.py command and worker start
# Proxies in front of the application that append to X-Forwarded-For (deploy/: nginx
# and Varnish make 2). 0: the client is REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Two-step verification (cms/two_factor/): required of every account that can publish
# or manage users, offered to everyone else. Only cms.settings.dev turns it off.
TWO_FACTOR_REQUIRED = True
OTP_TOTP_ISSUER = "ALCOTRA CMS"

# Languages. Italian is the default; both must exist before the first migration,
# since Wagtail creates the default Locale from LANGUAGE_CODE.
LANGUAGE_CODE = "it"
LANGUAGES = [("it", "Italiano"), ("fr", "Français")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# When a workflow completes, the page goes live together with its ready translations.
WAGTAIL_FINISH_WORKFLOW_ACTION = "translations.finish.publish_workflow_state"
# "Translate" makes a draft in the other language, never a live copy of untranslated text
# (wagtail-localize's default publishes the copy at once when the source is live).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Rome"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/uploads/"
MEDIA_ROOT = VAR_DIR / "uploads"

# Complex page editors exceed Django's default of 1,000 form fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "ALCOTRA — Comunicazione / Communication"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search (cms/search.py): on PostgreSQL each page is stemmed in its own language, accents
# ignored, with the text search configurations of migration cms 0004; elsewhere Wagtail's
# database backend (SQLite: whole words, case and accents ignored).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "cms.search",
        "SEARCH_CONFIG": "cms_simple",  # objects without a language: images, documents, users
        "LANGUAGE_CONFIGS": {"it": "cms_italian", "fr": "cms_french"},
    }
}
# Videos (mp4, webm) and their captions (vtt) are documents too.
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
    "vtt",
    "mp4",
    "webm",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
# Images: pixels are what resizing costs (docs/images.md). 40 megapixels (8000 × 5000, any
# phone or most cameras) take the worker about 1 s and 200 MB per rendition; Wagtail's
# default, 128, took 2.9 GB and 30 s a page. cms/uploads.py says no in the editor's words.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.uploads.ImageForm"
# Past this many seconds resizing, a request shows placeholders and leaves the rest of its
# missing renditions to the worker (cms/renditions.py).
RENDITIONS_REQUEST_SECONDS = 1.0
# Nothing leaves the machine at run time.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Mail (translation requests, password resets): printed on the console unless a mail
# server is given (EMAIL_URL or EMAIL_HOST); production refuses to start without one.
globals().update(config.email(os.environ))

# Machine translation in wagtail-localize's editor: DeepL or LibreTranslate when
# configured (DEEPL_API_KEY, LIBRETRANSLATE_URL), otherwise no button at all.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = config.machine_translator(os.environ)
