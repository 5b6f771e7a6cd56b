"""How a missing component is reported, and what tests that start servers need.

Locally a test that needs a component this machine lacks (Chromium, PostgreSQL,
GNU gettext, Redis) is skipped with its reason; under CI (``CI=true``, set by
.ci/run) the same test fails, so CI can never pass by skipping.
"""

import os
import secrets
import shutil
import socket
import time

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
S3_BUCKET = "alcotra-uploads"  # the bucket of the s3_endpoint fixture (moto)


def require(available, reason):
    """Skip when a component is missing, except under CI where it must be present."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def executable(name, *candidates):
    """The first existing path among candidates, or the name found on PATH."""
    for candidate in candidates:
        if candidate and os.path.exists(candidate):
            return candidate
    return shutil.which(name)


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
