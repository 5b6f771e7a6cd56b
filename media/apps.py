from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    """Video pages and media content; uploads themselves live outside the source tree."""

    name = "media"
    verbose_name = _("Videos and media")
