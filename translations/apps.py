from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The coordination around wagtail-localize: status, readiness, coordinated
    publication, requests, bulk jobs, translation files, roles and permissions."""

    name = "translations"
    verbose_name = _("Translation coordination")

    def ready(self):
        from django.db.models.signals import post_save

        from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
        from wagtail.signals import copy_for_translation_done, page_published, workflow_submitted

        from projects.models import PlanPage

        from .facts import follow_source, make_publishing_atomic
        from .requests import request_for_submission, request_translations, track_copied_page
        from .roles import ensure_plan_group

        def source_published(sender, instance, revision=None, **kwargs):
            """Translators are told when a published source changes its text."""
            request_translations(instance, revision)

        def page_submitted(sender, instance, user=None, **kwargs):
            """Translators are told when a page waits for them to go live."""
            request_for_submission(instance.content_object)

        def plan_saved(sender, instance, created, raw=False, **kwargs):
            """Every plan (and each translation of it) has its officers' group."""
            if created and not raw:
                ensure_plan_group(instance)

        def page_copied_for_translation(sender, source_obj, target_obj, **kwargs):
            """A parent copied so that its child can be translated is translation work too."""
            track_copied_page(source_obj, target_obj)

        # Facts are language-neutral: the other languages take a source's facts in the
        # transaction that publishes it (facts.py).
        make_publishing_atomic()
        page_published.connect(follow_source, weak=False, dispatch_uid="translations.facts")
        page_published.connect(source_published, weak=False, dispatch_uid="translations.requests")
        workflow_submitted.connect(page_submitted, weak=False, dispatch_uid="translations.submitted")
        copy_for_translation_done.connect(
            page_copied_for_translation,
            sender=CopyPageForTranslationAction,
            weak=False,
            dispatch_uid="translations.copied_page",
        )
        post_save.connect(plan_saved, sender=PlanPage, weak=False, dispatch_uid="translations.plan_group")
