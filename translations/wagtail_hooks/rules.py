"""No one acts beyond their role, whichever button is pressed (issue 10): the rules of
permissions.py applied to Wagtail's own page, snippet, bulk and API views.

Translators change only the text of translations into their language, in wagtail-localize's
editor: they never delete, unpublish, move, copy, create or convert pages, never see a
source page's drafts, never open a translation in the ordinary editor (where facts can
change), never make or change snippets. Officers and moderators keep Wagtail's rights,
which follow the tree. wagtail-localize's own screens are taken over in views/localize.py.

A refusal says why in the user's admin language and changes nothing: a message and the
dashboard for a page, a 403 with the message for a request made by script.
"""

from functools import update_wrapper

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.models import Page

from cms.api_checks import CheckedNumbers

from ..permissions import (
    is_translator_only,
    may_convert_alias,
    may_copy,
    may_create_page,
    may_delete,
    may_edit,
    may_edit_snippet,
    may_move,
    may_publish_alone,
    may_revert,
    may_submit_translation,
    may_unpublish,
    may_use_page_editor,
    may_view_drafts,
)


def publish_together_message():
    return _(
        "Not published: in a plan, a page goes live in all its languages at once. Use "
        "“Publish with translations” in the page editor. Nothing was changed."
    )


def translators_change_text_only():
    return _(
        "Translators change the text of translations only: this action is for the plan's "
        "officers and the moderators. Nothing was changed."
    )


def expects_json(request):
    return (
        request.headers.get("x-requested-with") == "XMLHttpRequest"
        or "application/json" in request.headers.get("accept", "")
        or request.path_info.startswith(reverse("wagtailadmin_home") + "api/")
    )


def refuse(request, message):
    """The refusal: the message, and the dashboard (or a 403 for a script)."""
    if expects_json(request):
        return JsonResponse({"error": message}, status=403)
    messages.error(request, message)
    return redirect("wagtailadmin_home")


def refuse_unless(request, allowed, message=None):
    """None when allowed; a translator is told why, anyone else gets Wagtail's refusal."""
    if allowed:
        return None
    if is_translator_only(request.user):
        return refuse(request, message or translators_change_text_only())
    raise PermissionDenied


# Pages: Wagtail's own views, through the hooks they run.


@hooks.register("before_edit_page")
def translations_open_in_the_translation_editor(request, page):
    """A stopped translation (or a page in the translator's tree that wagtail-localize does
    not translate) would open the ordinary editor, facts included."""
    if may_edit(request.user, page) and not may_use_page_editor(request.user, page):
        return refuse(
            request,
            _(
                "This translation is stopped, so its page would open in the ordinary editor, "
                "where facts can change. Ask a moderator to restart it. Nothing was changed."
            ),
        )
    return None


@hooks.register("before_delete_page")
def only_authors_delete(request, page):
    return refuse_unless(request, may_delete(request.user, page))


@hooks.register("before_unpublish_page")
def only_publishers_unpublish(request, page):
    return refuse_unless(request, may_unpublish(request.user, page))


@hooks.register("before_move_page")
def only_authors_move(request, page, destination):
    return refuse_unless(request, may_move(request.user, page, destination))


@hooks.register("before_copy_page")
def only_authors_copy(request, page):
    return refuse_unless(request, may_copy(request.user, page))


@hooks.register("before_create_page")
def only_authors_create(request, parent_page, page_class):
    return refuse_unless(request, may_create_page(request.user, parent_page))


@hooks.register("before_convert_alias_page")
def only_authors_convert_aliases(request, page):
    return refuse_unless(request, may_convert_alias(request.user, page))


PAGE_BULK_RULES = {"delete": may_delete, "move": may_move, "unpublish": may_unpublish}


@hooks.register("before_bulk_action")
def bulk_actions_follow_the_same_rules(request, action_type, objects, action_class_instance):
    """The explorer's bulk delete, move and unpublish, page by page as the buttons would;
    snippets' bulk actions as their editors would."""
    rule = PAGE_BULK_RULES.get(action_type)
    if rule is not None and objects and isinstance(objects[0], Page):
        allowed = all(rule(request.user, page) for page in objects)
        return refuse_unless(request, allowed)
    if objects and not isinstance(objects[0], Page) and is_snippet(type(objects[0])):
        return refuse_unless(request, may_edit_snippet(request.user, type(objects[0])), snippets_message())
    return None


