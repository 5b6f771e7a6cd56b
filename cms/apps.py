from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The site-wide core shared by every content app."""

    name = "cms"
    verbose_name = _("Site core")

    def ready(self):
        from wagtail.signals import page_published

        def source_published(sender, instance, revision=None, **kwargs):
            from cms.translations.requests import request_translations

            request_translations(instance, revision)

        page_published.connect(source_published, weak=False, dispatch_uid="cms.translation_requests")
