"""Every check about translating, in one place: who may edit, sync, bulk-translate,
publish with translations, and work on a translation.

Wagtail's page permissions follow the tree (officers their plan, translators their
language's tree, moderators everywhere); the rules added here are that translators
edit translations only and that syncing needs the right to submit translations.
Views, hooks and templates ask these functions rather than Wagtail directly, so a
rule changed here holds on every screen.
"""

from wagtail_localize.models import TranslationSource
from wagtail_localize.views.edit_translation import user_can_edit_instance

from .models import BulkTranslationJob
from .roles import MODERATORS, PLAN_OFFICERS_PREFIX, TRANSLATORS

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def is_translator_only(user):
    """A translator without any other editorial role (officers and moderators edit sources)."""
    names = set(user.groups.values_list("name", flat=True))
    return bool(names & set(TRANSLATORS.values())) and not (
        user.is_superuser
        or MODERATORS in names
        or any(name.startswith(PLAN_OFFICERS_PREFIX) for name in names)
    )


def is_translation(page):
    """True when wagtail-localize translates this page from another language."""
    return (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .exists()
    )


def may_edit(user, page):
    """The page's edit right, with the rule that translators edit translations only."""
    if not page.permissions_for_user(user).can_edit():
        return False
    return not (is_translator_only(user) and not is_translation(page))


def may_publish(user, page):
    """Publishing a page (with its translations): Wagtail's publish right on the page."""
    return page.permissions_for_user(user).can_publish()


def may_sync(user, page):
    """Syncing a page's translations: anyone who submits translations and may edit one of
    its language versions (translators sync what they translate; officers their plans)."""
    return user.has_perm(SUBMIT_TRANSLATION) and any(
        may_edit(user, version) for version in page.get_translations(inclusive=True)
    )


def may_sync_snippet(user, snippet):
    """Syncing a snippet's translations (partners, themes): submitting translations and
    changing that kind of snippet."""
    meta = snippet._meta
    return user.has_perm(SUBMIT_TRANSLATION) and user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


def may_translate(user, page):
    """Starting the translation of a page (or a whole plan): submitting translations, and
    editing the source as the editor would allow it (a translator may not edit a source)."""
    return user.has_perm(SUBMIT_TRANSLATION) and may_edit(user, page)


def may_edit_translation(user, translation):
    """Working on a translation's text (segments, PO and XLIFF files): the right to edit
    the translated page, as wagtail-localize's editor checks it."""
    return user_can_edit_instance(user, translation.get_target_instance())


def may_start_job(user, plan, kind):
    """Starting a bulk job on a plan: translating it, or syncing its translations."""
    if kind == BulkTranslationJob.Kind.TRANSLATE:
        return may_translate(user, plan)
    return may_sync(user, plan)


def may_follow_job(user, job):
    """Seeing a bulk job's progress: who started it, or anyone who could have."""
    return user.is_superuser or job.user_id == user.pk or may_start_job(user, job.root, job.kind)
