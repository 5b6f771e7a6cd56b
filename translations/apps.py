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
        from wagtail.models import Task, Workflow
        from wagtail.signals import copy_for_translation_done, page_published, workflow_submitted
        from wagtail_localize.models import StringTranslation

        from projects.models import PlanPage

        from . import names
        from .facts import follow_source, make_publishing_atomic
        from .lists import publish_new_lists, translate_default_lists_later
        from .requests import request_for_submission, request_translations, track_copied_page
        from .roles import ensure_plan_group
        from .slugs import slug_follows_title

        def source_published(sender, instance, revision=None, **kwargs):
            """Translators are told when a published source changes its text."""
            request_translations(instance, revision)

        def lists_go_live(sender, instance, revision=None, **kwargs):
            """A plan's or project's own lists go live with it the first time."""
            publish_new_lists(instance, user=getattr(revision, "user", None))

        def page_submitted(sender, instance, user=None, **kwargs):
            """Translators are told when a page waits for them to go live."""
            request_for_submission(instance.content_object)

        def plan_saved(sender, instance, created, raw=False, **kwargs):
            """Every plan (and each translation of it) has its officers' group."""
            if created and not raw:
                ensure_plan_group(instance)

        def page_copied_for_translation(sender, source_obj, target_obj, **kwargs):
            """A parent copied so that its child can be translated is translation work too,
            and a plan or project translated takes its lists along."""
            track_copied_page(source_obj, target_obj)
            translate_default_lists_later(source_obj, target_obj)

        # The publication workflow's and task's names read in the admin user's language (names.py).
        names.install(Workflow)
        names.install(Task)
        # Facts are language-neutral: the other languages take a source's facts in the
        # transaction that publishes it (facts.py).
        make_publishing_atomic()
        page_published.connect(follow_source, weak=False, dispatch_uid="translations.facts")
        page_published.connect(source_published, weak=False, dispatch_uid="translations.requests")
        page_published.connect(lists_go_live, weak=False, dispatch_uid="translations.lists")
        workflow_submitted.connect(page_submitted, weak=False, dispatch_uid="translations.submitted")
        copy_for_translation_done.connect(
            page_copied_for_translation,
            sender=CopyPageForTranslationAction,
            weak=False,
            dispatch_uid="translations.copied_page",
        )
        # A translated slug follows the translated title (slugs.py).
        post_save.connect(slug_follows_title, sender=StringTranslation, dispatch_uid="translations.slug")
        post_save.connect(plan_saved, sender=PlanPage, weak=False, dispatch_uid="translations.plan_group")
