"""Every admin URL that can change content, for every role (issue 10): no one acts beyond
their role, whichever button is pressed, Wagtail's and wagtail-localize's included.

The URL names come from the URL resolver: a new admin view fails ``test_every_admin_url_is
_classified`` until it is put in the matrix (with what each role may do) or in the commented
list of views that change nothing. A refusal is a redirect to the dashboard, a 403 or a 404,
and every row a view could touch unchanged (``snapshot``). Each case posts (or gets, for
views that show drafts) against one representative object: a source or a translation, inside
or outside the role's plan.

Roles: the moderator; the translators into French and into Italian; the officers of PRO-SOL
(Italian source, COOR-COM inside it) and of GRAIES LAB (French source).
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupPagePermission,
    Locale,
    Page,
    PageViewRestriction,
    Revision,
    Site,
    Task,
    Workflow,
    WorkflowState,
)
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from news.models import NewsIndexPage
from projects.models import Partner, ProgrammePeriod, TargetAudience, Theme
from tests.support.admin import project_form
from tests.support.pages import publish
from tests.support.users import make_user
from translations.models import BulkTranslationJob
from translations.roles import MODERATORS, PUBLICATION_WORKFLOW, TRANSLATORS, plan_group_name

pytestmark = pytest.mark.django_db

ROLES = ("moderator", "translator_fr", "translator_it", "officer_pro_sol", "officer_graies")

# One letter per role, in the order of ROLES:
#   Y allowed (not refused); n refused and nothing changed;
#   u any answer but nothing changed (a screen that refuses by sending elsewhere);
#   L publication rules, asserted loosely (status < 500): see test_bilingual_publication.py.
ALLOWED, REFUSED, UNCHANGED, LOOSE = "Y", "n", "u", "L"


class Scene:
    """The demo objects a case acts on, made only when a case asks for them."""

    def __init__(self, demo_site):
        self.demo_site = demo_site

    @cached_property
    def it_source(self):
        """COOR-COM in Italian: a source inside PRO-SOL."""
        return self.demo_site.page("project:coor-com", "it")

    @cached_property
    def it_project_without_lists(self):
        """PRO-SOL Senior in Italian: a project inside PRO-SOL with no news list yet."""
        return self.demo_site.page("project:senior", "it")

    @cached_property
    def fr_translation(self):
        """COOR-COM in French: a translation inside PRO-SOL."""
        return self.demo_site.page("project:coor-com", "fr")

    @cached_property
    def fr_source(self):
        """GRAIES LAB in French: a source, outside PRO-SOL."""
        return self.demo_site.page("plan:graies-lab", "fr")

    @cached_property
    def fr_source_draft(self):
        """A French source of GRAIES LAB never published: what Wagtail lets "change" delete."""
        page = NewsIndexPage(title="Brouillon", slug="brouillon-matrice", live=False)
        self.fr_source.add_child(instance=page)
        page.save_revision()
        return page

    @cached_property
    def destination(self):
        """Where the draft may be moved: its own plan (a project there already has its news list)."""
        return self.fr_source

    @cached_property
    def it_untranslated(self):
        """An Italian source of PRO-SOL with no French version yet."""
        return publish(
            self.demo_site.page("plan:pro-sol"), NewsIndexPage(title="Notizie", slug="notizie-matrice")
        )

    @cached_property
    def legacy_alias(self):
        """An alias in the French tree, left by an earlier version."""
        about = self.demo_site.about_it
        return about.create_alias(
            parent=self.demo_site.home_fr,
            update_locale=self.demo_site.home_fr.locale,
            update_slug="alias-matrice",
        )

    @cached_property
    def translation(self):
        page = self.fr_translation
        return Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)

    @cached_property
    def segment(self):
        return StringSegment.objects.filter(source=self.translation.source).first()

    @cached_property
    def video_translation(self):
        video = self.demo_site.page("video:coor-com-students", "fr")
        return Translation.objects.get(source__object_id=video.translation_key, target_locale=video.locale)

    @cached_property
    def override_segment(self):
        return OverridableSegment.objects.get(
            source=self.video_translation.source, context__path="video_file"
        )

    @cached_property
    def source(self):
        return TranslationSource.objects.get(
            object_id=self.it_source.translation_key, locale=self.it_source.locale
        )

    @cached_property
    def task_state(self):
        workflow = Workflow.objects.get(name=PUBLICATION_WORKFLOW)
        workflow.start(self.it_source, make_user("matrix-admin", superuser=True))
        return WorkflowState.objects.get(
            object_id=str(self.it_source.pk), status="in_progress"
        ).current_task_state

    @cached_property
    def scheduled_revision(self):
        revision = self.it_source.save_revision()
        revision.approved_go_live_at = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=30)
        revision.save()
        return revision

    @cached_property
    def italian_partner(self):
        return Partner.objects.create(
            name="Comune di Aosta",
            country="IT",
            kind=Partner.Kind.values[0],
            locale=self.demo_site.home_it.locale,
        )

    @cached_property
    def collection(self):
        return Collection.get_first_root_node().add_child(name="Matrice")

    @cached_property
    def redirect(self):
        return Redirect.objects.create(old_path="/vecchia-pagina", redirect_link="/it/")

    @cached_property
    def bystander(self):
        return make_user("matrix-bystander")


SNIPPETS = {
    "partner": Partner,
    "theme": Theme,
    "targetaudience": TargetAudience,
    "programmeperiod": ProgrammePeriod,
}


def snapshot():
    """Every row a content-changing admin view could touch."""
    pages = Page.objects.order_by("pk").values_list(
        "pk", "live", "title", "draft_title", "latest_revision_id", "alias_of_id", "path", "locked", "slug"
    )
    rows = {
        "pages": list(pages),
        "revisions": Revision.objects.count(),
        "translations": list(Translation.objects.order_by("pk").values_list("pk", "enabled")),
        "sources": TranslationSource.objects.count(),
        "strings": list(StringTranslation.objects.order_by("pk").values_list("pk", "data")),
        "overrides": SegmentOverride.objects.count(),
        "workflow_states": list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        "restrictions": PageViewRestriction.objects.count(),
    }
    for name, model in SNIPPETS.items():
        rows[name] = list(model.objects.order_by("pk").values_list("pk", "name"))
    for model in (
        get_image_model(),
        get_document_model(),
        Collection,
        get_user_model(),
        Group,
        GroupPagePermission,
        Site,
        Locale,
        Workflow,
        Task,
        Redirect,
    ):
        rows[model.__name__] = list(model.objects.order_by("pk").values_list("pk", flat=True))
    rows["workflows_active"] = list(Workflow.objects.values_list("pk", "active"))
    rows["tasks_active"] = list(Task.objects.values_list("pk", "active"))
    return rows


@dataclass
class Case:
    name: str
    target: str
    args: object  # scene -> list of URL arguments
    expect: str  # one letter per role, see ROLES
    method: str = "post"
    data: object = field(default_factory=dict)  # dict, or scene -> dict
    query: str = ""
    xhr: bool = False
    settings: dict = field(default_factory=dict)

    @property
    def id(self):
        return f"{self.name}[{self.target}]"


def page_args(attribute):
    return lambda scene: [getattr(scene, attribute).pk]


def snippet_cases():
    cases = []
    for model_name, model in SNIPPETS.items():
        prefix = f"wagtailsnippets_projects_{model_name}"
        first = lambda scene, model=model: [model.objects.order_by("pk").first().pk]  # noqa: E731
        cases += [
            Case(f"{prefix}:add", model_name, lambda scene: [], "nnnnn", data={"name": "Nuovo"}),
            Case(f"{prefix}:edit", model_name, first, "nnnnn", data={"name": "Cambiato"}),
            Case(f"{prefix}:delete", model_name, first, "nnnnn"),
            Case(f"{prefix}:copy", model_name, first, "nnnnn", data={"name": "Copia"}),
            Case(
                f"wagtailsnippetchoosers_projects_{model_name}:create",
                model_name,
                lambda scene: [],
                "nnnnn",
                data={"name": "Dal selettore"},
            ),
        ]
    return cases


DUMMY_MACHINE_TRANSLATOR = {
    "WAGTAILLOCALIZE_MACHINE_TRANSLATOR": {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
    }
}

CASES = [
    # --- Pages: Wagtail's editor and page actions -------------------------------------------
    Case(
        "wagtailadmin_pages:add",
        "under the Italian PRO-SOL Senior",
        lambda scene: ["news", "newsindexpage", scene.it_project_without_lists.pk],
        "YnnYn",
        data={"title": "Nuova lista", "slug": "nuova-lista"},
    ),
    Case(
        "wagtailadmin_pages:preview_on_add",
        "under the Italian PRO-SOL Senior",
        lambda scene: ["news", "newsindexpage", scene.it_project_without_lists.pk],
        "YnnYn",
        data={"title": "Anteprima", "slug": "anteprima"},
    ),
    Case("wagtailadmin_pages:add_subpage", "Italian COOR-COM", page_args("it_source"), "YnnYn", method="get"),
    Case(
        "wagtailadmin_pages:edit",
        "Italian source",
        page_args("it_source"),
        "YnnYn",
        data=lambda scene: project_form(scene.it_source, acronym="ALTRO"),
    ),
    # A translator's editor is wagtail-localize's: posting the ordinary form changes nothing.
    Case(
        "wagtailadmin_pages:edit",
        "French translation",
        page_args("fr_translation"),
        "YunYn",
        data=lambda scene: project_form(scene.fr_translation, acronym="AUTRE"),
    ),
    Case(
        "wagtailadmin_pages:preview_on_edit", "French source", page_args("fr_source"), "YnnnY", method="get"
    ),
    Case("wagtailadmin_pages:view_draft", "French source", page_args("fr_source"), "YnnnY", method="get"),
    Case(
        "wagtailadmin_pages:view_draft",
        "French translation",
        page_args("fr_translation"),
        "YYnYn",
        method="get",
    ),
    Case("wagtailadmin_pages:delete", "French source draft", page_args("fr_source_draft"), "YnnnY"),
    # publication rules: see test_bilingual_publication.py (unpublishing one language alone).
    Case("wagtailadmin_pages:unpublish", "French translation", page_args("fr_translation"), "LnnLn"),
    Case("wagtailadmin_pages:convert_alias", "legacy alias", page_args("legacy_alias"), "Ynnnn"),
    Case(
        "wagtailadmin_pages:move", "French source draft", page_args("fr_source_draft"), "YnnnY", method="get"
    ),
    Case(
        "wagtailadmin_pages:move_confirm",
        "French source draft",
        lambda scene: [scene.fr_source_draft.pk, scene.destination.pk],
        "YnnnY",
    ),
    Case(
        "wagtailadmin_pages:set_page_position",
        "French source draft",
        page_args("fr_source_draft"),
        "YnnnY",
        query="?position=0",
    ),
    Case(
        "wagtailadmin_pages:copy",
        "Italian source",
        page_args("it_source"),
        "YnnYn",
        data=lambda scene: {
            "new_title": "Copia",
            "new_slug": "copia",
            "new_parent_page": scene.it_source.get_parent().pk,
        },
    ),
    Case("wagtailadmin_pages:set_privacy", "Italian source", page_args("it_source"), "YnnYn", data={}),
    Case("wagtailadmin_pages:lock", "Italian source", page_args("it_source"), "YnnYn"),
    Case("wagtailadmin_pages:unlock", "Italian source", page_args("it_source"), "YnnYn"),
    Case(
        "wagtailadmin_pages:revisions_revert",
        "Italian source",
        lambda scene: [scene.it_source.pk, scene.it_source.latest_revision_id],
        "YnnYn",
        method="get",
    ),
    Case(
        "wagtailadmin_pages:revisions_view",
        "French source",
        lambda scene: [scene.fr_source.pk, scene.fr_source.latest_revision_id],
        "YnnnY",
        method="get",
    ),
    Case(
        "wagtailadmin_pages:revisions_compare",
        "French source",
        lambda scene: [scene.fr_source.pk, "earliest", "latest"],
        "YnnnY",
        method="get",
    ),
    Case(
        "wagtailadmin_pages:revisions_unschedule",
        "Italian source",
        lambda scene: [scene.it_source.pk, scene.scheduled_revision.pk],
        "YnnYn",
    ),
    # publication rules: see test_bilingual_publication.py (approving publishes both languages).
    Case(
        "wagtailadmin_pages:workflow_action",
        "Italian source, approve",
        lambda scene: [scene.it_source.pk, "approve", scene.task_state.pk],
        "Lnnnn",
        data={"comment": ""},
        xhr=True,
    ),
    Case(
        "wagtailadmin_pages:collect_workflow_action_data",
        "Italian source, approve",
        lambda scene: [scene.it_source.pk, "approve", scene.task_state.pk],
        "Lnnnn",
        method="get",
        xhr=True,
    ),
    Case(
        "wagtailadmin_pages:workflow_preview",
        "Italian source",
        lambda scene: [scene.it_source.pk, scene.task_state.task_id],
        "Ynnnn",
        method="get",
    ),
    # --- The explorer's bulk actions ------------------------------------------------------------
    Case(
        "wagtail_bulk_action",
        "delete a French source draft",
        lambda scene: ["wagtailcore", "page", "delete"],
        "YnuuY",
        query="?id={fr_source_draft}",
    ),
    # Bulk actions leave out the pages a user may not act on (u: nothing changes); a translator's
    # own tree is refused by translations/wagtail_hooks/rules.py.
    # publication rules: see test_bilingual_publication.py
    Case(
        "wagtail_bulk_action",
        "unpublish a French translation",
        lambda scene: ["wagtailcore", "page", "unpublish"],
        "LuuLu",
        query="?id={fr_translation}",
    ),
    Case(
        "wagtail_bulk_action",
        "publish an Italian source",
        lambda scene: ["wagtailcore", "page", "publish"],
        "LuuLu",
        query="?id={it_source}",
    ),
    Case(
        "wagtail_bulk_action",
        "move a French source draft",
        lambda scene: ["wagtailcore", "page", "move"],
        "YuuuY",
        query="?id={fr_source_draft}",
        data=lambda scene: {"chooser": scene.destination.pk},
    ),
    Case(
        "wagtail_bulk_action",
        "delete a partner",
        lambda scene: ["projects", "partner", "delete"],
        "uuuuu",
        query="?id={italian_partner}",
    ),
    # --- The admin API's page actions ---------------------------------------------------------
    *[
        Case(
            "wagtailadmin_api:pages:action",
            f"{action}, {target}",
            lambda scene, t=target, a=action: [
                getattr(scene, t).pk,
                a,
            ],
            expect,
            data=data,
        )
        for action, target, expect, data in (
            ("delete", "fr_source_draft", "YnnnY", {}),
            (
                "unpublish",
                "fr_translation",
                "LnnLn",
                {},
            ),  # publication rules: see test_bilingual_publication.py
            ("publish", "it_source", "LnnLn", {}),  # publication rules: see test_bilingual_publication.py
            (
                "move",
                "fr_source_draft",
                "YnnnY",
                lambda scene: {"destination_page_id": scene.destination.pk, "position": "last-child"},
            ),
            ("copy", "it_source", "YnnYn", {"slug": "copia-api"}),
            ("create_alias", "it_source", "YnnYn", {"slug": "alias-api"}),
            ("convert_alias", "legacy_alias", "Ynnnn", {}),
            (
                "revert_to_page_revision",
                "fr_translation",
                "YnnYn",
                lambda scene: {"revision_id": scene.fr_translation.latest_revision_id},
            ),
            # Wagtail asks for simple_translation's permission, which no role has.
            ("copy_for_translation", "it_untranslated", "nnnnn", {"locale": "fr"}),
        )
    ],
    # --- wagtail-localize's screens (the ones taken over resolve to ours, see below) -------------
    Case(
        "translations_submit_page",
        "Italian source into French",
        page_args("it_untranslated"),
        "YYnYn",
        data=lambda scene: {"locales": [scene.demo_site.home_fr.locale_id]},
    ),
    Case(
        "translations_submit_snippet",
        "Italian partner into French",
        lambda scene: ["projects", "partner", scene.italian_partner.pk],
        "nnnnn",
        data=lambda scene: {"locales": [scene.demo_site.home_fr.locale_id]},
    ),
    Case(
        "translations_stop_translation", "COOR-COM into French", lambda scene: [scene.translation.pk], "nnnnn"
    ),
    Case(
        "translations_edit_override",
        "French video file",
        lambda scene: [scene.video_translation.pk, scene.override_segment.pk],
        "YnnYn",  # the video is COOR-COM's, inside PRO-SOL
        method="put",
        data="value=1",
    ),
    Case(
        "translations_machine_translate",
        "COOR-COM into French",
        lambda scene: [scene.translation.pk],
        "YYnYn",
        query="?next=/admin/translations/",
        settings=DUMMY_MACHINE_TRANSLATOR,
    ),
    Case(
        "translations_preview_translation",
        "COOR-COM into French",
        lambda scene: [scene.translation.pk],
        "YYnYn",
        method="get",
    ),
    Case(
        "translations_download_po",
        "COOR-COM into French",
        lambda scene: [scene.translation.pk],
        "YYnYn",
        method="get",
    ),
    Case("translations_no_alias", "COOR-COM in French", page_args("fr_translation"), "uuuuu"),
    Case("translations_update_translations", "COOR-COM's source", lambda scene: [scene.source.pk], "uuuuu"),
    Case(
        "translations_edit_string",
        "COOR-COM into French",
        lambda scene: [scene.translation.pk, scene.segment.pk],
        "YYnYn",
        method="put",
        data="value=Testo",
    ),
    # Without a file, the upload says so and goes back: nothing changes for anyone.
    Case("translations_upload_po", "COOR-COM into French", lambda scene: [scene.translation.pk], "uunun"),
    Case("translations_upload_xliff", "COOR-COM into French", lambda scene: [scene.translation.pk], "YYnYn"),
    Case(
        "translations_download_xliff",
        "COOR-COM into French",
        lambda scene: [scene.translation.pk],
        "YYnYn",
        method="get",
    ),
    Case("translations_sync", "Italian COOR-COM", page_args("it_source"), "YYnYn"),
    Case(
        "translations_bulk_translate",
        "PRO-SOL",
        lambda scene: [scene.demo_site.page("plan:pro-sol").pk],
        "YnnYn",
    ),
    Case(
        "translations_bulk_sync", "PRO-SOL", lambda scene: [scene.demo_site.page("plan:pro-sol").pk], "YYnYn"
    ),
    # Resuming an interrupted job is starting it again: the same people as starting it.
    Case("translations_bulk_resume", "interrupted job", lambda scene: [interrupted_job(scene)], "YnnYn"),
    # --- Snippets: partners, themes, audiences, periods -------------------------------------
    *snippet_cases(),
    # --- Images and documents: officers upload; nobody else changes them -------------------
    Case("wagtailimages:add", "image", lambda scene: [], "YnnYY"),
    Case("wagtailimages:add_multiple", "image", lambda scene: [], "YnnYY"),
    Case("wagtailimages:edit", "demo image", lambda scene: [get_image_model().objects.first().pk], "Ynnnn"),
    Case("wagtailimages:delete", "demo image", lambda scene: [get_image_model().objects.first().pk], "Ynnnn"),
    Case(
        "wagtailimages:edit_multiple",
        "demo image",
        lambda scene: [get_image_model().objects.first().pk],
        "Ynnnn",
    ),
    Case(
        "wagtailimages:delete_multiple",
        "demo image",
        lambda scene: [get_image_model().objects.first().pk],
        "Ynnnn",
    ),
    Case(
        "wagtailimages:create_multiple_from_uploaded_image",
        "nobody's upload",
        lambda scene: [999999],
        "nnnnn",
    ),
    Case("wagtailimages:delete_upload_multiple", "nobody's upload", lambda scene: [999999], "nnnnn"),
    Case("wagtailimages_chooser:create", "image", lambda scene: [], "YnnYY"),
    Case("wagtaildocs:add", "document", lambda scene: [], "YnnYY"),
    Case("wagtaildocs:add_multiple", "document", lambda scene: [], "YnnYY"),
    Case("wagtaildocs:edit", "demo file", lambda scene: [get_document_model().objects.first().pk], "Ynnnn"),
    Case("wagtaildocs:delete", "demo file", lambda scene: [get_document_model().objects.first().pk], "Ynnnn"),
    Case(
        "wagtaildocs:edit_multiple",
        "demo file",
        lambda scene: [get_document_model().objects.first().pk],
        "Ynnnn",
    ),
    Case(
        "wagtaildocs:delete_multiple",
        "demo file",
        lambda scene: [get_document_model().objects.first().pk],
        "Ynnnn",
    ),
    Case(
        "wagtaildocs:create_multiple_from_uploaded_document",
        "nobody's upload",
        lambda scene: [999999],
        "nnnnn",
    ),
    Case("wagtaildocs:delete_upload_multiple", "nobody's upload", lambda scene: [999999], "nnnnn"),
    Case("wagtaildocs_chooser:create", "document", lambda scene: [], "YnnYY"),
    # Without a task type the chooser's "create" answers 400 to everyone; nothing changes.
    Case("wagtailadmin_workflows:task_chooser_create", "administration", lambda scene: [], "uuuuu"),
    # --- Site identity (logos, legal links): moderators keep it, nobody else --------------------
    Case(
        "wagtailsettings:edit",
        "site identity",
        lambda scene: ["home", "siteidentity", Site.objects.get(is_default_site=True).pk],
        "Ynnnn",
        data={
            "legal_notice": "",
            "privacy": "",
            "contact": "",
            "programme_logos-TOTAL_FORMS": "0",
            "programme_logos-INITIAL_FORMS": "0",
            "programme_logos-MIN_NUM_FORMS": "0",
            "programme_logos-MAX_NUM_FORMS": "1000",
        },
    ),
    # --- Administration: no editorial role may change it --------------------------------------
    *[
        Case(name, "administration", args, "nnnnn")
        for name, args in (
            ("wagtailadmin_collections:add", lambda scene: []),
            ("wagtailadmin_collections:edit", lambda scene: [scene.collection.pk]),
            ("wagtailadmin_collections:delete", lambda scene: [scene.collection.pk]),
            ("wagtailadmin_collections:set_privacy", lambda scene: [scene.collection.pk]),
            ("wagtailadmin_workflows:add", lambda scene: []),
            ("wagtailadmin_workflows:edit", lambda scene: [Workflow.objects.first().pk]),
            ("wagtailadmin_workflows:enable", lambda scene: [Workflow.objects.first().pk]),
            ("wagtailadmin_workflows:disable", lambda scene: [Workflow.objects.first().pk]),
            ("wagtailadmin_workflows:remove", lambda scene: [scene.demo_site.page("plan:pro-sol").pk]),
            ("wagtailadmin_workflows:add_task", lambda scene: ["translations", "translationsreadytask"]),
            ("wagtailadmin_workflows:edit_task", lambda scene: [Task.objects.first().pk]),
            ("wagtailadmin_workflows:enable_task", lambda scene: [Task.objects.first().pk]),
            ("wagtailadmin_workflows:disable_task", lambda scene: [Task.objects.first().pk]),
            ("wagtailredirects:add", lambda scene: []),
            ("wagtailredirects:edit", lambda scene: [scene.redirect.pk]),
            ("wagtailredirects:delete", lambda scene: [scene.redirect.pk]),
            ("wagtailredirects:start_import", lambda scene: []),
            ("wagtailredirects:process_import", lambda scene: []),
            ("wagtailforms:delete_submissions", lambda scene: [scene.it_source.pk]),
            ("wagtailusers_users:add", lambda scene: []),
            ("wagtailusers_users:edit", lambda scene: [scene.bystander.pk]),
            ("wagtailusers_users:delete", lambda scene: [scene.bystander.pk]),
            ("wagtailusers_users:copy", lambda scene: [scene.bystander.pk]),
            ("wagtailusers_groups:add", lambda scene: []),
            ("wagtailusers_groups:edit", lambda scene: [Group.objects.get(name=MODERATORS).pk]),
            ("wagtailusers_groups:delete", lambda scene: [Group.objects.get(name=MODERATORS).pk]),
            ("wagtailsites:add", lambda scene: []),
            ("wagtailsites:edit", lambda scene: [Site.objects.first().pk]),
            ("wagtailsites:delete", lambda scene: [Site.objects.first().pk]),
            ("wagtailsites:copy", lambda scene: [Site.objects.first().pk]),
            ("wagtaillocales:add", lambda scene: []),
            ("wagtaillocales:edit", lambda scene: [Locale.objects.get(language_code="fr").pk]),
            ("wagtaillocales:delete", lambda scene: [Locale.objects.get(language_code="fr").pk]),
            ("wagtaillocales:copy", lambda scene: [Locale.objects.get(language_code="fr").pk]),
        )
    ],
]

# wagtail-localize's names whose address is one of ours (translations comes first in
# INSTALLED_APPS): the matrix checks ours, and test_taken_over_addresses_resolve_to_ours
# that the address really reaches it.
TAKEN_OVER = {
    "wagtail_localize:submit_page_translation": "translations_submit_page",
    "wagtail_localize:submit_snippet_translation": "translations_submit_snippet",
    "wagtail_localize:stop_translation": "translations_stop_translation",
    "wagtail_localize:edit_override": "translations_edit_override",
    "wagtail_localize:machine_translate": "translations_machine_translate",
    "wagtail_localize:preview_translation": "translations_preview_translation",
    "wagtail_localize:download_pofile": "translations_download_po",
    "wagtail_localize:upload_pofile": "translations_upload_po",
    "wagtail_localize:edit_string_translation": "translations_edit_string",
    "wagtail_localize:update_translations": "translations_update_translations",
    "wagtail_localize:convert_to_alias": "translations_no_alias",
}

# Admin URLs that change no content, or none a role could misuse.
READ_ONLY = {
    # signing in and out, the user's own account and interface state
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_account",  # the user's own name, email, language, password
    "cms_two_factor",  # the user's own authenticator app and recovery codes
    "cms_two_factor_setup",
    "cms_two_factor_verify",
    "wagtailadmin_dismissibles",  # which tips the user has closed
    "wagtailadmin_editing_sessions:ping",  # "someone else is editing" notices
    "wagtailadmin_editing_sessions:release",
    # the dashboard, explorer, search, listings and their result fragments
    "wagtailadmin_home",
    "wagtailadmin_error_test",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtail_localize:javascript_catalog",
    "wagtailadmin_explore_root",
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_pages:search",
    "wagtailadmin_pages:search_results",
    "wagtailadmin_pages:choose_parent",  # picks where to add, then wagtailadmin_pages:add
    "wagtailadmin_pages:type_use",
    "wagtailadmin_pages:type_use_results",
    "wagtailadmin_pages:usage",
    "wagtailadmin_pages:confirm_workflow_cancellation",  # the dialog; cancelling is an edit POST
    "wagtailadmin_pages:history",  # who did what, without the content
    "wagtailadmin_pages:history_results",
    "wagtailadmin_pages:revisions_index",  # a redirect to the history
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:workflow_history_detail",
    "wagtailadmin_block_preview",  # a block's preview from the block picker, no page content
    "wagtailadmin_api:pages:listing",
    "wagtailadmin_api:pages:detail",
    "wagtailadmin_api:pages:find",
    "wagtailadmin_api:documents:listing",
    "wagtailadmin_api:documents:detail",
    "wagtailadmin_api:documents:find",
    "wagtailadmin_api:images:listing",
    "wagtailadmin_api:images:detail",
    "wagtailadmin_api:images:find",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    # choosers (they pick, the form that uses them saves)
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_chosen_multiple",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailembeds:chooser",
    "wagtailembeds:chooser_upload",  # fetches an embed's HTML for the chooser
    "wagtaildocs_chooser:choose",
    "wagtaildocs_chooser:choose_results",
    "wagtaildocs_chooser:chosen",
    "wagtaildocs_chooser:chosen_multiple",
    "wagtailimages_chooser:choose",
    "wagtailimages_chooser:choose_results",
    "wagtailimages_chooser:chosen",
    "wagtailimages_chooser:chosen_multiple",
    "wagtailimages_chooser:select_format",
    "wagtailadmin_workflows:task_chooser",
    "wagtailadmin_workflows:task_chooser_results",
    "wagtailadmin_workflows:task_chosen",
    "wagtailadmin_workflows:select_task_type",  # then wagtailadmin_workflows:add_task
    # reports and listings
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:locked_pages_results",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:aging_pages_results",
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
    "wagtail_localize:snippets_api_listing",
    "wagtail_localize:snippets_api_detail",
    "wagtailadmin_collections:index",
    "wagtailadmin_workflows:index",
    "wagtailadmin_workflows:index_results",
    "wagtailadmin_workflows:usage",
    "wagtailadmin_workflows:usage_results",
    "wagtailadmin_workflows:task_index",
    "wagtailadmin_workflows:task_index_results",
    "wagtailforms:index",
    "wagtailforms:index_results",
    "wagtailforms:list_submissions",
    "wagtailforms:list_submissions_results",
    "wagtailredirects:index",
    "wagtailredirects:index_results",
    "wagtailsnippets:index",
    "wagtaildocs:index",
    "wagtaildocs:index_results",
    "wagtaildocs:document_usage",
    "wagtailimages:index",
    "wagtailimages:index_results",
    "wagtailimages:image_usage",
    "wagtailimages:url_generator",
    "wagtailimages:url_generator_output",
    "wagtailimages:preview",  # a rendition of an image, as the URL generator shows it
    "wagtaillocales:index",
    "wagtaillocales:index_results",
    "wagtaillocales:history",
    "wagtaillocales:history_results",
    "wagtaillocales:usage",
    "wagtailsites:index",
    "wagtailsites:index_results",
    "wagtailsites:history",
    "wagtailsites:history_results",
    "wagtailsites:usage",
    "wagtailusers_users:index",
    "wagtailusers_users:index_results",
    "wagtailusers_users:history",
    "wagtailusers_users:history_results",
    "wagtailusers_users:usage",
    "wagtailusers_groups:index",
    "wagtailusers_groups:index_results",
    "wagtailusers_groups:history",
    "wagtailusers_groups:history_results",
    "wagtailusers_groups:usage",
    # a settings form's preview (the site identity has none to show)
    "wagtailsettings:preview_on_edit",
    # this app's screens that only show: overview, readiness, a bulk job's progress
    "translations_overview",
    "translations_readiness",
    "translations_bulk_job",
}
for _model_name in SNIPPETS:
    READ_ONLY |= {
        f"wagtailsnippets_projects_{_model_name}:{view}"
        for view in ("list", "list_results", "usage", "history", "history_results")
    }
    READ_ONLY |= {
        f"wagtailsnippetchoosers_projects_{_model_name}:{view}"
        for view in ("choose", "choose_results", "chosen", "chosen_multiple")
    }


def admin_url_names(patterns=None, prefix="", namespace=""):
    """Every named URL pattern under /admin/, from the resolver."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from admin_url_names(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif (
            isinstance(pattern, URLPattern)
            and pattern.name
            and (prefix + str(pattern.pattern)).startswith("admin/")
        ):
            yield namespace + pattern.name


