"""Every check about translating, in one place: who may edit, sync, bulk-translate,
publish with translations, and work on a translation.

Wagtail's page permissions follow the tree (officers their plan, translators their
language's tree, moderators everywhere); the rules added here are that translators
edit translations only and that syncing needs the right to submit translations.
Views, hooks and templates ask these functions rather than Wagtail directly, so a
rule changed here holds on every screen.
"""

from collections import defaultdict

from django.db.models import F, Q

from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.edit_translation import user_can_edit_instance

from projects.models import PlanPage

from .models import BulkTranslationJob
from .roles import MODERATORS, PLAN_OFFICERS_PREFIX, TRANSLATORS
from .status import Scope, status_rows

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


# Issue 10: no one acts beyond their role, whichever button is pressed. Translators change
# only the text of translations into their language (through wagtail-localize's editor);
# every structural action (delete, unpublish, move, copy, convert, create, stop a
# translation, override a segment, make a snippet) needs an editorial role.


def translator_languages(user):
    """The language codes a user translates into, from their translators' groups."""
    names = set(user.groups.values_list("name", flat=True))
    return {language for language, name in TRANSLATORS.items() if name in names}


def has_enabled_translation(page):
    """True when wagtail-localize's editor handles this page (a translation not stopped)."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()


def may_use_page_editor(user, page):
    """Opening or saving a page's editor. A translator's editor is wagtail-localize's,
    which changes text only; a translation stopped (or never started) would open Wagtail's
    ordinary editor, where facts can change, so a translator is kept out of it."""
    if not may_edit(user, page):
        return False
    return not is_translator_only(user) or has_enabled_translation(page)


def may_view_drafts(user, page):
    """Seeing a page's drafts and revisions (preview, compare, view draft): whoever may
    edit or publish it; a translator, translations only."""
    return may_edit(user, page) or (not is_translator_only(user) and may_publish(user, page))


def may_delete(user, page):
    """Deleting a page (and its subpages): Wagtail's right, never a translator's."""
    return not is_translator_only(user) and page.permissions_for_user(user).can_delete()


def may_unpublish(user, page):
    """Unpublishing a page: Wagtail's right, never a translator's."""
    return not is_translator_only(user) and page.permissions_for_user(user).can_unpublish()


def may_move(user, page, destination=None):
    """Moving a page (to ``destination`` when known): Wagtail's right, never a translator's."""
    if is_translator_only(user):
        return False
    perms = page.permissions_for_user(user)
    return perms.can_move_to(destination) if destination is not None else perms.can_move()


def may_copy(user, page, destination=None):
    """Copying a page (to ``destination`` when known): Wagtail's right, never a translator's."""
    if is_translator_only(user):
        return False
    perms = page.permissions_for_user(user)
    return perms.can_copy_to(destination) if destination is not None else perms.can_copy()


def may_create_page(user, parent):
    """Adding a page under ``parent``: Wagtail's right, never a translator's (translations
    are started with "Translate this page")."""
    return not is_translator_only(user) and parent.permissions_for_user(user).can_add_subpage()


def may_convert_alias(user, page):
    """Turning an alias into an ordinary page: editing it as an author would."""
    return not is_translator_only(user) and page.permissions_for_user(user).can_edit()


def may_revert(user, page):
    """Bringing back an earlier revision as the new draft: the ordinary editor's right."""
    return may_use_page_editor(user, page) and not is_translator_only(user)


def may_submit_translation(user, instance, locales=None):
    """Starting translations of a page or snippet (wagtail-localize's "Translate"), into
    ``locales`` (Locale objects) when known, otherwise into any other language.

    - a translator, into their own languages only (the source stays with its authors);
    - anyone else, on a page they may edit (officers, their plan; moderators, everywhere);
    - a snippet's translation is a new snippet: the right to add that kind of snippet.
    """
    if not user.has_perm(SUBMIT_TRANSLATION):
        return False
    if isinstance(instance, Page):
        if is_translator_only(user):
            codes = (
                {locale.language_code for locale in locales}
                if locales is not None
                else set(
                    Locale.objects.exclude(pk=instance.locale_id).values_list("language_code", flat=True)
                )
            )
            mine = translator_languages(user)
            return bool(codes) and (codes <= mine if locales is not None else bool(codes & mine))
        return may_edit(user, instance)
    meta = instance._meta
    return not is_translator_only(user) and user.has_perm(f"{meta.app_label}.add_{meta.model_name}")


def may_stop_translation(user, translation):
    """Stopping a translation turns its page into an ordinary page, facts and all, that
    no longer follows its source: an administrator's decision."""
    return user.is_superuser


def may_override(user, translation):
    """Giving a translation its own value for an overridable segment (a video file, a
    poster, a linked page): not text, so never a translator's; others as they may edit it."""
    return not is_translator_only(user) and may_edit_translation(user, translation)


def may_edit_snippet(user, model):
    """Creating, editing or deleting partners, themes, audiences, periods: never a
    translator's; others as their model permissions allow."""
    return not is_translator_only(user)


