"""The project catalogue's faceted filters, counted by the database.

Within a facet, chosen values widen the result (OR); across facets they narrow it
(AND). Each option shows how many projects it would give with the other facets'
choices kept, so a visitor never clicks into an empty list. Values that are not
options (an old bookmark, a typo) are ignored rather than answered with an error.

Each facet is one grouped query over the catalogue's projects, counting only those
that match the other facets' choices (``COUNT … FILTER``); the results are one
filtered, paginated query. So the number of queries is constant and the Python work
grows with the number of options shown, not with the number of projects.

Option keys are what a visitor reads in the address: taxonomy and plan slugs, and
for labels the label page's slug in the catalogue's language (``?label=alcotra-jeunes``).
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.cards import with_card_images
from cms.freshness import kept
from cms.i18n import localize_objects
from cms.listing import Option, option_keys

from .models.facts import status_expression
from .models.projects import PlanPage, ProjectLabel, ProjectPage, ProjectStatus
from .models.snippets import Country, ProgrammePeriod, TargetAudience, Theme

PROJECTS_PER_PAGE = 12

# name, label, what projects are grouped by, and the taxonomy that names its values (if any).
FACETS = (
    ("period", _("Programme period"), "programme_period__slug", ProgrammePeriod),
    ("plan", _("Plan"), "parent_path", None),
    ("theme", _("Theme"), "themes__slug", Theme),
    ("audience", _("Target audience"), "audiences__slug", TargetAudience),
    ("label", _("Label"), "project_labels__label__translation_key", None),
    ("status", _("Status"), "status_key", None),
    ("country", _("Partner country"), "project_partners__partner__country", None),
)
# Facets read through a many-to-many or child relation: filtered by subquery, so that
# the joins of one facet never multiply the rows another one counts.
RELATED = {"theme", "audience", "label", "country"}


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)


@dataclass
class Entry:
    project: ProjectPage
    plan: PlanPage | None


class Catalogue:
    def __init__(self, index_page, params):
        self.locale_id = index_page.locale_id
        self.projects = (
            ProjectPage.objects.live()
            .public()
            .descendant_of(index_page)
            .annotate(
                parent_path=Substr("path", 1, Length("path") - ProjectPage.steplen),
                status_key=status_expression(timezone.localdate()),
            )
        )
        self.plans = {plan.path: plan for plan in PlanPage.objects.live().public().descendant_of(index_page)}
        self._read_labels()
        wanted = {
            name: {self.aliases.get(key, key) for key in option_keys(params.getlist(name))}
            for name, *_ in FACETS
        }
        counts = self._count(wanted)
        self.selected = {name: wanted[name] & set(counts[name]) for name in wanted}
        if any(wanted[name] and not self.selected[name] for name in wanted):
            counts = self._count(self.selected)  # a facet chose only unknown values: ignore it
        self.facets = self._facets(counts)

    def _read_labels(self):
        """The labels awarded in this catalogue, keyed by their translation key, each
        named and addressed (``?label=…``) by its page in the catalogue's language. Two
        labels cannot share a slug under one list; should two lists' pages do so, the
        second keeps its translation key. ``aliases`` maps the translation keys older
        addresses used to the slugs, so those addresses still select their label."""
        awarded = ProjectLabel.objects.filter(page__in=self.projects.values("pk")).values("label")
        label_model = ProjectLabel._meta.get_field("label").related_model
        linked = {label.translation_key: label for label in label_model.objects.filter(pk__in=awarded)}
        localized = dict(zip(linked, localize_objects(list(linked.values()), self.locale_id), strict=True))
        self.label_keys = {}
        for translation_key, label in sorted(localized.items(), key=lambda item: item[1].path):
            taken = label.slug in self.label_keys.values()
            self.label_keys[str(translation_key)] = str(translation_key) if taken else label.slug
        self.label_names = {self.label_keys[str(key)]: label.title for key, label in localized.items()}
        self.aliases = {key: slug for key, slug in self.label_keys.items() if key != slug}

    def _filter(self, name, keys):
        """The projects having one of ``keys`` for facet ``name``."""
        if name == "plan":
            return Q(parent_path__in=[path for path, plan in self.plans.items() if plan.slug in keys])
        if name == "label":
            by_key = {key: translation_key for translation_key, key in self.label_keys.items()}
            keys = [by_key[key] for key in keys if key in by_key]
        lookup = {f"{group}__in": keys for facet, _label, group, _model in FACETS if facet == name}
        if name in RELATED:
            return Q(pk__in=ProjectPage.objects.filter(**lookup).values("pk"))
        return Q(**lookup)

    def _matching(self, chosen, skip=None):
        query = Q()
        for name, keys in chosen.items():
            if keys and name != skip:
                query &= self._filter(name, keys)
        return query

    def _count(self, chosen):
        """For each facet, its values with how many projects each would give with the
        other facets' choices kept: one grouped query per facet."""
        choices = repr(sorted((name, sorted(keys)) for name, keys in chosen.items()))
        parts = [str(self.projects.query), choices, repr(self.label_keys)]
        rows = kept("catalogue", parts, lambda: self._grouped(chosen))
        counts = {}
        for name, *_rest in FACETS:
            counts[name] = dict(self._keyed(name, value, number) for value, number in rows[name])
            counts[name].pop(None, None)  # projects without a value (no theme, no plan…)
        return counts

    def _grouped(self, chosen):
        rows = {}
        for name, _label, group, _model in FACETS:
            others = self._matching(chosen, skip=name)
            total = Count("pk", distinct=True, filter=others) if others else Count("pk", distinct=True)
            rows[name] = list(self.projects.order_by().values_list(group).annotate(total=total))
        return rows

    def _keyed(self, name, value, number):
        if value is None:
            return None, number
        if name == "plan":
            plan = self.plans.get(value)
            return (plan.slug if plan else None), number
        if name == "label":
            return self.label_keys.get(str(value)), number
        return value, number

    def _names(self, name, model, keys):
        if name == "plan":
            return {plan.slug: plan.title for plan in self.plans.values()}
        if name == "label":
            return self.label_names
        if name == "status":
            return {key: ProjectStatus(key).label for key in keys}
        if name == "country":
            return {key: Country(key).label for key in keys}
        named = {}
        for item in model.objects.filter(slug__in=keys).order_by():
            if item.slug not in named or item.locale_id == self.locale_id:
                named[item.slug] = item
        localized = localize_objects(list(named.values()), self.locale_id)
        return {item.slug: str(item) for item in localized}

    def _facets(self, counts):
        facets = []
        for name, label, _group, model in FACETS:
            names = self._names(name, model, list(counts[name]))
            options = [
                Option(key, names.get(key, key), count, key in self.selected[name])
                for key, count in counts[name].items()
            ]
            options.sort(key=lambda option: option.key if name == "period" else option.name.lower())
            if options:
                facets.append(Facet(name, label, options))
        return facets

    @property
    def is_filtered(self):
        return any(self.selected.values())

    def page(self, number):
        """The projects matching every choice, ``PROJECTS_PER_PAGE`` at a time, as entries
        with their plan; their cards' pictures are read in advance."""
        results = self.projects.filter(self._matching(self.selected)).order_by("title", "pk")
        shown = Paginator(results, PROJECTS_PER_PAGE).get_page(number)
        projects = with_card_images(shown.object_list.select_related("programme_period").defer_streamfields())
        shown.object_list = [Entry(project, self.plans.get(project.parent_path)) for project in projects]
        return shown
