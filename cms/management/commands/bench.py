"""Measure public page renders on a large site: median milliseconds and SQL queries.

    make bench            # seeds var/bench/ once (10,000 news, 200 projects per language)

Seeding is for measuring only: pages are created directly in both languages with
a shared translation key (not through wagtail-localize, which would take hours),
without revisions and without updating the search index.
"""

import statistics
import time
import uuid
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail.search import signal_handlers as search_signals

from cms.demo.builder import DEMO_NAMESPACE
from cms.demo.factories import sample_project
from news.models import NewsPage
from projects.models import (
    ProjectPage,
)

BENCH_MARK = "bench-"


def demo_page(key, language):
    return Page.objects.get(
        translation_key=uuid.uuid5(DEMO_NAMESPACE, key), locale__language_code=language
    ).specific


class Command(BaseCommand):
    help = "Seed a large bilingual site (once) and print median render time and queries per page type."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10_000, help="news items per language")
        parser.add_argument("--projects", type=int, default=200, help="projects per language")
        parser.add_argument("--runs", type=int, default=15, help="renders per page, after one warm-up")

    def handle(self, *args, **options):
        post_save.disconnect(search_signals.post_save_signal_handler)
        try:
            self.seed(options["news"], options["projects"])
        finally:
            post_save.connect(search_signals.post_save_signal_handler)
        self.measure(options["runs"])

    # Seeding ---------------------------------------------------------------

    def seed(self, news_count, project_count):
        for language in ("it", "fr"):
            locale = Locale.objects.get(language_code=language)
            catalogue = demo_page("projects", language)
            existing = ProjectPage.objects.filter(locale=locale, slug__startswith=BENCH_MARK).count()
            self.stdout.write(f"{language}: seeding {max(project_count - existing, 0)} projects…")
            with transaction.atomic():
                for number in range(existing, project_count):
                    self.add_project(catalogue, locale, number)
            news_index = demo_page("news-index:pro-sol", language)
            existing = NewsPage.objects.filter(locale=locale, slug__startswith=BENCH_MARK).count()
            self.stdout.write(f"{language}: seeding {max(news_count - existing, 0)} news…")
            with transaction.atomic():
                for number in range(existing, news_count):
                    self.add_news(news_index, number, language)

    def add_project(self, catalogue, locale, number):
        project = sample_project(locale, number, slug_prefix=BENCH_MARK)
        project.live = True
        catalogue.add_child(instance=project)

    def add_news(self, index, number, language):
        title = {"it": "Notizia di prova", "fr": "Actualité de test"}[language]
        news = NewsPage(
            title=f"{title} {number}",
            slug=f"{BENCH_MARK}{number}",
            date=date(2014, 1, 1) + timedelta(days=number % 4000),
            summary=title,
            body=[{"type": "paragraph", "value": f"<p>{title} {number}</p>"}],
            live=True,
        )
        index.add_child(instance=news)

    # Measuring -------------------------------------------------------------

    def pages(self):
        for language in ("it", "fr"):
            catalogue = demo_page("projects", language)
            site_news = demo_page("news-index:site", language)
            yield language, "home", demo_page("home", language).url
            yield language, "project catalogue", catalogue.url
            yield (
                language,
                "catalogue, filtered, page 3",
                catalogue.url + "?period=2014-2020&country=IT&page=3",
            )
            yield language, "plan", demo_page("plan:pro-sol", language).url
            yield language, "project", demo_page("project:coor-com", language).url
            yield language, "action", demo_page("action:coor-com:governance", language).url
            yield language, "label", demo_page("label:alcotra-jeunes", language).url
            yield language, "news index (site-wide)", site_news.url
            yield language, "news index, page 400", site_news.url + "?page=400"
            yield language, "news index (plan)", demo_page("news-index:pro-sol", language).url
            yield language, "news item", demo_page("news:care-alcotra-jeunes", language).url
            yield language, "video list", demo_page("video-index:site", language).url
        overview = reverse("cms_translations")
        yield (
            "",
            "translation overview, plan (admin)",
            f"{overview}?plan={demo_page('plan:graies-lab', 'fr').pk}",
        )
        yield "", "translation overview, site (admin)", overview

    def measure(self, runs):
        client = Client(HTTP_HOST="localhost")
        admin = get_user_model().objects.filter(
            is_superuser=True
        ).first() or get_user_model().objects.create_superuser("bench", password=None)
        client.force_login(admin)
        counts = {
            "projects": ProjectPage.objects.filter(locale__language_code="it").count(),
            "news": NewsPage.objects.filter(locale__language_code="it").count(),
            "pages": Page.objects.filter(locale__language_code="it").count(),
        }
        self.stdout.write(
            f"\nper language: {counts['pages']} pages, of which {counts['projects']} projects and "
            f"{counts['news']} news; {runs} renders each\n"
        )
        self.stdout.write(
            f"{'lang':4} {'page':32} {'status':>6} {'queries':>7} {'median ms':>9} {'max ms':>7}"
        )
        for language, name, url in self.pages():
            client.get(url)  # warm caches
            timings = []
            for _run in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    start = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
            self.stdout.write(
                f"{language:4} {name:32} {response.status_code:>6} {len(queries.captured_queries):>7} "
                f"{statistics.median(timings):>9.1f} {max(timings):>7.1f}"
            )
