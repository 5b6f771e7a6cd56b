"""The content `make bench` measures: the demo grown to a large site, and a small second
site with a tenth of its content, so a list's render time at 10× content is compared
with the same list at 1× in the same run.

Seeding is for measuring only: pages are created directly in both languages with
a shared translation key (not through wagtail-localize, which would take hours) and
without revisions. What is seeded is then indexed for search in bulk, as
``update_index`` would: search is measured on a full index.
"""

import uuid
from contextlib import contextmanager
from datetime import date, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save

from wagtail.models import Locale, Page, Site
from wagtail.search import signal_handlers as search_signals
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models
from wagtail.search.models import IndexEntry

from demo.builder import DEMO_NAMESPACE
from demo.factories import sample_project
from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from projects.models import ProjectIndexPage, ProjectPage

BENCH_MARK = "bench-"
SMALL_HOST = "small.bench.localhost"  # the second site, with a tenth of the content
INDEX_CHUNK = 500


def demo_page(key, language):
    return Page.objects.get(
        translation_key=uuid.uuid5(DEMO_NAMESPACE, key), locale__language_code=language
    ).specific


@contextmanager
def search_index_off():
    """Pages are indexed in bulk after seeding, not one by one. The handler is
    connected per indexed model, so it is disconnected and put back per model."""
    handler = search_signals.post_save_signal_handler
    models = [model for model in get_indexed_models() if post_save.disconnect(handler, sender=model)]
    try:
        yield
    finally:
        for model in models:
            post_save.connect(handler, sender=model)


def seed(news_count, project_count, write):
    with search_index_off():
        for language in ("it", "fr"):
            locale = Locale.objects.get(language_code=language)
            add_projects(demo_page("projects", language), locale, project_count, write)
            add_news(demo_page("news-index:pro-sol", language), language, news_count, write)
        small = small_site()
        italian = Locale.objects.get(language_code="it")
        add_projects(small["catalogue"], italian, max(project_count // 10, 1), write)
        add_news(small["news"], "it", max(news_count // 10, 1), write)
    for model in (ProjectPage, NewsPage):
        index_missing(model, write)


def add_projects(catalogue, locale, count, write):
    existing = ProjectPage.objects.child_of(catalogue).filter(slug__startswith=BENCH_MARK).count()
    if existing < count:
        write(f"{catalogue.url}: seeding {count - existing} projects…")
    with transaction.atomic():
        for number in range(existing, count):
            project = sample_project(locale, number, slug_prefix=BENCH_MARK)
            project.live = True
            catalogue.add_child(instance=project)


def add_news(index, language, count, write):
    existing = NewsPage.objects.child_of(index).filter(slug__startswith=BENCH_MARK).count()
    if existing < count:
        write(f"{index.url}: seeding {count - existing} news…")
    title = {"it": "Notizia di prova", "fr": "Actualité de test"}[language]
    with transaction.atomic():
        for number in range(existing, count):
            news = NewsPage(
                title=f"{title} {number}",
                slug=f"{BENCH_MARK}{number}",
                date=date(2014, 1, 1) + timedelta(days=number % 4000),
                summary=f"{title}: progetto {number % 97}, territorio {number % 13}.",
                body=[{"type": "paragraph", "value": f"<p>{title} {number}</p>"}],
                live=True,
            )
            index.add_child(instance=news)


def small_site():
    """The second site (Italian only): a home, a catalogue and a site-wide news list."""
    site = Site.objects.filter(hostname=SMALL_HOST).first()
    if site is None:
        italian = Locale.objects.get(language_code="it")
        home = HomePage(title="Sito piccolo", slug="bench-small", locale=italian, live=True)
        Page.get_first_root_node().add_child(instance=home)
        home.add_child(instance=ProjectIndexPage(title="Progetti", slug="progetti", locale=italian))
        home.add_child(instance=NewsIndexPage(title="Notizie", slug="notizie", locale=italian))
        site = Site.objects.create(hostname=SMALL_HOST, port=80, root_page=home, site_name="bench")
    home = site.root_page
    return {
        "host": SMALL_HOST,
        "catalogue": ProjectIndexPage.objects.child_of(home).get(),
        "news": NewsIndexPage.objects.child_of(home).get(),
    }


def index_missing(model, write):
    """Index the pages of ``model`` the search index lacks, in chunks."""
    types = [ContentType.objects.get_for_model(Page), ContentType.objects.get_for_model(model)]
    indexed = set(IndexEntry.objects.filter(content_type__in=types).values_list("object_id", flat=True))
    missing = [pk for pk in model.objects.values_list("pk", flat=True) if str(pk) not in indexed]
    if missing:
        write(f"indexing {len(missing)} {model._meta.verbose_name_plural} for search…")
    backend = get_search_backend()
    for start in range(0, len(missing), INDEX_CHUNK):
        backend.add_bulk(model, list(model.objects.filter(pk__in=missing[start : start + INDEX_CHUNK])))
