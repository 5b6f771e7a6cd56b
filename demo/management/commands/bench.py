"""Measure public pages on a large site: renders (median ms, SQL queries), lists at 1×
and 10× content, then requests per second through gunicorn and Varnish (bench_http).

    make bench            # seeds var/bench/ once (10,000 news, 200 projects per language)
    make bench BENCH_ARGS="--bulk"   # instead: translate and sync a plan of 1,000 pages

What is seeded, and how: demo/bench_seed.py.
"""

import statistics
import time
from contextlib import contextmanager

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from demo import bench_http, bench_seed
from demo.bench_seed import demo_page, search_index_off
from demo.factories import build_plan, translate_every_segment
from demo.weight import Weight
from news.models import NewsPage
from projects.models import PlanPage, ProjectPage
from translations.bulk import sync_plan, translate_plan
from translations.models import BulkTranslationJob

BULK_SLUG = "bench-bulk"
# Who asks for a page of ``pages()``: a language (a visitor reading it) or one of these.
ADMIN, OFFICER = "admin", "referente-prosol"  # a superuser; a demo plan officer (demo/users.py)
LIST_FILTERS = "?period=2014-2020&country=IT"
NEWS_FILTERS = "?year=2015"  # a year both sites have news in
SEARCH = "/it/search/?q=progetto"


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
        parser.add_argument("--no-http", dest="http", action="store_false", help="renders only, no req/s")
        parser.add_argument("--seconds", type=int, default=5, help="wrk run per target and round")
        parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (median kept)")

    def handle(self, *args, **options):
        if options["bulk"] is not None:
            self.bulk(options["bulk"])
            return
        bench_seed.seed(options["news"], options["projects"], self.stdout.write)
        self.measure(options["runs"])
        self.measure_lists(options["runs"])
        if options["http"]:
            self.measure_http(options["seconds"], options["rounds"])

    def admin(self):
        User = get_user_model()
        return User.objects.filter(is_superuser=True).first() or User.objects.create_superuser(
            "bench", password=None
        )

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
            yield language, "news index, year and plan", site_news.url + "?year=2015&about=pitem-pro-sol"
            yield language, "news index (plan)", demo_page("news-index:pro-sol", language).url
            yield language, "news item", demo_page("news:care-alcotra-jeunes", language).url
            yield language, "video list", demo_page("video-index:site", language).url
            yield language, "search, one word", f"/{language}/search/?q=progetto"
        overview = reverse("translations_overview")
        yield (
            ADMIN,
            "translation overview, plan (admin)",
            f"{overview}?plan={demo_page('plan:graies-lab', 'fr').pk}",
        )
        yield ADMIN, "translation overview, site (admin)", overview
        # A plan's officer sees the rows of the plans they may edit only (issue 13).
        yield OFFICER, "translation overview (officer)", overview

    def timed(self, client, url, runs):
        """(status, queries, median ms, max ms) of ``runs`` renders after a warm-up."""
        client.get(url)  # warm caches
        timings = []
        for _run in range(runs):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
        return response.status_code, len(queries.captured_queries), statistics.median(timings), max(timings)

    @staticmethod
    def signed_in(user):
        """A client for ``user``, signed in with both steps (cms/two_factor): an editor
        who reaches the admin has their second factor."""
        client = Client(HTTP_HOST="localhost")
        client.force_login(user)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        device = device or TOTPDevice.objects.create(user=user, confirmed=True, name="bench")
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    def measure(self, runs):
        visitor = Client(HTTP_HOST="localhost")
        clients = {
            ADMIN: self.signed_in(self.admin()),
            OFFICER: self.signed_in(get_user_model().objects.get(username=OFFICER)),
        }
        counts = {
            "projects": ProjectPage.objects.filter(locale__language_code="it").count(),
            "news": NewsPage.objects.filter(locale__language_code="it").count(),
            "pages": Page.objects.filter(locale__language_code="it").count(),
        }
        self.stdout.write(
            f"\nper language: {counts['pages']} pages, of which {counts['projects']} projects and "
            f"{counts['news']} news (search indexed); {runs} renders each, as a visitor (admin: as an editor)\n"
        )
        self.stdout.write(
            f"{'lang':4} {'page':32} {'status':>6} {'queries':>7} {'median ms':>9} {'max ms':>7} "
            f"{'KB':>6} {'KB gz':>6}"
        )
        for who, name, url in self.pages():
            public = who not in clients
            status, queries, median, slowest = self.timed(visitor if public else clients[who], url, runs)
            # What a visitor downloads before images: HTML, stylesheet and scripts.
            weight = Weight(visitor.get(url).content) if public else None
            kilobytes = f"{weight.raw / 1024:>6.1f} {weight.compressed / 1024:>6.1f}" if weight else ""
            language = who if public else ""
            self.stdout.write(
                f"{language:4} {name:32} {status:>6} {queries:>7} {median:>9.1f} {slowest:>7.1f} {kilobytes}"
            )

    def measure_lists(self, runs):
        """Each list on the large site against the same list on the small one (a tenth of the content)."""
        small = bench_seed.small_site()
        large_client, small_client = Client(HTTP_HOST="localhost"), Client(HTTP_HOST=small["host"])
        lists = [
            ("catalogue", demo_page("projects", "it").url, small["catalogue"].url, ""),
            ("catalogue, 2 filters", demo_page("projects", "it").url, small["catalogue"].url, LIST_FILTERS),
            ("site-wide news list", demo_page("news-index:site", "it").url, small["news"].url, ""),
            ("news list, by year", demo_page("news-index:site", "it").url, small["news"].url, NEWS_FILTERS),
        ]
        self.stdout.write(
            f"\nlists at 1× and 10× content (Italian; small site: {small['host']}); goal: 10× within 1.2× the time"
        )
        self.stdout.write(f"{'list':24} {'queries 1×':>10} {'10×':>5} {'ms 1×':>7} {'10×':>7} {'ratio':>6}")
        for name, large_url, small_url, query in lists:
            _status, small_queries, small_ms, _max = self.timed(small_client, small_url + query, runs)
            _status, large_queries, large_ms, _max = self.timed(large_client, large_url + query, runs)
            self.stdout.write(
                f"{name:24} {small_queries:>10} {large_queries:>5} {small_ms:>7.1f} {large_ms:>7.1f} "
                f"{large_ms / small_ms:>5.2f}×"
            )

    def measure_http(self, seconds, rounds):
        missing = bench_http.missing_tools()
        if missing:
            self.stdout.write(f"\nreq/s not measured: install {', '.join(missing)} (Debian packages)")
            return
        self.stdout.write(f"\nreq/s (wrk -t1 -c8, {seconds} s × {rounds} rounds, median), Italian pages:")

        def path(key):  # the address on its own site (with two sites, .url names the host)
            return demo_page(key, "it").get_url_parts()[2]

        pages = [
            ("home", path("home")),
            ("site-wide news list", path("news-index:site")),
            ("news item", path("news:care-alcotra-jeunes")),
            ("catalogue", path("projects")),
            ("catalogue, 2 filters", path("projects") + LIST_FILTERS),
            ("project", path("project:coor-com")),
            ("plan", path("plan:pro-sol")),
            ("search", SEARCH),
        ]
        bench_http.measure(pages, seconds, rounds, self.stdout.write)

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
            start, cpu = time.perf_counter(), time.process_time()
            task.enqueue(job.pk)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        job.refresh_from_db()
        # Per page the job dealt with (a page and a language, for translating), and per page of the plan.
        per_page = f"{queries[0] / job.total:.1f} per page" if job.total else "no page"
        plan_pages = Page.objects.descendant_of(plan, inclusive=True).count()
        self.stdout.write(
            f"{kind:9} {job.status}: {job.done} done, {job.skipped} skipped, {len(job.errors)} errors "
            f"of {job.total}; {seconds:.1f} s ({cpu:.1f} s of CPU here), {queries[0]} queries, {per_page}, "
            f"{queries[0] / plan_pages:.1f} per page of the plan"
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
