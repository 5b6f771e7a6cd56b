"""Admin pieces of the site core: the translation overview (menu item, dashboard panel)
and the rule that translators edit translations only."""

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from cms.roles import is_translation, is_translator_only
from cms.translations import bulk_views, concurrency, files, publish_views, views
from cms.translations.readiness import all_ready, readiness
from cms.translations.status import STATES, status_rows
from cms.translations.workflow import TranslationsReadyTask


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("translations/", views.overview, name="cms_translations"),
        # Same address as wagtail-localize's upload, which it replaces (cms comes first
        # in INSTALLED_APPS, so this pattern is matched first).
        path("localize/translate/<int:translation_id>/pofile/upload/", files.upload_po, name="cms_upload_po"),
        path(
            "localize/translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
            concurrency.edit_string_translation,
            name="cms_edit_string_translation",
        ),
        path("translations/<int:translation_id>/xliff/", files.download_xliff, name="cms_download_xliff"),
        path("translations/<int:translation_id>/xliff/upload/", files.upload_xliff, name="cms_upload_xliff"),
        path(
            "translations/page/<int:page_id>/",
            publish_views.translation_readiness,
            name="cms_translation_readiness",
        ),
        path(
            "translations/page/<int:page_id>/sync/",
            publish_views.sync_translations,
            name="cms_sync_translations",
        ),
        *bulk_views.urlpatterns,
    ]


@hooks.register("register_admin_menu_item")
def translation_menu_item():
    return MenuItem(_("Translations"), reverse("cms_translations"), icon_name="globe", order=250)


DASHBOARD_COUNTS_KEY = "cms:translation-counts"


class TranslationsPanel(Component):
    """How many pages need a translator, one click from the overview."""

    name = "translations"
    order = 50
    template_name = "cms/translations/dashboard_panel.html"

    def get_context_data(self, parent_context):
        # Counting a large site takes a second or two; the dashboard may lag a minute.
        counts = cache.get(DASHBOARD_COUNTS_KEY)
        if counts is None:
            counts = dict.fromkeys(STATES, 0)
            for row in status_rows():
                counts[row.state] += 1
            cache.set(DASHBOARD_COUNTS_KEY, counts, 60)
        return {
            "url": reverse("cms_translations"),
            "counts": [(STATES[state], counts[state], state) for state in STATES],
        }


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    panels.append(TranslationsPanel())


@hooks.register("before_edit_page")
def translators_edit_translations_only(request, page):
    """The page tree lets a translator into Italian edit every Italian page; this keeps
    them to the pages wagtail-localize translates, so sources stay with their authors."""
    if is_translator_only(request.user) and not is_translation(page):
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
                messages.button(
                    reverse("cms_translation_readiness", args=[page.pk]), _("See what is missing")
                )
            ],
        )


hooks.register("register_bulk_action", publish_views.PublishWithTranslationsBulkAction)


class WaitingForTranslationPanel(Component):
    """The translator's to-do list: sources changed since their translation, newest first."""

    name = "waiting_for_translation"
    order = 40
    template_name = "cms/translations/waiting_panel.html"

    def __init__(self, requests):
        self.requests = requests

    def get_context_data(self, parent_context):
        return {"requests": self.requests, "overview": reverse("cms_translations")}


@hooks.register("construct_homepage_panels")
def add_waiting_for_translation_panel(request, panels):
    from cms.translations.requests import open_requests_for

    requests = open_requests_for(request.user)
    if requests:
        panels.append(WaitingForTranslationPanel(requests))


@hooks.register("register_page_header_buttons")
def plan_bulk_buttons(page, user, view_name=None, next_url=None):
    """Bulk translation actions of a plan (cms/translations/bulk_views.py)."""
    return bulk_views.plan_buttons(page, user)
