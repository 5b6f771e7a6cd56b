"""Plans, projects, actions, labels, partners and taxonomies, one module per concern."""

from .actions import ActionPage
from .facts import ProjectStatus
from .indexes import LabelIndexPage, LabelPage, ProjectIndexPage
from .projects import PlanPage, ProjectLabel, ProjectPage, ProjectPartner
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
