"""The project catalogue's faceted filters, computed in memory from one set of queries.

Within a facet, chosen values widen the result (OR); across facets they narrow it
(AND). Each option shows how many projects it would give with the other facets'
choices kept, so a visitor never clicks into an empty list. Values that are not
options (an old bookmark, a typo) are ignored rather than answered with an error.
The number of queries does not depend on the number of projects.

Option keys are what a visitor reads in the address: taxonomy and plan slugs, and
for labels the label page's slug in the catalogue's language (``?label=alcotra-jeunes``).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from cms.i18n import localize_objects
from cms.listing import Option

from .models.projects import PlanPage, ProjectPage, ProjectStatus
from .models.snippets import Country

FACETS = (
    ("period", _("Programme period")),
    ("plan", _("Plan")),
    ("theme", _("Theme")),
    ("audience", _("Target audience")),
    ("label", _("Label")),
    ("status", _("Status")),
    ("country", _("Partner country")),
)


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)


@dataclass
class Entry:
    project: ProjectPage
    plan: PlanPage | None
    values: dict


def catalogue_projects(index_page):
    return (
        ProjectPage.objects.live()
        .public()
        .descendant_of(index_page)
        .select_related("programme_period", "listing_image")
        .prefetch_related("themes", "audiences", "project_partners__partner", "project_labels__label")
        .order_by("title")
    )


class Catalogue:
    def __init__(self, index_page, params):
        plans = {plan.path: plan for plan in PlanPage.objects.live().public().descendant_of(index_page)}
        self.names = defaultdict(dict)
        self.entries = [self._entry(project, plans) for project in catalogue_projects(index_page)]
        self._localize_names(index_page)
        self.selected = {
            name: {self.aliases.get(value, value) for value in params.getlist(name)} & set(self.names[name])
            for name, _label in FACETS
        }

    def _entry(self, project, plans):
        plan = plans.get(project.path[: -project.steplen])
        partners = [link.partner for link in project.project_partners.all()]
        values = {
            "period": {project.programme_period.slug},
            "plan": {plan.slug} if plan else set(),
            "theme": {theme.slug for theme in project.themes.all()},
            "audience": {audience.slug for audience in project.audiences.all()},
            "label": {str(link.label.translation_key) for link in project.project_labels.all()},
            "status": {project.status},
            "country": {partner.country for partner in partners},
        }
        self.names["period"][project.programme_period.slug] = project.programme_period
        if plan:
            self.names["plan"][plan.slug] = plan.title
        for theme in project.themes.all():
            self.names["theme"][theme.slug] = theme
        for audience in project.audiences.all():
            self.names["audience"][audience.slug] = audience
        for link in project.project_labels.all():
            self.names["label"][str(link.label.translation_key)] = link.label
        self.names["status"][project.status] = ProjectStatus(project.status).label
        for partner in partners:
            self.names["country"][partner.country] = Country(partner.country).label
        return Entry(project, plan, values)

    def _localize_names(self, index_page):
        localized = {}
        for facet in ("period", "theme", "audience", "label"):
            keys = list(self.names[facet])
            objects = localize_objects([self.names[facet][key] for key in keys], index_page.locale_id)
            localized[facet] = dict(zip(keys, objects, strict=True))
            self.names[facet] = {
                key: str(obj.title if hasattr(obj, "title") else obj) for key, obj in localized[facet].items()
            }
        self._key_labels_by_slug(localized["label"])

    def _key_labels_by_slug(self, labels):
        """Label options keyed by the slug of the label page in the catalogue's language
        (``labels``: translation key → that page), not its translation key. Two labels
        cannot share a slug under one list; should two lists' pages do so, the second
        keeps its translation key. ``aliases`` maps the translation keys older addresses
        used to the slugs, so those addresses still select their label."""
        slugs = {}
        for key, label in labels.items():
            slugs[key] = label.slug if label.slug not in slugs.values() else key
        self.aliases = {key: slug for key, slug in slugs.items() if key != slug}
        self.names["label"] = {slugs[key]: name for key, name in self.names["label"].items()}
        for entry in self.entries:
            entry.values["label"] = {slugs[key] for key in entry.values["label"]}

    def _matches(self, entry, skip=None):
        return all(
            not chosen or entry.values[name] & chosen
            for name, chosen in self.selected.items()
            if name != skip
        )

    @property
    def results(self):
        return [entry for entry in self.entries if self._matches(entry)]

    @property
    def facets(self):
        facets = []
        for name, label in FACETS:
            counts = defaultdict(int)
            for entry in self.entries:
                if self._matches(entry, skip=name):
                    for key in entry.values[name]:
                        counts[key] += 1
            options = [
                Option(key, self.names[name][key], counts[key], key in self.selected[name])
                for key in self.names[name]
            ]
            options.sort(key=lambda option: option.key if name == "period" else option.name.lower())
            if options:
                facets.append(Facet(name, label, options))
        return facets

    @property
    def is_filtered(self):
        return any(self.selected.values())
