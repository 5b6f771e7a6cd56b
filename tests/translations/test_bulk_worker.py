"""Bulk jobs in the real worker process (`manage.py worker`, TASKS in the database):
the request only queues the job; a worker killed in the middle leaves the job
interrupted and resumable, never "running" for ever; one job per plan at a time."""

import datetime
import html
import signal

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale, Page

from demo.factories import build_plan
from tests.support.wording import said
from tests.support.worker import running_worker, wait_until
from translations.models import BulkTranslationJob

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = 81  # the plan, 8 projects, 72 actions: four batches


@pytest.fixture
def admin(client, live_demo_site):
    user = get_user_model().objects.create_superuser("coordinatrice", password="pw")
    client.force_login(user)
    return user


@pytest.fixture
def plan(live_demo_site):
    return build_plan(live_demo_site.page("projects"), PAGES, slug="pitem-worker")


def french_versions(plan):
    keys = Page.objects.descendant_of(plan, inclusive=True).values("translation_key")
    return Page.objects.filter(translation_key__in=keys, locale__language_code="fr")


def press_translate(client, plan):
    french = Locale.objects.get(language_code="fr")
    response = client.post(reverse("translations_bulk_translate", args=[plan.pk]), {"locale": french.pk})
    assert response.status_code == 302
    return BulkTranslationJob.objects.latest("pk")


NO_WORKER = (
    "No background worker has taken this job yet: background work is not running on the site. "
    "The job starts as soon as a worker runs; tell the site's administrator."
)


def job_page(client, job):
    """The job page's text, as read (entities decoded)."""
    return html.unescape(client.get(reverse("translations_bulk_job", args=[job.pk])).content.decode())


def test_a_job_killed_with_its_worker_is_shown_interrupted_and_resumes(
    client, admin, plan, database_tasks, tmp_path, monkeypatch
):
    job = press_translate(client, plan)
    # The request only queued it: nothing is translated until a worker runs.
    assert job.status == "queued"
    assert not french_versions(plan).exists()
    assert 'http-equiv="refresh"' in job_page(client, job)

    with running_worker(tmp_path / "worker.log", "--schedule-every", "0") as worker:
        wait_until(
            lambda: BulkTranslationJob.objects.get(pk=job.pk).done > 0, what="the first batch", timeout=180
        )
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    job.refresh_from_db()
    assert job.status == "running" and 0 < job.done < PAGES
    kept = french_versions(plan).count()
    assert kept == job.done  # each finished batch was committed

    # Two minutes of silence later, the job reads as interrupted, stops refreshing and
    # offers to resume.
    monkeypatch.setattr(BulkTranslationJob, "STALE_AFTER", datetime.timedelta(seconds=0))
    page = job_page(client, job)
    assert said("Interrupted") in page
    assert 'http-equiv="refresh"' not in page
    assert reverse("translations_bulk_resume", args=[job.pk]) in page

    response = client.post(reverse("translations_bulk_resume", args=[job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == "queued"
    monkeypatch.undo()

    with running_worker(tmp_path / "worker.log", "--schedule-every", "0"):
        finished = lambda: BulkTranslationJob.objects.get(pk=job.pk).finished  # noqa: E731
        wait_until(finished, what="the resumed job", timeout=180)
    job.refresh_from_db()
    assert (job.status, job.total, job.errors) == ("done", PAGES, [])
    assert (job.done, job.skipped) == (PAGES - kept, kept)
    assert french_versions(plan).count() == PAGES


def test_one_job_per_plan_at_a_time(client, admin, plan, database_tasks):
    first = press_translate(client, plan)
    response = client.get(reverse("translations_bulk_translate", args=[plan.pk]))
    assert response.status_code == 302
    assert response.url == reverse("translations_bulk_job", args=[first.pk])
    client.post(reverse("translations_bulk_sync", args=[plan.pk]), {"locale": ""})
    assert said("A job is already in progress on this plan: here it is.") in job_page(client, first)
    assert BulkTranslationJob.objects.count() == 1


def test_a_queued_job_no_worker_takes_says_so(client, admin, plan, database_tasks, monkeypatch):
    job = press_translate(client, plan)
    monkeypatch.setattr(BulkTranslationJob, "UNCLAIMED_AFTER", datetime.timedelta(seconds=0))
    page = job_page(client, job)
    assert said(NO_WORKER) in page


def test_resuming_a_job_that_is_not_interrupted_changes_nothing(client, admin, plan, database_tasks):
    job = press_translate(client, plan)
    client.post(reverse("translations_bulk_resume", args=[job.pk]))
    assert said("This job is not interrupted: there is nothing to resume.") in job_page(client, job)
    job.refresh_from_db()
    assert job.status == "queued"