def test_every_admin_url_is_classified():
    names = set(admin_url_names())
    in_matrix = {case.name for case in CASES} | set(TAKEN_OVER)
    unclassified = names - in_matrix - READ_ONLY
    assert not unclassified, f"admin URLs neither in the matrix nor in READ_ONLY: {sorted(unclassified)}"
    assert not (in_matrix & READ_ONLY)
    assert not (in_matrix | READ_ONLY) - names, "names that no longer exist"


@pytest.mark.parametrize(("theirs", "ours"), sorted(TAKEN_OVER.items()))
def test_taken_over_addresses_resolve_to_ours(theirs, ours):
    args = {
        "wagtail_localize:submit_page_translation": [1],
        "wagtail_localize:submit_snippet_translation": ["projects", "partner", 1],
        "wagtail_localize:update_translations": [1],
        "wagtail_localize:convert_to_alias": [1],
        "wagtail_localize:edit_string_translation": [1, 1],
        "wagtail_localize:edit_override": [1, 1],
    }.get(theirs, [1])
    assert resolve(reverse(theirs, args=args)).url_name == ours


@pytest.fixture
def role_user(demo_site):
    """A user of the role; the demo ran setup_roles, so the groups exist."""
    groups = {
        "moderator": MODERATORS,
        "translator_fr": TRANSLATORS["fr"],
        "translator_it": TRANSLATORS["it"],
        "officer_pro_sol": plan_group_name(demo_site.page("plan:pro-sol")),
        "officer_graies": plan_group_name(demo_site.page("plan:graies-lab")),
    }
    return lambda role: make_user(f"matrix-{role}", groups[role], language="fr" if "fr" in role else "it")


