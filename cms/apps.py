from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The kernel every content app builds on: BasePage, blocks, forms, i18n, SEO, search."""

    name = "cms"
    verbose_name = _("Site core")

    def ready(self):
        from cms import checks, freshness, purge, renditions, tree, uploads  # noqa: F401, PLC0415 (models are ready only now)

        purge.connect()
        renditions.connect()
        uploads.limit_decoders()
        freshness.connect()
        tree.connect()
