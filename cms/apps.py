from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The site-wide core shared by every content app."""

    name = "cms"
    verbose_name = _("Site core")
