"""The translation app in Wagtail's admin: its screens' URLs (some on wagtail-localize's
own addresses, which they replace), menu item, dashboard panels, page header buttons,
bulk action, and the editor hooks that apply permissions.py."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .. import concurrency, editor
from ..models import TranslationsReadyTask
from ..permissions import may_edit, overview_scope
from ..readiness import all_ready, readiness
from ..requests import open_requests_for
from ..status import STATES
from ..status_listing import Listing
from ..views import bulk, files, localize, overview, publish, segments, sync
from ..views import readiness as readiness_views


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("translations/", overview.overview, name="translations_overview"),
        # Same address as wagtail-localize's upload, which it replaces (translations comes first
        # in INSTALLED_APPS, so this pattern is matched first).
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            files.upload_po,
            name="translations_upload_po",
        ),
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            segments.edit_string_translation,
            name="translations_edit_string",
        ),
        path(
            "translations/<int:translation_id>/xliff/",
            files.download_xliff,
            name="translations_download_xliff",
        ),
        path(
            "translations/<int:translation_id>/xliff/upload/",
            files.upload_xliff,
            name="translations_upload_xliff",
        ),
        path(
            "translations/page/<int:page_id>/",
            readiness_views.translation_readiness,
            name="translations_readiness",
        ),
        path(
            "translations/page/<int:page_id>/sync/",
            sync.sync_translations,
            name="translations_sync",
        ),
        *bulk.urlpatterns,
        # wagtail-localize's screens that would break the rules, at their own addresses.
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            localize.convert_to_alias,
            name="translations_no_alias",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize.update_translations,
            name="translations_update_translations",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            localize.submit_page_translation,
            name="translations_submit_page",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            localize.submit_snippet_translation,
            name="translations_submit_snippet",
        ),
        path(
            "localize/translate/<int:translation_id>/disable/",
            localize.stop_translation,
            name="translations_stop_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            localize.edit_override,
            name="translations_edit_override",
        ),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            localize.machine_translate,
            name="translations_machine_translate",
        ),
        path(
            "localize/translate/<int:translation_id>/preview/",
            localize.preview_translation,
            name="translations_preview_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/preview/<str:mode>/",
            localize.preview_translation,
            name="translations_preview_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/download/",
            localize.download_pofile,
            name="translations_download_po",
        ),
    ]


@hooks.register("register_admin_menu_item")
def translation_menu_item():
    return MenuItem(_("Translations"), reverse("translations_overview"), icon_name="globe", order=250)


class TranslationsPanel(Component):
    """How many pages need a translator, one click from the overview."""

    name = "translations"
    order = 50
    template_name = "translations/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        # Counted by the database (one grouped query), so the panel is never behind; the
        # rows the overview shows this user, no others.
        counts = Listing(scope=overview_scope(self.user)).counts
        return {
            "url": reverse("translations_overview"),
            "counts": [(STATES[state], counts[state], state) for state in STATES],
        }


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    panels.append(TranslationsPanel(request.user))


@hooks.register("before_edit_page")
def translators_edit_translations_only(request, page):
    """The page tree lets a translator into Italian edit every Italian page; this keeps
    them to the pages wagtail-localize translates, so sources stay with their authors."""
    if not may_edit(request.user, page):
        raise PermissionDenied


@hooks.register("before_edit_page")
def remember_when_the_translation_editor_opened(request, page):
    """So a save over a colleague's newer text can be caught (translations/concurrency.py)."""
    if request.method == "GET":
        concurrency.mark_opened(request, page)


@hooks.register("before_edit_page")
def warn_when_translations_hold_back_approval(request, page):
    """On a page waiting at "translations ready", say what is missing, with a link."""
    if request.method != "GET":
        return
    state = page.current_workflow_task_state
    if state is None or not isinstance(state.task.specific, TranslationsReadyTask):
        return
    if not all_ready(readiness(page)):
        messages.warning(
            request,
            _("This page waits for its translations: it cannot be approved until they are ready."),
            buttons=[
                messages.button(reverse("translations_readiness", args=[page.pk]), _("See what is missing"))
            ],
        )


hooks.register("register_bulk_action", publish.PublishWithTranslationsBulkAction)
# Ahead of wagtail-localize's hook, which publishes a translation from its editor.
hooks.register("before_edit_page", editor.handle_the_bar)


class Panel(Component):
    """A dashboard panel drawn from its template and the context it was given."""

    def __init__(self, **context):
        self.context = context

    def get_context_data(self, parent_context):
        return self.context


class WaitingForTranslationPanel(Panel):
    """The translator's to-do list: sources changed since their translation, newest first."""

    name = "waiting_for_translation"
    order = 40
    template_name = "translations/waiting_panel.html"


@hooks.register("construct_homepage_panels")
def add_waiting_for_translation_panel(request, panels):
    requests = open_requests_for(request.user)
    if requests:
        panels.append(
            WaitingForTranslationPanel(requests=requests, overview=reverse("translations_overview"))
        )


@hooks.register("register_page_header_buttons")
def plan_bulk_buttons(page, user, view_name=None, next_url=None):
    """Bulk translation actions of a plan (views/bulk.py)."""
    return bulk.plan_buttons(page, user)