def interrupted_job(scene):
    """A translation job on PRO-SOL whose worker went silent ten minutes ago (made once per scene)."""
    if not hasattr(scene, "interrupted_job_pk"):
        ago = timezone.now() - datetime.timedelta(minutes=10)
        plan = scene.demo_site.page("plan:pro-sol")
        job = BulkTranslationJob.objects.create(
            kind="translate", root=plan, status="running", heartbeat_at=ago
        )
        scene.interrupted_job_pk = job.pk
    return scene.interrupted_job_pk


def refused(response):
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def send(client, case, scene):
    url = reverse(case.name, args=case.args(scene))
    if case.query:
        url += case.query.format(**{name: getattr(scene, name).pk for name in _query_names(case.query)})
    data = case.data(scene) if callable(case.data) else case.data
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if case.xhr else {}
    if case.method == "get":
        return client.get(url, **headers)
    if case.method == "put":
        return client.put(url, data, content_type="application/x-www-form-urlencoded", **headers)
    if case.name.startswith("wagtailadmin_api:"):
        return client.post(url, data, content_type="application/json", **headers)
    return client.post(url, data, **headers)


def _query_names(query):
    return [part.split("}")[0] for part in query.split("{")[1:]]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_matrix(client, demo_site, role_user, role, case, settings, django_capture_on_commit_callbacks):
    for name, value in case.settings.items():
        setattr(settings, name, value)
    scene = Scene(demo_site)
    case.args(scene)  # the scene is set before the snapshot
    if case.query:
        for name in _query_names(case.query):
            getattr(scene, name)
    if callable(case.data):
        case.data(scene)
    client.force_login(role_user(role))
    before = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, case, scene)
    expected = case.expect[ROLES.index(role)]
    assert response.status_code < 500
    if expected == ALLOWED:
        assert not refused(response), (response.status_code, response.get("Location"))
    elif expected == REFUSED:
        assert refused(response), (response.status_code, response.get("Location"))
        assert snapshot() == before
    elif expected == UNCHANGED:
        assert snapshot() == before


def test_the_matrix_names_content_types_that_exist():
    """The matrix adds news lists under a project: the type must exist for the cases to mean anything."""
    assert ContentType.objects.filter(app_label="news", model="newsindexpage").exists()
