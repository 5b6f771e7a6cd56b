from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News indexes and news pages (content model issue)."""

    name = "news"
    verbose_name = _("News")
