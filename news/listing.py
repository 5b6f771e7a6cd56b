"""The news of an index, filtered by year and by plan or project, from a fixed number of queries.

One light query reads the date and tree path of every news item in scope; the plans
and projects they sit under come from their paths' prefixes, one query per page
type. Filters and counts are then computed in memory, and only the news shown on
the current page are loaded in full. So the number of queries does not depend on
the number of news.

Each filter's options count the news they would give with the other filter kept,
so a visitor is not sent into an empty list. Values that are not options (an old
bookmark, a typo, ``year=notayear``) are ignored rather than answered with an error.
"""

from dataclasses import dataclass, field

from django.utils.functional import cached_property

from wagtail.models import Page

from cms.cards import with_card_images
from cms.listing import Option
from projects.models import PlanPage, ProjectPage

ORDERING = ("-date", "title", "pk")


@dataclass
class Entry:
    pk: int
    year: int
    about_paths: list = field(default_factory=list)
    about: Page | None = None  # the plan or project shown beside the news (the closest one)
    page: Page | None = None  # filled in for the news of the current page only


class NewsListing:
    """News in ``news`` (a NewsPage queryset), filtered by ``params`` (``year``, ``about``).

    ``scope_root`` is the plan or project whose news are listed (None for a site-wide
    index): it is neither offered as a filter nor shown beside each item, since all
    the news are about it.
    """

    def __init__(self, news, params, scope_root=None):
        self.news = news
        rows = list(news.order_by(*ORDERING).values_list("pk", "path", "date"))
        abouts = self._plans_and_projects([path for _pk, path, _date in rows], scope_root)
        self.entries = []
        for pk, page_path, date in rows:
            about_paths = [prefix for prefix in _prefixes(page_path) if prefix in abouts]
            self.entries.append(
                Entry(
                    pk=pk,
                    year=date.year,
                    about_paths=about_paths,
                    about=abouts[about_paths[-1]] if about_paths else None,
                )
            )
        self._abouts = abouts
        self.about_keys = {}
        for about_path, page in abouts.items():
            self.about_keys.setdefault(page.slug, set()).add(about_path)

        year = params.get("year", "")
        self.selected_year = int(year) if year in {str(entry.year) for entry in self.entries} else None
        about = params.get("about", "")
        self.selected_about = about if about in self.about_keys else None

    @staticmethod
    def _plans_and_projects(paths, scope_root):
        """The live plans and projects above the given news, keyed by path, below ``scope_root``."""
        prefixes = {prefix for page_path in paths for prefix in _prefixes(page_path)}
        if scope_root is not None:
            prefixes = {prefix for prefix in prefixes if prefix.startswith(scope_root.path)}
            prefixes.discard(scope_root.path)
        if not prefixes:
            return {}
        found = {}
        for model in (PlanPage, ProjectPage):
            for page in model.objects.live().filter(path__in=prefixes).defer_streamfields():
                found[page.path] = page
        return found

    def _matches_year(self, entry):
        return self.selected_year is None or entry.year == self.selected_year

    def _matches_about(self, entry):
        if self.selected_about is None:
            return True
        return any(about_path in self.about_keys[self.selected_about] for about_path in entry.about_paths)

    @property
    def is_filtered(self):
        return self.selected_year is not None or self.selected_about is not None

    @cached_property
    def results(self):
        return [entry for entry in self.entries if self._matches_year(entry) and self._matches_about(entry)]

    @property
    def years(self):
        """The years that have news (newest first), counted with the plan or project filter kept."""
        counts = {}
        for entry in self.entries:
            counts.setdefault(entry.year, 0)
            if self._matches_about(entry):
                counts[entry.year] += 1
        return [
            Option(str(year), str(year), count, year == self.selected_year)
            for year, count in sorted(counts.items(), reverse=True)
        ]

    def _about_options(self, model):
        counts = dict.fromkeys(self.about_keys, 0)
        for entry in self.entries:
            if self._matches_year(entry):
                for key in {self._abouts[about_path].slug for about_path in entry.about_paths}:
                    counts[key] += 1
        names = {}
        for page in self._abouts.values():
            if type(page) is model:
                names.setdefault(page.slug, page.title)
        options = [Option(key, name, counts[key], key == self.selected_about) for key, name in names.items()]
        return sorted(options, key=lambda option: option.name.lower())

    @property
    def plans(self):
        """Plans with news below them, counted with the year filter kept."""
        return self._about_options(PlanPage)

    @property
    def projects(self):
        """Projects with news below them, counted with the year filter kept."""
        return self._about_options(ProjectPage)

    def load_pages(self, entries):
        """Load the news of ``entries`` so the template can show them: one query, and two
        per picture field for their cards' pictures and renditions."""
        entries = list(entries)
        pages = with_card_images(
            self.news.model.objects.filter(pk__in=[entry.pk for entry in entries]).defer_streamfields()
        )
        by_pk = {page.pk: page for page in pages} if entries else {}
        for entry in entries:
            entry.page = by_pk.get(entry.pk)
        return entries


def _prefixes(page_path, steplen=Page.steplen):
    """The paths of a page's ancestors, root first (the page itself excluded)."""
    return [page_path[:end] for end in range(steplen, len(page_path), steplen)]
