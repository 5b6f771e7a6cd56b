"""Two app servers (gunicorn, production settings) behind Varnish (deploy/varnish.vcl,
its round-robin director), sharing PostgreSQL, Redis and an S3 bucket (moto), with the
worker sending purges, all on loopback: what an editor publishes through one server is
served fresh by the other and through the front cache, in both languages, and a
picture uploaded through one is stored once and shown by the other."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from PIL import Image as PILImage

from django.db import connection

from wagtail.images.models import Image
from wagtail.models import Collection

from tests.support.admin import browser_form, page_streams
from tests.support.components import S3_BUCKET, executable, free_port, require
from tests.support.html import soup
from tests.support.paths import ROOT
from tests.support.site_browser import SiteBrowser, editor_account
from tests.support.worker import database_url, running_worker, wait_until

pytestmark = pytest.mark.django_db(transaction=True)

SITE_HOST = "localhost"  # the demo site's hostname: purges name it, visitors ask for it
PASSWORD = "a-long-password-1"


def visit(address, path):
    """What an anonymous visitor is served at ``path`` through ``address``: (text, X-Cache)."""
    response = requests.get(address + path, headers={"Host": SITE_HOST, "Accept-Language": "it"}, timeout=60)
    assert response.status_code == 200, (address, path, response.status_code)
    return response.text, response.headers.get("X-Cache")


@pytest.fixture
def servers(live_demo_site, local_server, s3_endpoint, tmp_path):
    """Two app servers, Varnish in front of both and the worker: their addresses."""
    require(connection.vendor == "postgresql", "app servers share PostgreSQL (set DATABASE_URL)")
    redis = executable("redis-server", "/usr/bin/redis-server")
    varnishd = executable("varnishd", "/usr/sbin/varnishd")
    gunicorn = executable("gunicorn", str(Path(sys.executable).parent / "gunicorn"))
    require(
        redis and varnishd, "redis-server and varnishd are needed (Debian packages redis-server, varnish)"
    )
    redis_port = local_server(
        [redis, "--port", "{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    )
    endpoint, _client = s3_endpoint
    cache_port = free_port()
    environment = os.environ | {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "two-app-servers-" + "s" * 40,  # the same on both: one session works on either
        "ALLOWED_HOSTS": f"{SITE_HOST},127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CMS_VAR_DIR": str(tmp_path),
        "DATABASE_URL": database_url(),
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "TASKS_BACKEND": "database",
        "FRONT_CACHE_PURGE_URL": f"http://127.0.0.1:{cache_port}",
        "AWS_STORAGE_BUCKET_NAME": S3_BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "eu-south-1",
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
        # Production refuses to start without a mail server; messages become files here.
        "EMAIL_URL": f"file://{tmp_path / 'outbox'}",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=environment,
        cwd=ROOT,
        check=True,
    )
    config = str(ROOT / "deploy" / "gunicorn.conf.py")
    app_ports = [
        local_server(
            [gunicorn, "-c", config, "--bind", "127.0.0.1:{port}", "--workers", "1", "cms.wsgi"],
            env=environment,
            cwd=ROOT,
        )
        for _server in range(2)
    ]
    vcl = (ROOT / "deploy" / "varnish.vcl").read_text()
    vcl = vcl.replace('.port = "8000"', f'.port = "{app_ports[0]}"')
    second = vcl[vcl.index("backend app1 {") : vcl.index("sub vcl_init")].replace("app1", "app2")
    second = second.replace(f'.port = "{app_ports[0]}"', f'.port = "{app_ports[1]}"')
    vcl = vcl.replace("sub vcl_init {", second + "sub vcl_init {")
    vcl = vcl.replace("apps.add_backend(app1);", "apps.add_backend(app1);\n    apps.add_backend(app2);")
    (tmp_path / "site.vcl").write_text(vcl)
    local_server(
        [varnishd, "-F", "-j", "none", "-n", str(tmp_path / "varnish"), "-a", "127.0.0.1:{port}"]
        + ["-f", str(tmp_path / "site.vcl"), "-s", "malloc,32m", "-p", "ban_lurker_sleep=0.01"],
        port=cache_port,
    )
    cache = f"http://127.0.0.1:{cache_port}"
    healthy = lambda: requests.get(cache + "/robots.txt", headers={"Host": SITE_HOST}, timeout=10).ok  # noqa: E731
    wait_until(healthy, timeout=30, what="Varnish finding its backends healthy")
    worker_environment = {key: environment[key] for key in ("FRONT_CACHE_PURGE_URL", "REDIS_URL")}
    with running_worker(tmp_path / "worker.log", "--schedule-every", "0", environment=worker_environment):
        yield [f"http://127.0.0.1:{port}" for port in app_ports], cache


def publish_title(editor, page, title):
    """The editor changes ``page``'s title in its edit form and presses Publish."""
    path = f"/admin/pages/{page.pk}/edit/"
    form = browser_form(editor.get(path), streams=page_streams(page), title=title)
    response = editor.post(path, {**form, "action-publish": "1"})
    assert response.status_code == 302, response.text[:500]