# Views that run no hook (drafts, revisions, the move chooser): their URL patterns are guarded.


def drafts_message():
    return _(
        "A source page's drafts and revisions are for its authors: translators work on the "
        "translation, in the translation editor."
    )


# URL name in wagtailadmin_pages -> (the rule, what a translator is told).
GUARDED_PAGE_VIEWS = {
    "view_draft": (may_view_drafts, drafts_message),
    "preview_on_edit": (may_view_drafts, drafts_message),
    "revisions_view": (may_view_drafts, drafts_message),
    "revisions_compare": (may_view_drafts, drafts_message),
    "move": (may_move, translators_change_text_only),
}


def guarded_page_view(view, rule, message):
    def guarded(request, *args, **kwargs):
        page_id = kwargs.get("page_id") or kwargs.get("pk") or kwargs.get("page_to_move_id")
        page = Page.objects.filter(pk=page_id).first() if page_id else None
        user = request.user
        if page is not None and user.is_authenticated and is_translator_only(user) and not rule(user, page):
            return refuse(request, message())
        return view(request, *args, **kwargs)

    guarded.guarded_by_rules = True
    return guarded


@hooks.register("register_admin_urls")
def guard_wagtail_page_views():
    """Wraps the Wagtail page views that run no hook (``wagtail.admin.urls.pages``, already
    imported when Wagtail asks for admin URLs); adds no URL of its own. Wagtail's own checks
    still run inside, for every role."""
    from wagtail.admin.urls import pages as page_urls

    for pattern in page_urls.urlpatterns:
        guard = GUARDED_PAGE_VIEWS.get(pattern.name)
        if guard is not None and not getattr(pattern.callback, "guarded_by_rules", False):
            pattern.callback = update_wrapper(guarded_page_view(pattern.callback, *guard), pattern.callback)
    return []


# The admin API's page actions (delete, move, copy, publish, revert...), which run no hook.


class RuledPagesAdminAPIViewSet(CheckedNumbers, PagesAdminAPIViewSet):
    def action_view(self, request, pk, action_name):
        page = self.get_object()
        user = request.user
        rules = {
            "delete": lambda: may_delete(user, page),
            "unpublish": lambda: may_unpublish(user, page),
            "move": lambda: may_move(user, page),
            "copy": lambda: may_copy(user, page),
            "create_alias": lambda: may_copy(user, page),
            "convert_alias": lambda: may_convert_alias(user, page),
            "revert_to_page_revision": lambda: may_revert(user, page),
            "copy_for_translation": lambda: may_submit_translation(user, page),
        }
        if action_name == "publish" and not may_publish_alone(user, page):
            return refuse(request, publish_together_message())
        rule = rules.get(action_name)
        if rule is not None and not rule():
            return refuse(request, translators_change_text_only())
        return super().action_view(request, pk, action_name)


@hooks.register("construct_admin_api")
def rule_the_admin_api(router):
    router.register_endpoint("pages", RuledPagesAdminAPIViewSet)


# Snippets: partners, themes, audiences, periods.


def snippets_message():
    return _(
        "Translators do not create or change partners, themes, audiences or programme periods. "
        "Nothing was changed."
    )


def is_snippet(model):
    from wagtail.snippets.models import get_snippet_models

    return model in get_snippet_models()


@hooks.register("before_create_snippet")
def translators_create_no_snippet(request, model):
    return refuse_unless(request, may_edit_snippet(request.user, model), snippets_message())


@hooks.register("before_edit_snippet")
def translators_edit_no_snippet(request, instance):
    return refuse_unless(request, may_edit_snippet(request.user, type(instance)), snippets_message())


@hooks.register("before_delete_snippet")
def translators_delete_no_snippet(request, instances):
    model = type(instances[0]) if instances else None
    return refuse_unless(request, model is None or may_edit_snippet(request.user, model), snippets_message())
