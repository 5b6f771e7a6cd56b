"""The editorial roles: plan officers, translators per language, moderators, as groups
with page and collection permissions, and the plans' publication workflow.

What each role may then do with translations is decided in permissions.py.

Permissions follow the page tree. Officers of a plan edit and publish that plan's
subtree (projects, actions, news, videos) in every language; translators edit
pages of their target language's tree, without publishing; moderators publish
everywhere. ``setup_roles`` (run by ``make run``) is idempotent, and a plan's group
is also made when the plan, or its translation, is saved.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_noop

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from projects.models import PlanPage

from .models import TranslationsReadyTask

OFFICER_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
TRANSLATOR_PAGE_PERMISSIONS = ("change",)
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
MODERATORS = "Moderators"
# Stored in English; names.py shows them in the reader's language, so code identifies the
# workflow by its task (is_publication_workflow), not by what its name reads.
PUBLICATION_WORKFLOW = gettext_noop("Publication with translations")
TRANSLATIONS_READY_TASK = gettext_noop("Translations ready")
TRANSLATORS = {"it": "Translators into Italian", "fr": "Translators into French"}
PLAN_OFFICERS_PREFIX = "Plan officers: "


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_group(name, permissions=()):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(permission("wagtailadmin.access_admin"), *map(permission, permissions))
    return group


def grant_pages(group, pages, kinds):
    for page in pages:
        for kind in kinds:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission(f"wagtailcore.{kind}_page")
            )


def grant_collections(group, codenames):
    root = Collection.get_first_root_node()
    if root is None:
        return
    for codename in codenames:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission(codename)
        )


def plan_group_name(plan):
    return f"{PLAN_OFFICERS_PREFIX}{plan.acronym}"


@transaction.atomic
def ensure_plan_group(plan):
    """The officers' group of a plan, with rights on every language version of it, and
    the plan's publication workflow."""
    group = ensure_group(plan_group_name(plan), ("wagtail_localize.submit_translation",))
    grant_pages(group, Page.objects.filter(translation_key=plan.translation_key), OFFICER_PAGE_PERMISSIONS)
    grant_collections(
        group,
        (
            "wagtailimages.add_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.choose_document",
        ),
    )
    assign_publication_workflow(plan)
    return group


def is_publication_workflow(workflow):
    """Whether ``workflow`` has an active "translations ready" step, whatever its name."""
    return TranslationsReadyTask.objects.filter(active=True, workflow_tasks__workflow=workflow).exists()


def publication_workflow():
    """The plans' workflow: moderators approve "translations ready", then the page and its
    translations go live together. Made once; an administrator may add steps to it, or
    rename it: it is the workflow with that step (an enabled one first)."""
    workflow = (
        Workflow.objects.filter(workflow_tasks__task__in=TranslationsReadyTask.objects.all())
        .distinct()
        .order_by("-active", "pk")
        .first()
    )
    if workflow is not None:
        return workflow
    workflow, created = Workflow.objects.get_or_create(name=PUBLICATION_WORKFLOW)
    if created:
        task = TranslationsReadyTask.objects.create(name=TRANSLATIONS_READY_TASK)
        task.groups.add(ensure_group(MODERATORS))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def assign_publication_workflow(plan):
    """Every language version of the plan (and so its subtree) uses the workflow,
    unless an administrator gave it another one."""
    workflow = publication_workflow()
    for page in Page.objects.filter(translation_key=plan.translation_key):
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


@transaction.atomic
def setup_roles():
    """Create or complete every role; returns the groups, for reporting."""
    groups = []
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    # Moderators also keep the site's identity: the programme's logos and legal links.
    moderators = ensure_group(MODERATORS, ("wagtail_localize.submit_translation", "home.change_siteidentity"))
    if site is not None:
        grant_pages(
            moderators,
            Page.objects.filter(translation_key=site.root_page.translation_key),
            MODERATOR_PAGE_PERMISSIONS,
        )
    groups.append(moderators)
    for language, name in TRANSLATORS.items():
        translators = ensure_group(name, ("wagtail_localize.submit_translation",))
        locale = Locale.objects.filter(language_code=language).first()
        if site is not None and locale is not None:
            home = site.root_page.get_translation_or_none(locale)
            if home is not None:
                grant_pages(translators, [home], TRANSLATOR_PAGE_PERMISSIONS)
        grant_collections(translators, ("wagtailimages.choose_image", "wagtaildocs.choose_document"))
        groups.append(translators)
    seen = set()
    for plan in PlanPage.objects.order_by("pk"):
        if plan.translation_key not in seen:
            seen.add(plan.translation_key)
            groups.append(ensure_plan_group(plan))
    return groups
