"""Plans, projects, actions, labels, partners and taxonomies, one module per concern."""

from .indexes import LabelIndexPage, LabelPage, ProjectIndexPage
from .projects import ActionPage, PlanPage, ProjectLabel, ProjectPage, ProjectPartner, ProjectStatus
from .snippets import Country, Partner, ProgrammePeriod, TargetAudience, Theme

__all__ = [
    "ActionPage",
    "Country",
    "LabelIndexPage",
    "LabelPage",
    "Partner",
    "PlanPage",
    "ProgrammePeriod",
    "ProjectIndexPage",
    "ProjectLabel",
    "ProjectPage",
    "ProjectPartner",
    "ProjectStatus",
    "TargetAudience",
    "Theme",
]