def test_published_through_one_server_is_fresh_on_the_other_and_through_the_cache(servers, live_demo_site):
    (first, second), cache = servers
    editor_account("redattrice", PASSWORD)
    pages = {
        "it": (live_demo_site.page("project:coor-com", "it"), live_demo_site.page("projects", "it")),
        "fr": (
            live_demo_site.page("news:care-alcotra-jeunes", "fr"),
            live_demo_site.page("news-index:site", "fr"),
        ),
    }
    for page, listing in pages.values():
        for path in (page.url, listing.url):
            visit(cache, path)
            assert visit(cache, path)[1] == "HIT", path

    # Italian through the first server, French through the second (each its source
    # language: a translation is edited in wagtail-localize's editor); each read on the other.
    for language, through, other in (("it", first, second), ("fr", second, first)):
        editor = SiteBrowser(through)
        editor.log_in("redattrice", PASSWORD)
        page, listing = pages[language]
        new_title = f"{page.title} ({language}, pubblicato da {through.rsplit(':', 1)[1]})"
        publish_title(editor, page, new_title)
        assert new_title in visit(other, page.url)[0]
        assert new_title in visit(other, listing.url)[0]
        for path in (page.url, listing.url):
            fresh = lambda path=path, title=new_title: title in visit(cache, path)[0]  # noqa: E731
            wait_until(fresh, timeout=60, what=f"{path} purged")


def test_a_picture_uploaded_through_one_server_is_shown_by_the_other(servers, s3_endpoint):
    (first, second), _cache = servers
    endpoint, client = s3_endpoint
    editor_account("redattrice", PASSWORD)
    uploader, viewer = SiteBrowser(first), SiteBrowser(second)
    uploader.log_in("redattrice", PASSWORD)
    viewer.log_in("redattrice", PASSWORD)
    picture = io.BytesIO()
    PILImage.new("RGB", (640, 400), (11, 79, 138)).save(picture, "PNG")
    assert uploader.get("/admin/images/add/").status_code == 200
    response = uploader.post(
        "/admin/images/add/",
        {"title": "Moncenisio", "collection": str(Collection.get_first_root_node().pk)},
        files={"file": ("moncenisio.png", picture.getvalue(), "image/png")},
    )
    assert response.status_code == 302, response.text[:500]
    image = Image.objects.get(title="Moncenisio")
    keys = {item["Key"] for item in client.list_objects_v2(Bucket=S3_BUCKET)["Contents"]}
    assert image.file.name in keys

    # The other server draws its preview from the original in the bucket, into the bucket.
    shown = soup(viewer.get(f"/admin/images/{image.pk}/"))
    previews = [
        img["src"] for img in shown.select("img[src]") if img["src"].startswith(f"{endpoint}/{S3_BUCKET}/")
    ]
    assert previews, "no preview from the bucket"
    served = requests.get(previews[0], timeout=30)
    assert served.status_code == 200
    assert PILImage.open(io.BytesIO(served.content)).size[0] <= 800
