"""Health of an app server, for a load balancer, an orchestrator or a person on call.

``/health/`` (liveness) says the process answers, and asks nothing of any component:
restarting the server would not mend a database that is down. ``/ready/`` (readiness)
checks the database, the cache and the upload storage at once, each within
``CHECK_SECONDS``, and answers 200 when all answer, 503 naming those that do not. The
answers say only ``ok``, ``failed`` or ``timed out``: the reason, which may name hosts,
goes to the log. Neither is ever cached (``never_cache``; Varnish passes them).

A cache failure leaves the site serving (cms/config.py), so ``/ready/`` reports it for
people and monitors; a front that should keep an app server in rotation through a Redis
outage probes something else (deploy/README.md, Health checks).
"""

import concurrent.futures
import logging
import os
import threading
import time
import uuid
from pathlib import Path

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connections
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

CHECK_SECONDS = 2.0
# A check that hangs keeps its thread until the component's own timeout (cms/config.py);
# probes arriving meanwhile wait on that same run rather than start another, so a
# process never has more than one thread per component busy with checks.
_pool = None
_running = {}
_lock = threading.Lock()


def check_database():
    """A query on a connection of its own, closed afterwards (this thread has no request)."""
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        connection.close()


def check_cache():
    """A value written and read back: a cache ignoring its errors reads back nothing."""
    key, value = f"cms:ready:{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, 30)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)


def check_storage():
    """The S3 bucket answers, or the upload folder (or the folder it will be made in) is writable."""
    bucket = getattr(default_storage, "bucket_name", None)
    if bucket:
        default_storage.connection.meta.client.head_bucket(Bucket=bucket)
        return
    location = getattr(default_storage, "location", None)
    if location is None:
        default_storage.exists("ready-probe")
        return
    folder = Path(location)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not os.access(folder, os.W_OK):
        raise RuntimeError("the upload folder is not writable")


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}


def executor():
    global _pool  # noqa: PLW0603 (one pool per process, made in the worker, after gunicorn forks)
    if _pool is None:
        _pool = concurrent.futures.ThreadPoolExecutor(len(CHECKS), thread_name_prefix="ready")
    return _pool


def run_checks(checks=None):
    """``{name: "ok" | "failed" | "timed out"}``, every check run at once."""
    checks = CHECKS if checks is None else checks
    futures = {}
    with _lock:
        for name, check in checks.items():
            earlier = _running.get(name)
            if earlier is None or earlier.done():
                earlier = _running[name] = executor().submit(check)
            futures[name] = earlier
    concurrent.futures.wait(futures.values(), timeout=CHECK_SECONDS)
    results = {}
    for name, future in futures.items():
        if not future.done():
            logger.warning("Readiness: %s did not answer within %s s", name, CHECK_SECONDS)
            results[name] = "timed out"
        elif future.exception() is not None:
            logger.warning("Readiness: %s failed", name, exc_info=future.exception())
            results[name] = "failed"
        else:
            results[name] = "ok"
    return results


@never_cache
def health(request):
    """Liveness: the process answers."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


@never_cache
def ready(request):
    """Readiness: 200 when the database, the cache and the storage answer, else 503."""
    results = run_checks()
    failing = sorted(name for name, result in results.items() if result != "ok")
    body = {"status": "unavailable" if failing else "ok", "failing": failing, "checks": results}
    return JsonResponse(body, status=503 if failing else 200)


class OncePerInterval(logging.Filter):
    """Lets one record through per ``seconds`` and counts the rest into the next one:
    with Redis down every cache call logs, which would flood the log."""

    def __init__(self, seconds=60):
        super().__init__()
        self.seconds = seconds
        self.passed_at = None
        self.held = 0

    def filter(self, record):
        now = time.monotonic()
        if self.passed_at is not None and now - self.passed_at < self.seconds:
            self.held += 1
            return False
        if self.held:
            record.msg = f"{record.getMessage()} (and {self.held} more since the last report)"
            record.args = ()
        self.passed_at, self.held = now, 0
        return True
