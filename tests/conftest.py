"""Shared fixtures: the bilingual demo site, users, a translation, local servers.

Fixtures only: the helpers behind them, and every helper test modules share, are in tests/support/.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import boto3
import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client

from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from home.models import ContentPage
from tests.support import snapshot
from tests.support.components import S3_BUCKET, executable, free_port, require, wait_for_port
from tests.support.demo import build_demo_site, find_demo_site, keep_renditions, load_demo_data
from tests.support.pages import publish
from tests.support.two_factor import pass_second_step
from tests.support.worker import DATABASE_TASKS

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls
# made there by fixtures are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The live server on a loopback port below 32768, like every server the tests start;
# left to the kernel it would take one of the ephemeral ports clients use.
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", f"localhost:{free_port()}")


@pytest.fixture
def database_tasks(settings):
    """Tasks queued in the database, for the real worker (tests/support/worker.py) to run."""
    settings.TASKS = DATABASE_TASKS


@pytest.fixture
def local_server():
    """Start a server process on a free loopback port; stop it by its own PID afterwards."""
    started = []

    def start(command, port=None, **kwargs):
        port = port or free_port()
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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo once: database tests roll back to it; pytest-django runs
    transactional tests (which flush it) after them, and those restore its copy."""
    # Uploads of earlier runs (demo poster, video, captions, test images) would pile up.
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    with django_db_blocker.unblock():
        load_demo_data()
        keep_renditions()
        snapshot.take()


@pytest.fixture(autouse=True)
def fresh_caches():
    """Rolled-back tests reuse primary keys, so a cached rendition or footer link of an
    earlier test would describe another object: every test starts with empty caches."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True, scope="session")
def force_login_passes_second_step():
    """``Client.force_login`` skips the password and, here, the two-step code too, as
    tests about anything else need; tests/cms/two_factor/ sign in through the forms.
    For the whole session: module-scoped fixtures log their clients in too."""
    force_login = Client.force_login

    def force_login_verified(client, user, backend=None):
        force_login(client, user, backend)
        pass_second_step(client, user)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Client, "force_login", force_login_verified)
        yield


@pytest.fixture
def demo_site(db):
    return find_demo_site()


@pytest.fixture
def live_demo_site(transactional_db):
    return build_demo_site()


@pytest.fixture
def translator(client, db):
    """A logged-in superuser whose admin speaks French, as an agency's contact would."""
    user = get_user_model().objects.create_superuser("agenzia", password="pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def translation(demo_site, translator):
    """A new Italian page with a French translation started and not yet translated."""
    page = publish(
        demo_site.home_it,
        ContentPage(title="Note legali", slug="note-legali", summary="Il sito è curato dai partner ALCOTRA."),
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=demo_site.home_fr.locale)
    translation.save_target(user=translator, publish=False)
    return translation


@pytest.fixture
def s3_endpoint(local_server, monkeypatch):
    """An S3 endpoint (moto's server) on loopback with a public-read bucket, S3_BUCKET:
    (its address, a boto3 client)."""
    moto = executable("moto_server", str(Path(sys.executable).with_name("moto_server")))
    require(moto, "moto_server is not installed (pip install -r requirements-dev.txt)")
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
        "AWS_DEFAULT_REGION": "eu-south-1",
    }.items():
        monkeypatch.setenv(name, value)
    port = local_server([moto, "-H", "127.0.0.1", "-p", "{port}"])
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="eu-south-1")
    client.create_bucket(Bucket=S3_BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-south-1"})
    client.put_bucket_policy(
        Bucket=S3_BUCKET,
        Policy=(
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",'
            f'"Action":"s3:GetObject","Resource":"arn:aws:s3:::{S3_BUCKET}/*"}}]}}'
        ),
    )
    return endpoint, client