# Issue 10: inside a plan a page goes live in all its languages at once (facts.py keeps
# facts together on any publish; these keep the text together). A moderator may still
# publish one language alone, as an explicit choice; a plan may allow it to everyone.


def is_moderator(user):
    """Moderators (and administrators) decide when one language may go live alone."""
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def plan_of(page):
    """The plan ``page`` belongs to (itself, for a plan), as live: None outside plans.
    For a page being created, pass its parent."""
    return PlanPage.objects.ancestor_of(page, inclusive=True).order_by("-depth").first()


def must_publish_with_translations(user, page):
    """Whether ``user`` may make ``page`` live only together with its translations: anyone
    but a moderator, for a page inside a plan that does not allow single-language pages."""
    plan = plan_of(page)
    return plan is not None and not plan.single_language_pages and not is_moderator(user)


def may_publish_alone(user, page):
    """Publishing ``page`` in its own language only (Wagtail's plain publish)."""
    return may_publish(user, page) and not must_publish_with_translations(user, page)


# Issue 10: wagtail-localize's editor offers only what these allow (editor.py), and its
# "Publish in <language>" is refused otherwise, whoever posts it.


def may_lock(user, page):
    """Locking a page against others' edits, or unlocking it: Wagtail's right, never a
    translator's (a lock would hold back the page's authors)."""
    if is_translator_only(user):
        return False
    perms = page.permissions_for_user(user)
    return perms.can_lock() or perms.can_unlock()


def may_publish_translation(user, translation):
    """Publishing a translation from wagtail-localize's editor, that language alone: who may
    publish the page alone (may_publish_alone), and only once its source is live, but for
    administrators: visitors never read a translation of a page that is not published."""
    page = translation.get_target_instance()
    if not may_publish_alone(user, page):
        return False
    if user.is_superuser:
        return True
    source = source_page(translation)
    return source is not None and source.live


def source_page(translation):
    """The page ``translation`` translates from, as it is now (None once deleted)."""
    return Page.objects.filter(
        translation_key=translation.source.object_id, locale_id=translation.source.locale_id
    ).first()


def may_mark_ready(user, translation):
    """Saying a translation is complete ("Mark as ready"): whoever works on its text."""
    return may_edit_translation(user, translation)


# Issue 13: no one reads another plan's drafts. The overview, its CSV, the dashboard's counts
# and the readiness page show the rows a user works on, decided from Wagtail's page
# permissions as path prefixes, so the database filters them.

AUTHOR_RIGHTS = ("add_page", "change_page", "publish_page")  # as Wagtail's own reports


def overview_scope(user):
    """The overview's rows ``user`` sees, as a ``status.Scope`` (None: every row).

    A row is a page's translation into a language. It is shown to whoever may edit its
    source (officers, their plans in every language; a translator edits no source) and to
    whoever may edit where its translation lives, or will live once started: the
    language version of a page the user holds rights on (translators, their language's
    tree; moderators, every home). Administrators see every row.
    """
    if user.is_superuser:
        return None
    roots = [
        perm.page
        for perm in PagePermissionPolicy().get_cached_permissions_for_user(user)
        if perm.permission.codename in AUTHOR_RIGHTS
    ]
    locale_ids = list(Locale.objects.values_list("pk", flat=True))
    prefixes = {locale_id: set() for locale_id in locale_ids}
    if not roots:
        return Scope(prefixes)
    versions = defaultdict(set)
    keys = {root.translation_key for root in roots}
    for key, path in Page.objects.filter(translation_key__in=keys).values_list("translation_key", "path"):
        versions[key].add(path)
    edits_sources = not is_translator_only(user)
    for root in roots:
        prefixes.setdefault(root.locale_id, set()).update(versions[root.translation_key])
        if edits_sources:
            for paths in prefixes.values():
                paths.add(root.path)
    return Scope({locale_id: shortest(paths) for locale_id, paths in prefixes.items()})


def shortest(paths):
    """The prefixes not already covered by a shorter one."""
    kept = []
    for path in sorted(paths):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return tuple(kept)


def may_see_translations(user, page):
    """The readiness page of ``page``: whoever sees one of its rows, or its drafts."""
    scope = overview_scope(user)
    return (
        scope is None
        or may_view_drafts(user, page)
        or bool(status_rows(translation_keys={page.translation_key}, scope=scope))
    )


def explorable_pages(user):
    """The pages whose drafts ``user`` may read in Wagtail's admin: their subtrees and the
    pages above them (Wagtail's explorable pages), as path prefixes in the database."""
    return PagePermissionPolicy().explorable_instances(user)


def choosable_pages(user):
    """What the page chooser may show ``user`` (a condition on pages): what they may
    explore, and elsewhere live pages whose title has no unpublished change, so another
    plan's drafts, and new titles not yet published, stay with their authors."""
    if user.is_superuser:
        return Q()
    return Q(live=True, title=F("draft_title")) | Q(pk__in=explorable_pages(user).values("pk"))
