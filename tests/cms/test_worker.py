"""The worker (`manage.py worker`) runs Wagtail's own background tasks and publishes
scheduled pages every minute, with no cron: what `make run` and production start."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Page

from cms import config
from news.models import NewsPage
from tests.support.news import BODY
from tests.support.worker import running_worker, wait_until

# The worker reads what the test committed.
committed = pytest.mark.django_db(transaction=True)


def searched(word):
    return [page.title for page in Page.objects.live().search(word)]


@committed
def test_wagtail_indexes_a_published_page_through_the_worker(live_demo_site, database_tasks, tmp_path):
    news_index = live_demo_site.page("news-index:site")
    news = news_index.add_child(instance=NewsPage(title="Grecale sul Monviso", slug="grecale", body=BODY))
    news.save_revision().publish()
    # Publishing queued the search index update rather than doing it in the request.
    assert "Grecale sul Monviso" not in searched("Grecale")

    with running_worker(tmp_path / "worker.log", "--schedule-every", "0"):
        wait_until(lambda: "Grecale sul Monviso" in searched("Grecale"), what="the index update")


@committed
def test_a_scheduled_page_goes_live_on_time_without_a_cron(live_demo_site, tmp_path):
    news_index = live_demo_site.page("news-index:site")
    draft = NewsPage(title="Tramontana", slug="tramontana", body=BODY, live=False)
    news = news_index.add_child(instance=draft)
    news.go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    news.save_revision().publish()  # with a future go-live date: scheduled, not live
    news.refresh_from_db()
    assert not news.live

    with running_worker(tmp_path / "worker.log", "--schedule-every", "1"):
        wait_until(lambda: Page.objects.get(pk=news.pk).live, timeout=30, what="the scheduled publication")
    assert Page.objects.get(pk=news.pk).url.endswith("/tramontana/")


def test_the_task_backend_is_chosen_by_the_environment():
    assert config.tasks({})["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    immediate = config.tasks({"TASKS_BACKEND": "immediate"})["default"]["BACKEND"]
    assert immediate == "django_tasks.backends.immediate.ImmediateBackend"
    with pytest.raises(config.ConfigurationError, match="TASKS_BACKEND"):
        config.tasks({"TASKS_BACKEND": "celery"})
