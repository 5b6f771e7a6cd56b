"""The background worker (`manage.py worker`) started by a test, reading the test
database: a transactional test commits what the worker must see."""

import contextlib
import os
import signal
import subprocess
import sys
import time

from django.db import connection

from cms import config
from tests.support.paths import ROOT

DATABASE_TASKS = config.tasks({}, default="database")


def database_url():
    """The test database's address, for another process."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return f"sqlite:///{db['NAME']}"


@contextlib.contextmanager
def running_worker(log_path, *options, environment=None):
    """A worker process for the duration of the block; stopped by its PID afterwards
    (killed, if the test has not already). Its output goes to ``log_path``; its
    environment is the test's with ``environment`` added."""
    environment = (
        os.environ
        | (environment or {})
        | {
            "DATABASE_URL": database_url(),
            "TASKS_BACKEND": "database",
            "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        }
    )
    command = [sys.executable, "manage.py", "worker", "--no-reload", "--no-startup-delay"]
    command += ["--interval", "0.1"]
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [*command, *options], cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)


def wait_until(condition, timeout=120.0, every=0.05, what="the condition"):
    """Poll ``condition()`` until true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    raise AssertionError(f"{what} did not happen within {timeout} s")
