from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    """Plans, projects, actions, labels, partners and taxonomies."""

    name = "projects"
    verbose_name = _("Plans and projects")

    def ready(self):
        from cms import freshness

        # Every footer shows the partners (projects_partners): a partner renamed or given
        # a new logo is shown at once, like a page published.
        partner = self.get_model("Partner")
        post_save.connect(freshness.renew, sender=partner, dispatch_uid="projects.partner.saved")
        post_delete.connect(freshness.renew, sender=partner, dispatch_uid="projects.partner.deleted")
