"""The background worker: runs the tasks queued in the database (django-tasks-db's
worker: bulk translation, Wagtail's search and reference index updates) and, every
minute, Wagtail's ``publish_scheduled``, so pages scheduled by an editor go live (or
expire) on time without a cron the operator has to remember. Once a day it also
clears finished task rows older than PRUNE_AFTER_DAYS.

Start one or more: ``manage.py worker``. With several, the minute's publishing runs in
one of them (a lock in the shared cache; with a per-process cache each one runs it,
which Wagtail's command survives: a page already published is not published again).
"""

import logging
import threading
import time

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, close_old_connections

logger = logging.getLogger("cms.worker")
LOCK = "cms:worker:publish-scheduled"
PRUNE_AFTER_DAYS = 30
DAY = 24 * 60 * 60


class Scheduler(threading.Thread):
    """Runs ``publish_scheduled`` now and then every ``every`` seconds until stopped.
    A failure (the database away for a moment) is logged and tried again next time."""

    def __init__(self, every):
        super().__init__(name="publish-scheduled", daemon=True)
        self.every = every
        self.stopped = threading.Event()
        self.pruned_at = None

    def run(self):
        while not self.stopped.is_set():
            self.tick()
            self.stopped.wait(self.every)

    def tick(self):
        close_old_connections()
        try:
            if not self.claim():
                return
            call_command("publish_scheduled", verbosity=0)
            if self.pruned_at is None or time.monotonic() - self.pruned_at > DAY:
                call_command("prune_db_task_results", min_age_days=PRUNE_AFTER_DAYS, verbosity=0)
                self.pruned_at = time.monotonic()
        except DatabaseError:
            logger.exception("Scheduled publishing failed; it runs again in %s s", self.every)
        finally:
            close_old_connections()

    def claim(self):
        """Whether this worker runs this minute's publishing (the cache may be down:
        then it does, rather than nobody)."""
        try:
            claimed = cache.add(LOCK, True, timeout=max(1, self.every - 1))
        except Exception:  # noqa: BLE001 (any cache failure: publish anyway)
            claimed = None
        if claimed is None:  # raised, or ignored by django-redis (cms/config.py): no answer
            logger.warning("Cache unavailable; publishing scheduled pages without the lock")
            return True
        return claimed


class Command(DatabaseWorkerCommand):
    help = "Run queued background tasks, and publish scheduled pages every minute"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--schedule-every",
            type=int,
            default=60,
            help="Seconds between runs of publish_scheduled; 0 never runs it (default: %(default)s)",
        )

    def handle(self, *args, schedule_every, reload, **options):
        # With the autoreloader, only the child process (the one running tasks) schedules.
        if schedule_every > 0 and not reload:
            Scheduler(schedule_every).start()
        elif schedule_every > 0:
            logger.warning("--reload: scheduled publishing is off; run without it in production")
        return super().handle(*args, reload=reload, **options)
