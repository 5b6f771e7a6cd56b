"""Measure public page renders on a large site: median milliseconds and SQL queries.

    make bench            # seeds var/bench/ once (10,000 news, 200 projects per language)
    make bench BENCH_ARGS="--bulk"   # instead: translate and sync a plan of 1,000 pages

Seeding is for measuring only: pages are created directly in both languages with
a shared translation key (not through wagtail-localize, which would take hours),
without revisions and without updating the search index.
"""

import statistics
import time
import uuid
from contextlib import contextmanager
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
from wagtail.search.index import get_indexed_models
from wagtail_localize.models import TranslationSource

from demo.builder import DEMO_NAMESPACE
from demo.factories import build_plan, sample_project, translate_every_segment
from demo.weight import Weight
from news.models import NewsPage
from projects.models import PlanPage, ProjectPage
from translations.bulk import sync_plan, translate_plan
from translations.models import BulkTranslationJob

BENCH_MARK = "bench-"
BULK_SLUG = "bench-bulk"


def demo_page(key, language):
    return Page.objects.get(
        translation_key=uuid.uuid5(DEMO_NAMESPACE, key), locale__language_code=language
    ).specific


@contextmanager
def search_index_off():
    """Seeding skips the search index: it is not what is measured. The handler is
    connected per indexed model, so it is disconnected and put back per model."""
    handler = search_signals.post_save_signal_handler
    models = [model for model in get_indexed_models() if post_save.disconnect(handler, sender=model)]
    try:
        yield
    finally:
        for model in models:
            post_save.connect(handler, sender=model)


@contextmanager
def counted_queries():
    """Counts every query (CaptureQueriesContext keeps only the last 9,000)."""
    count = [0]

    def counter(execute, sql, params, many, context):
        count[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        yield count


class Command(BaseCommand):
    help = "Seed a large bilingual site (once) and print median render time and queries per page type."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10_000, help="news items per language")
        parser.add_argument("--projects", type=int, default=200, help="projects per language")
        parser.add_argument("--runs", type=int, default=15, help="renders per page, after one warm-up")
        parser.add_argument(
            "--bulk",
            type=int,
            nargs="?",
            const=1000,
            metavar="N",
            help="instead of renders: time translating a new plan of N pages (default 1000) and syncing it",
        )

    def handle(self, *args, **options):
        if options["bulk"] is not None:
            self.bulk(options["bulk"])
            return
        with search_index_off():
            self.seed(options["news"], options["projects"])
        self.measure(options["runs"])

    def admin(self):
        User = get_user_model()
        return User.objects.filter(is_superuser=True).first() or User.objects.create_superuser(
            "bench", password=None
        )

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
        overview = reverse("translations_overview")
        yield (
            "",
            "translation overview, plan (admin)",
            f"{overview}?plan={demo_page('plan:graies-lab', 'fr').pk}",
        )
        yield "", "translation overview, site (admin)", overview

    def measure(self, runs):
        client = Client(HTTP_HOST="localhost")
        client.force_login(self.admin())
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
            f"{'lang':4} {'page':32} {'status':>6} {'queries':>7} {'median ms':>9} {'max ms':>7} "
            f"{'KB':>6} {'KB gz':>6}"
        )
        visitor = Client(HTTP_HOST="localhost")
        for language, name, url in self.pages():
            client.get(url)  # warm caches
            # What a visitor downloads before images: HTML, stylesheet and scripts.
            weight = Weight(visitor.get(url).content) if language else None
            timings = []
            for _run in range(runs):
                with CaptureQueriesContext(connection) as queries:
                    start = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
            kilobytes = f"{weight.raw / 1024:>6.1f} {weight.compressed / 1024:>6.1f}" if weight else ""
            self.stdout.write(
                f"{language:4} {name:32} {response.status_code:>6} {len(queries.captured_queries):>7} "
                f"{statistics.median(timings):>9.1f} {max(timings):>7.1f} {kilobytes}"
            )

    # Bulk translation --------------------------------------------------------

    def bulk(self, page_count):
        french = Locale.objects.get(language_code="fr")
        self.remove_bulk_plans()
        with search_index_off(), transaction.atomic():
            plan = build_plan(demo_page("projects", "it"), page_count, slug=BULK_SLUG)
        pages = Page.objects.descendant_of(plan, inclusive=True)
        self.stdout.write(f"bulk: a plan of {pages.count()} pages, translated into French, then synced")
        self.run_job(BulkTranslationJob.Kind.TRANSLATE, translate_plan, plan, french)

        translate_every_segment(pages, french)
        for page in pages.order_by("path")[::10]:
            page = page.specific
            page.title, page.summary = f"{page.title} (riveduto)", f"{page.summary} Testo riveduto."
            page.save_revision()
        self.run_job(BulkTranslationJob.Kind.SYNC, sync_plan, plan, french)

        french_plan = plan.get_translation(french)
        self.stdout.write(
            f"French pages under the French plan: {french_plan.get_descendants(inclusive=True).count()}"
        )
        problems = Page.find_problems()
        self.stdout.write("tree OK" if not any(problems) else f"tree problems: {problems}")
        self.remove_bulk_plans()  # the render measurements must not list its projects

    def run_job(self, kind, task, plan, locale):
        job = BulkTranslationJob.objects.create(kind=kind, root=plan, locale=locale, user=self.admin())
        with counted_queries() as queries:
            start = time.perf_counter()
            task.enqueue(job.pk)
            seconds = time.perf_counter() - start
        job.refresh_from_db()
        self.stdout.write(
            f"{kind:9} {job.status}: {job.done} done, {job.skipped} skipped, {len(job.errors)} errors "
            f"of {job.total}; {seconds:.1f} s, {queries[0]} queries"
        )
        for error in job.errors[:5]:
            self.stdout.write(f"  {error}")

    def remove_bulk_plans(self):
        """The bench plan, in every language, and what wagtail-localize kept of it."""
        for plan in PlanPage.objects.filter(slug=BULK_SLUG):
            keys = list(
                Page.objects.descendant_of(plan, inclusive=True).values_list("translation_key", flat=True)
            )
            TranslationSource.objects.filter(object_id__in=keys).delete()
            plan.delete()
