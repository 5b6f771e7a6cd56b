from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """Plans, projects, actions, labels, partners and taxonomies (content model issue)."""

    name = "projects"
    verbose_name = _("Plans and projects")

    def ready(self):
        from django.db.models.signals import post_save

        from cms.roles import ensure_plan_group

        from .models import PlanPage

        def plan_saved(sender, instance, created, raw=False, **kwargs):
            """Every plan (and each translation of it) has its officers' group."""
            if created and not raw:
                ensure_plan_group(instance)

        post_save.connect(plan_saved, sender=PlanPage, weak=False, dispatch_uid="projects.plan_group")
