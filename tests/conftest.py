"""Shared fixtures: the bilingual demo site, and how a missing component is reported.

Locally a test that needs a component this machine lacks (Chromium, PostgreSQL,
GNU gettext, Redis) is skipped with its reason; under CI (``CI=true``, set by
.ci/run) the same test fails, so CI can never pass by skipping.
"""

import os
import secrets
import shutil
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from io import StringIO

import pytest

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Collection, Locale, Page

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls
# made there by fixtures are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(available, reason):
    """Skip when a component is missing, except under CI where it must be present."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def free_port():
    """A free loopback port below 32768 (the ephemeral range above it belongs to clients)."""
    for _attempt in range(100):
        port = 20000 + secrets.randbelow(12000)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 20000 and 32000")


def wait_for_port(port, process, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with status {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start within {timeout} s")


@pytest.fixture
def local_server():
    """Start a server process on a free loopback port; stop it by its own PID afterwards."""
    started = []

    def start(command, **kwargs):
        port = free_port()
        process = subprocess.Popen(
            [part.format(port=port) for part in command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **kwargs,
        )
        started.append(process)
        wait_for_port(port, process)
        return port

    yield start
    for process in started:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def executable(name, *candidates):
    """The first existing path among candidates, or the name found on PATH."""
    for candidate in candidates:
        if candidate and os.path.exists(candidate):
            return candidate
    return shutil.which(name)


def ensure_wagtail_root():
    """Recreate what Wagtail's data migrations make, after a transactional test flushed it."""
    Locale.objects.get_or_create(language_code="it")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="it")))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    # wagtail-localize's permission comes from a data migration too.
    Permission.objects.get_or_create(
        content_type=ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")[0],
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


@dataclass
class DemoSite:
    home_it: Page
    home_fr: Page
    about_it: Page
    about_fr: Page

    def page(self, key, language="it"):
        """A demo page by its demo key (see cms/demo), e.g. ``page("project:care", "fr")``."""
        from demo.builder import DEMO_NAMESPACE

        translation_key = uuid.uuid5(DEMO_NAMESPACE, key)
        return Page.objects.get(translation_key=translation_key, locale__language_code=language).specific


def load_demo_data():
    ensure_wagtail_root()
    # wagtail-localize publishes translations on commit; inside a test's
    # transaction nothing commits, so run those callbacks here.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", stdout=StringIO())


def find_demo_site():
    italian, french = Locale.objects.get(language_code="it"), Locale.objects.get(language_code="fr")
    home_it = Page.objects.get(depth=2, locale=italian).specific
    about_it = home_it.get_children().get(slug="chi-siamo").specific
    return DemoSite(
        home_it=home_it,
        home_fr=home_it.get_translation(french).specific,
        about_it=about_it,
        about_fr=about_it.get_translation(french).specific,
    )


def build_demo_site():
    load_demo_data()
    return find_demo_site()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo once: database tests roll back to it; pytest-django runs
    transactional tests (which flush it) after them, and those rebuild it."""
    # Uploads of earlier runs (demo poster, video, captions, test images) would pile up.
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    with django_db_blocker.unblock():
        load_demo_data()


@pytest.fixture(autouse=True)
def fresh_caches():
    """Rolled-back tests reuse primary keys, so a cached rendition or footer link of an
    earlier test would describe another object: every test starts with empty caches."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture
def demo_site(db):
    return find_demo_site()


@pytest.fixture
def live_demo_site(transactional_db):
    return build_demo_site()


@pytest.fixture
def translator(client, db):
    """A logged-in superuser whose admin speaks French, as an agency's contact would."""
    from django.contrib.auth import get_user_model

    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("agenzia", password="pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def translation(demo_site, translator):
    """A new Italian page with a French translation started and not yet translated."""
    from wagtail_localize.models import Translation, TranslationSource

    from home.models import ContentPage
    from tests.pages import publish

    page = publish(
        demo_site.home_it,
        ContentPage(title="Note legali", slug="note-legali", summary="Il sito è curato dai partner ALCOTRA."),
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=demo_site.home_fr.locale)
    translation.save_target(user=translator, publish=False)
    return translation
