from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """Plans, projects, actions, labels, partners and taxonomies."""

    name = "projects"
    verbose_name = _("Plans and projects")
