"""The news of an index, filtered by year and by plan or project, counted by the database.

The years and the plans and projects offered as filters, with their counts, come
from grouped queries: news by year, and news by the path prefix of each depth at
which plans and projects sit (a page's path begins with its ancestors' paths). Only
the news shown on the current page are loaded. So the number of queries does not
depend on the number of news, and neither does the work done in Python.

Each filter's options count the news they would give with the other filter kept,
so a visitor is not sent into an empty list. Values that are not options (an old
bookmark, a typo, ``year=notayear``) are ignored rather than answered with an error.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import CharField, Count, Q
from django.db.models.functions import Cast, Substr
from django.utils.functional import cached_property

from wagtail.models import Page

from cms.cards import with_card_images
from cms.freshness import kept
from cms.listing import Option, option_keys
from projects.models import PlanPage, ProjectPage

ORDERING = ("-date", "title", "pk")
ABOUT_MODELS = (PlanPage, ProjectPage)


@dataclass
class Entry:
    page: Page
    about: Page | None = None  # the plan or project shown beside the news (the closest one)


class NewsListing:
    """News in ``news`` (a NewsPage queryset of one language), filtered by ``params``
    (``year``, ``about``).

    ``scope_root`` is the plan or project whose news are listed (None for a site-wide
    index): it is neither offered as a filter nor shown beside each item, since all
    the news are about it.
    """

    def __init__(self, news, params, scope_root=None):
        self.news = news.order_by()
        self.scope_root = scope_root
        year, about = (next(iter(option_keys([params.get(name, "")])), "") for name in ("year", "about"))
        self._count(year, about)
        if (year and year not in self.year_counts) or (about and about not in self.about_paths):
            year = year if year in self.year_counts else ""
            about = about if about in self.about_paths else ""
            self._count(year, about)  # an unknown value was chosen: count again without it
        self.selected_year = int(year) if year else None
        self.selected_about = about or None

    # Counting ------------------------------------------------------------------

    def _count(self, year, about):
        """``year_counts`` (year → news, with the about filter kept); ``abouts`` (path →
        plan or project with news below it) and ``about_counts`` (slug → news, with the
        year kept); ``about_paths`` (slug → the paths of its pages)."""
        self.about_q = self._below(self._about_pages(about)) if about else Q()
        parts = [str(self.news.query), year, about]
        self.year_counts, news_below = kept("news", parts, lambda: self._grouped(year))
        self.year_q = Q(date__year=int(year)) if year in self.year_counts else Q()
        self.abouts = {}
        for model in ABOUT_MODELS:
            self.abouts.update(
                (page.path, page)
                for page in model.objects.live().filter(path__in=list(news_below)).defer_streamfields()
            )
        if self.scope_root is not None:
            self.abouts.pop(self.scope_root.path, None)
        self.about_paths, self.about_counts = {}, {}
        for path in sorted(self.abouts):
            key = self.abouts[path].slug
            # A page under another of the same name is counted with it, not twice.
            if not any(path.startswith(other) for other in self.about_paths.get(key, [])):
                self.about_paths.setdefault(key, []).append(path)
                self.about_counts[key] = self.about_counts.get(key, 0) + news_below[path]

    def _grouped(self, year):
        """The news by year (with the about filter kept) and by the path of their
        ancestor at each depth where plans and projects sit (with the year kept)."""
        rows = (
            # The year as the first four characters of the ISO date: no date function per row
            # (on SQLite, Django's is a Python function).
            self.news.annotate(year=Substr(Cast("date", CharField()), 1, 4))
            .values_list("year")
            .annotate(total=Count("pk", filter=self.about_q) if self.about_q else Count("pk"))
        )
        year_counts = dict(rows)
        year_q = Q(date__year=int(year)) if year in year_counts else Q()
        news_below = {}
        for depth in self._about_depths():
            rows = (
                self.news.filter(depth__gt=depth)  # only news below that depth have an ancestor at it
                .annotate(prefix=Substr("path", 1, depth * Page.steplen))
                .values_list("prefix")
                .annotate(total=Count("pk", filter=year_q) if year_q else Count("pk"))
            )
            news_below.update(rows)
        return year_counts, news_below

    def _scoped(self, pages):
        if self.scope_root is None:
            return pages
        return pages.filter(path__startswith=self.scope_root.path, depth__gt=self.scope_root.depth)

    def _about_pages(self, slug):
        """The paths of the live plans and projects called ``slug`` in scope."""
        pages = Page.objects.live().filter(slug=slug, content_type__in=self._about_types())
        return list(self._scoped(pages).values_list("path", flat=True))

    @staticmethod
    def _below(paths):
        query = Q(pk__in=[])
        for path in paths:
            query |= Q(path__startswith=path)
        return query

    @staticmethod
    def _about_types():
        return [ContentType.objects.get_for_model(model) for model in ABOUT_MODELS]

    def _about_depths(self):
        """The depths at which live plans and projects sit in scope: the news are
        grouped by their ancestor at each."""
        pages = self._scoped(Page.objects.live().filter(content_type__in=self._about_types()))
        return sorted(pages.order_by().values_list("depth", flat=True).distinct())

    # What the template reads ----------------------------------------------------------

    @property
    def has_news(self):
        return bool(self.year_counts)

    @property
    def is_filtered(self):
        return self.selected_year is not None or self.selected_about is not None

    @cached_property
    def result_count(self):
        if self.selected_year is not None:
            return self.year_counts[str(self.selected_year)]
        return sum(self.year_counts.values())

    @property
    def years(self):
        """The years that have news (newest first), counted with the plan or project filter kept."""
        return [
            Option(year, year, count, year == str(self.selected_year))
            for year, count in sorted(self.year_counts.items(), reverse=True)
        ]

    def _about_options(self, model):
        names = {}
        for path in sorted(self.abouts):
            page = self.abouts[path]
            if type(page) is model and page.slug in self.about_paths:
                names.setdefault(page.slug, page.title)
        selected = self.selected_about
        options = [Option(key, name, self.about_counts[key], key == selected) for key, name in names.items()]
        return sorted(options, key=lambda option: option.name.lower())

    @property
    def plans(self):
        """Plans with news below them, counted with the year filter kept."""
        return self._about_options(PlanPage)

    @property
    def projects(self):
        """Projects with news below them, counted with the year filter kept."""
        return self._about_options(ProjectPage)

    def page(self, number, per_page):
        """The news of page ``number``, with their cards' pictures and the plan or project
        each is about: one query for the news and two per picture field."""
        results = self.news.filter(self.year_q, self.about_q)
        paginator = Paginator(results.order_by(*ORDERING), per_page)
        paginator.count = self.result_count  # known from the counts: no COUNT query
        shown = paginator.get_page(number)
        pages = with_card_images(shown.object_list.defer_streamfields())
        shown.object_list = [Entry(page, self._about(page)) for page in pages]
        return shown

    def _about(self, page):
        """The closest plan or project above ``page``."""
        for end in range(len(page.path) - Page.steplen, 0, -Page.steplen):
            if page.path[:end] in self.abouts:
                return self.abouts[page.path[:end]]
        return None
