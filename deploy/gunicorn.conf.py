"""gunicorn for the app servers: `gunicorn -c deploy/gunicorn.conf.py cms.wsgi`.

Sync workers: each request is short (background work goes to `manage.py worker`), and
Varnish in front absorbs slow clients and most anonymous traffic.
"""

import multiprocessing
import os
import re

from gunicorn.glogging import Logger

# A password-reset link's token, as in /admin/password_reset/confirm/<uid>/<token>/.
RESET_TOKEN = re.compile(r"(password_reset/confirm/[^/\s]+/)[^/\s?#\"]+")


class RedactingLogger(Logger):
    """Access lines without password-reset tokens: whoever reads the log could otherwise
    open a reset link not yet used and choose the account's password."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            key: RESET_TOKEN.sub(r"\1[token]", value) if isinstance(value, str) else value
            for key, value in atoms.items()
        }


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
timeout = 30
graceful_timeout = 30
keepalive = 5
# A worker is recycled now and then, so a slow leak never grows for ever.
max_requests = 2000
max_requests_jitter = 200
# Varnish and nginx on the same machine set X-Forwarded-For / -Proto.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
logger_class = RedactingLogger
