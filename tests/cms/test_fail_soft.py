"""Components fail soft: Redis stopped, the site keeps serving and editors keep working;
PostgreSQL stopped, every request is a 503 with Retry-After in the visitor's language,
and the site recovers by itself when it is back; /health/ and /ready/ say which.

The end-to-end tests run gunicorn with the production settings against real servers on
loopback, each started here and stopped by its own PID (PostgreSQL: its own throwaway
cluster, never the one of DATABASE_URL that this test session uses).
"""

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
import requests

from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, InterfaceError, OperationalError, connection
from django.test import override_settings

from cms import config, errors, freshness, health
from cms.errors import server_error
from cms.management.commands.worker import Scheduler
from tests.support.admin import browser_form, page_streams
from tests.support.components import S3_BUCKET, executable, free_port, require, wait_for_port
from tests.support.demo import DEMO_KEYS, LANGUAGES
from tests.support.html import soup
from tests.support.paths import ROOT
from tests.support.site_browser import SiteBrowser, editor_account
from tests.support.wording import said
from tests.support.worker import database_url

SITE_HOST = "localhost"  # the demo site's hostname, and Wagtail's default site's
PASSWORD = "a-long-password-1"
WORKERS = 2
# Variables of the test run naming components: the app servers get only this test's.
COMPONENTS = ("DATABASE_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "FRONT_CACHE_PURGE_URL")


def dead_redis():
    """CACHES for a Redis nobody listens to, as production configures it."""
    return config.caches({"REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})


# Unit level: configuration, the cache acting empty, the error and health views.


def test_redis_errors_are_ignored_quickly_and_sessions_live_in_the_database():
    options = config.caches({"REDIS_URL": "redis://cache.internal:6379/0"})["default"]["OPTIONS"]
    assert options["IGNORE_EXCEPTIONS"] is True
    assert options["SOCKET_CONNECT_TIMEOUT"] <= 1 and options["SOCKET_TIMEOUT"] <= 1
    assert settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS is True
    assert settings.SESSION_ENGINE.rsplit(".", 1)[1] in ("db", "cached_db"), "never the cache alone"
    database = config.database({"DATABASE_URL": "postgres://cms:pw@db.internal/cms"}, Path("x"))
    assert 0 < database["OPTIONS"]["connect_timeout"] <= 10
    assert database["CONN_HEALTH_CHECKS"] is True


def test_with_redis_down_the_cache_acts_empty_and_logs(caplog, db):
    with override_settings(CACHES=dead_redis()), caplog.at_level(logging.ERROR, logger="cms.cache"):
        cache = caches["default"]
        started = time.monotonic()
        cache.set("greeting", "ciao")
        assert cache.get("greeting") is None
        assert cache.add("lock", True) is None
        computed = []
        for _visit in range(2):
            assert freshness.kept("sections", ["home"], lambda: computed.append(1) or "list") == "list"
        freshness.renew()
        assert computed == [1, 1], "computed for each visitor while the cache is away"
        assert time.monotonic() - started < 2
        assert Scheduler(every=60).claim() is True, "scheduled publishing runs without the lock"
    assert any(record.exc_info for record in caplog.records)


def test_the_outage_log_says_once_a_minute_how_many_it_held_back():
    once = health.OncePerInterval(seconds=60)
    line = ("cms.cache", logging.ERROR, __file__, 1, "Exception ignored", (), None)
    records = [logging.LogRecord(*line) for _ in range(4)]
    assert [once.filter(record) for record in records] == [True, False, False, False]
    once.passed_at -= 61
    assert once.filter(records[0]) is True
    assert records[0].getMessage() == "Exception ignored (and 3 more since the last report)"


@pytest.mark.parametrize(
    "exception",
    [OperationalError("connection refused"), InterfaceError("connection already closed")],
)
@pytest.mark.parametrize(("path", "language"), [("/it/progetti/", "it"), ("/fr/projets/", "fr")])
def test_an_unreachable_database_is_a_503_with_retry_after(
    rf, db, django_assert_num_queries, monkeypatch, exception, path, language
):
    monkeypatch.setattr(errors, "database_answers", lambda: False)
    request = rf.get(path, HTTP_ACCEPT_LANGUAGE="de")
    try:
        raise RuntimeError("rendering the page failed") from exception
    except RuntimeError:
        with django_assert_num_queries(0):
            response = server_error(request)
    assert_unavailable_page(response, language)


@pytest.mark.parametrize(
    "exception", [IntegrityError("duplicate key"), OperationalError("Expression tree is too large")]
)
def test_a_faulty_query_stays_a_500(rf, db, exception):
    """SQLite's OperationalError is also a faulty query when the database still answers;
    PostgreSQL's is a connection's (a faulty query there is a ProgrammingError)."""
    outage = isinstance(exception, OperationalError) and connection.vendor != "sqlite"
    try:
        raise exception
    except type(exception):
        response = server_error(rf.get("/fr/"))
    assert response.status_code == (503 if outage else 500)
    assert ("Retry-After" in response) == outage


def test_health_answers_without_any_component(client, db, django_assert_num_queries):
    with override_settings(CACHES=dead_redis()), django_assert_num_queries(0):
        response = client.get("/health/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]


def test_ready_checks_database_cache_and_storage(client, db):
    response = client.get("/ready/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "failing": [],
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert "no-store" in response["Cache-Control"]
    with override_settings(CACHES=dead_redis()):
        response = client.get("/ready/")
    assert response.status_code == 503
    assert response.json()["failing"] == ["cache"]


def test_ready_asks_the_s3_bucket(client, db, s3_endpoint, settings):
    endpoint, _client = s3_endpoint
    environment = {"AWS_S3_ENDPOINT_URL": endpoint, "AWS_S3_REGION_NAME": "eu-south-1"}
    settings.STORAGES = config.storages({**environment, "AWS_STORAGE_BUCKET_NAME": S3_BUCKET})
    assert client.get("/ready/").json()["checks"]["storage"] == "ok"
    settings.STORAGES = config.storages({**environment, "AWS_STORAGE_BUCKET_NAME": "no-such-bucket"})
    response = client.get("/ready/")
    assert (response.status_code, response.json()["failing"]) == (503, ["storage"])


def test_ready_names_a_failing_or_hanging_component_and_nothing_secret(client, monkeypatch):
    def refused():
        raise OperationalError('connection to "db.internal" failed: password "s3cret" refused')

    hung = []

    def hanging():
        hung.append(1)
        time.sleep(1.5)

    monkeypatch.setattr(health, "CHECK_SECONDS", 0.3)
    monkeypatch.setattr(health, "CHECKS", {"database": refused, "cache": lambda: None, "storage": hanging})
    started = time.monotonic()
    for _probe in range(2):
        response = client.get("/ready/")
        assert response.status_code == 503
        assert response.json()["checks"] == {"database": "failed", "cache": "ok", "storage": "timed out"}
        assert "s3cret" not in response.text and "db.internal" not in response.text
    assert time.monotonic() - started < 1.2
    assert hung == [1], "the second probe waits on the hanging check instead of starting another"


def test_varnish_never_keeps_the_health_checks():
    vcl = (ROOT / "deploy" / "varnish.vcl").read_text()
    passed = next(line for line in vcl.splitlines() if '"^/(admin' in line)
    assert "|health|ready)/" in passed


# End to end: gunicorn with the production settings, real Redis and PostgreSQL servers.


def assert_unavailable_page(response, language):
    """A 503 to retry later, not kept by any cache, in ``language`` (Django's or requests' response)."""
    assert response.status_code == 503
    assert int(response.headers["Retry-After"]) > 0
    assert "no-store" in response.headers["Cache-Control"]
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == said("Service unavailable", language)


def browser(address, language="it"):
    """A visitor or an editor on one app server, asking for the demo site by its name."""
    return SiteBrowser(address, language, host=SITE_HOST, timeout=30)


def probe(address, path):
    """What a load balancer sees: plain http, the server's own address as host."""
    return requests.get(address + path, timeout=10, allow_redirects=False)


@pytest.fixture(scope="module")
def app_var_dir(tmp_path_factory):
    """A var folder for the app servers: static files collected once (the production
    manifest), uploads read from the test session's folder."""
    var_dir = tmp_path_factory.mktemp("app-var")
    environment = production_environment(var_dir, database="sqlite:///unused.sqlite3")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=environment,
        cwd=ROOT,
        check=True,
    )
    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    (var_dir / "uploads").symlink_to(settings.MEDIA_ROOT)
    return var_dir


def production_environment(var_dir, database, redis=None):
    """An app server's environment: the production settings and this test's components only
    (HTTPS redirects on: pages are asked for as behind TLS, probes are plain http)."""
    environment = {key: value for key, value in os.environ.items() if key not in COMPONENTS}
    environment |= {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "fail-soft-" + "s" * 40,
        "ALLOWED_HOSTS": f"{SITE_HOST},127.0.0.1",
        "CMS_VAR_DIR": str(var_dir),
        "DATABASE_URL": database,
        "TASKS_BACKEND": "database",
        "EMAIL_HOST": "127.0.0.1",
    }
    if redis:
        environment["REDIS_URL"] = redis
    return environment


@pytest.fixture
def processes():
    """Start a process; each is stopped by its own PID at the end, if the test has not."""
    started = []

    def start(command, log=None, **kwargs):
        output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, **kwargs)
        started.append((process, output))
        return process

    yield start
    for process, output in started:
        stop(process)
        if output is not subprocess.DEVNULL:
            output.close()


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def start_gunicorn(processes, environment, log):
    gunicorn = executable("gunicorn", str(Path(sys.executable).parent / "gunicorn"))
    port = free_port()
    process = processes(
        [gunicorn, "-c", str(ROOT / "deploy" / "gunicorn.conf.py"), "--bind", f"127.0.0.1:{port}"]
        + ["--workers", str(WORKERS), "cms.wsgi"],
        log=log,
        env=environment,
        cwd=ROOT,
    )
    wait_for_port(port, process, timeout=60)
    return process, f"http://127.0.0.1:{port}"


def start_redis(processes, port):
    redis_server = executable("redis-server", "/usr/bin/redis-server")
    command = [redis_server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = processes(command)
    wait_for_port(port, process)
    return process


def public_paths(demo_site):
    """A page of every public page type in both languages, the feeds, the API, the sitemap."""
    paths = [demo_site.page(key, language).url for key in DEMO_KEYS.values() for language in LANGUAGES]
    paths += [demo_site.page("news-index:site", language).url + "feed/" for language in LANGUAGES]
    paths += ["/it/search/?q=CARE", "/api/v2/pages/?type=projects.ProjectPage", "/api/v2/pages/?locale=fr"]
    paths += ["/sitemap.xml", "/sitemap-pages.xml", "/robots.txt"]
    return paths


def statuses(browser, paths):
    return {path: browser.get(path).status_code for path in paths}


def test_redis_stopped_mid_run_the_site_serves_and_editors_log_in_and_publish(
    live_demo_site, processes, app_var_dir, tmp_path
):
    require(
        executable("redis-server", "/usr/bin/redis-server"),
        "redis-server is not installed (Debian package redis-server)",
    )
    redis_port = free_port()
    redis = start_redis(processes, redis_port)
    environment = production_environment(app_var_dir, database_url(), f"redis://127.0.0.1:{redis_port}/0")
    log = tmp_path / "gunicorn.log"
    _server, address = start_gunicorn(processes, environment, log)
    editor_account("redattrice", PASSWORD)
    paths = public_paths(live_demo_site)
    visitor, editor = browser(address), browser(address)
    assert statuses(visitor, paths) == dict.fromkeys(paths, 200)
    assert probe(address, "/ready/").status_code == 200
    editor.log_in("redattrice", PASSWORD)

    stop(redis)  # by the PID started above
    started, answered = time.monotonic(), []
    for _round in range(2):
        for path, status in statuses(visitor, paths).items():
            answered.append(status)
            assert status == 200, (path, status)
    outage = time.monotonic() - started
    assert probe(address, "/health/").status_code == 200
    ready = probe(address, "/ready/")
    assert (ready.status_code, ready.json()["failing"]) == (503, ["cache"])

    # The editor logged in before stays logged in; another logs in now, and publishes.
    assert editor.get("/admin/").status_code == 200
    newcomer = browser(address, "fr")
    newcomer.log_in("redattrice", PASSWORD)
    page = live_demo_site.page("about", "it")
    edit = f"/admin/pages/{page.pk}/edit/"
    title = f"{page.title} (pubblicato senza cache)"
    form = browser_form(newcomer.get(edit), streams=page_streams(page), title=title)
    assert newcomer.post(edit, {**form, "action-publish": "1"}).status_code == 302
    assert title in visitor.get(page.url).text

    # Redis back on its port: the cache is used again, with no restart.
    start_redis(processes, redis_port)
    assert probe(address, "/ready/").status_code == 200
    assert statuses(visitor, paths[:6]) == dict.fromkeys(paths[:6], 200)

    logged = log.read_text(errors="replace")
    reports = logged.count("Exception ignored")
    assert 1 <= reports <= 2 * WORKERS, f"{reports} reports of the outage: one a minute per process"
    print(f"\nRedis stopped: {len(answered)} requests answered 200 in {outage:.1f} s; {reports} log reports")


class Cluster:
    """A throwaway PostgreSQL cluster in a folder of its own, on a free loopback port;
    run as the postgres user when the tests run as root (as CI does)."""

    def __init__(self, bin_dir):
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="cms-fail-soft-pg."))
        self.data = str(self.folder / "data")
        self.port = free_port()
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")

    def run(self, program, *arguments):
        command = [*self.as_postgres, str(self.bin_dir / program), *arguments]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def create(self):
        self.run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8")
        self.start()
        with psycopg.connect(self.url("postgres", "postgres"), autocommit=True) as connection:
            connection.execute("CREATE ROLE cms LOGIN PASSWORD 'cms'")
            connection.execute("CREATE DATABASE cms OWNER cms")

    def start(self):
        # A test cluster: durability off, so migrating it takes seconds less.
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
        options += " -c synchronous_commit=off -c full_page_writes=off"
        self.run("pg_ctl", "-D", self.data, "-l", str(self.folder / "log"), "-w", "-o", options, "start")

    def stop(self):
        """pg_ctl stops the server whose PID is in this cluster's own folder."""
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def url(self, user="cms", database="cms"):
        password = ":cms" if user == "cms" else ""
        return f"postgres://{user}{password}@127.0.0.1:{self.port}/{database}"

    def remove(self):
        if (self.folder / "data" / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def own_postgres():
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda path: int(path.parts[-3]))
    require(found, "PostgreSQL's server is not installed (Debian package postgresql)")
    require(os.geteuid() != 0 or shutil.which("runuser"), "runuser is needed to run PostgreSQL as root")
    cluster = Cluster(found[-1].parent)
    try:
        cluster.create()
        yield cluster
    finally:
        cluster.remove()


def test_postgresql_stopped_every_request_is_a_503_then_the_site_recovers_by_itself(
    own_postgres, processes, app_var_dir, tmp_path
):
    environment = production_environment(app_var_dir, own_postgres.url())
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        env=environment,
        cwd=ROOT,
        check=True,
        timeout=600,
    )
    server, address = start_gunicorn(processes, environment, tmp_path / "gunicorn.log")
    italian, french = browser(address, "it"), browser(address, "fr")
    paths = ["/it/", "/fr/", "/robots.txt", "/sitemap.xml", "/api/v2/pages/"]
    for _round in range(WORKERS):  # every worker holds its persistent connection
        assert statuses(italian, paths) == dict.fromkeys(paths, 200)
    assert probe(address, "/ready/").status_code == 200

    own_postgres.stop()
    answered = []
    for _round in range(3):
        for path in paths:
            for reader, language in ((italian, "it"), (french, "fr")):
                response = reader.get(path)
                answered.append(response.status_code)
                expected = path.strip("/")[:2] if path in ("/it/", "/fr/") else language
                assert_unavailable_page(response, expected)
    assert probe(address, "/health/").status_code == 200
    ready = probe(address, "/ready/")
    assert (ready.status_code, ready.json()["failing"]) == (503, ["database"])

    own_postgres.start()
    back = time.monotonic()
    first_ok = None
    deadline = back + 30
    while time.monotonic() < deadline:
        if italian.get("/it/").status_code == 200:
            first_ok = time.monotonic() - back
            break
        time.sleep(0.05)
    assert first_ok is not None, "the site did not recover within 30 s of PostgreSQL's restart"
    after = [italian.get(path).status_code for _round in range(WORKERS) for path in paths]
    assert after == [200] * len(after)
    assert probe(address, "/ready/").status_code == 200
    assert server.poll() is None, "the same gunicorn, never restarted"
    print(f"\nPostgreSQL stopped: {len(answered)} answers 503; back: first 200 after {first_ok:.2f} s")
