"""An officer's path to a bilingual page, made short and plain (issue 10).

Adding news to a project took ~25 clicks and never said that the French version had to
be ready first. Now:
- the dashboard lists the news and video lists of the officer's plans, each with an
  "Add" link that opens the right form at once (projects come with their lists,
  cms/lists.py);
- inside a plan, the officer's main button is the coordinated path: "Publish with
  translations" when every translation is ready for the text, otherwise "Submit for
  publication with translations", which asks the translators;
- after submitting, a message says which languages' translators were asked and that
  the languages go live together.
"""

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.models import Page, get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.models import SectionIndexPage

from ..mail import admin_language, language_name
from ..models import TranslationRequest
from ..permissions import is_moderator, plan_of
from ..readiness import all_ready, readiness
from ..roles import PLAN_OFFICERS_PREFIX
from .publication import PUBLISH_WITH_TRANSLATIONS
from .screens import Panel

MAX_LISTS = 30


def is_officer(user):
    return user.groups.filter(name__startswith=PLAN_OFFICERS_PREFIX).exists()


def lists_to_write_in(user):
    """The lists (news, videos) below the pages where ``user`` may add pages, which for an
    officer are their plans: the officer's language first, then in tree order."""
    models = [model for model in get_page_models() if issubclass(model, SectionIndexPage)]
    writable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["add"])
    lists = list(writable.type(*models).select_related("locale").order_by("path")[:MAX_LISTS])
    parents = Page.objects.in_bulk({page.path[: -Page.steplen] for page in lists}, field_name="path")
    for page in lists:
        page.parent_title = parents[page.path[: -Page.steplen]].title
    language = admin_language(user)
    return sorted(lists, key=lambda page: page.locale.language_code != language)


class WriteInYourPlanPanel(Panel):
    """Where an officer adds news and videos: one link per list of their plans."""

    name = "write_in_your_plan"
    order = 30
    template_name = "translations/write_panel.html"


@hooks.register("construct_homepage_panels")
def add_write_in_your_plan_panel(request, panels):
    if is_moderator(request.user) or not is_officer(request.user):
        return
    lists = lists_to_write_in(request.user)
    if lists:
        panels.append(WriteInYourPlanPanel(lists=lists))


@hooks.register("construct_page_action_menu", order=10)
def coordinated_path_first(menu_items, request, context):
    """The officer's main button inside a plan is the path that keeps languages together."""
    page = context.get("page")
    where = page if page is not None and page.pk else context.get("parent_page")
    if where is None or is_moderator(request.user) or context.get("view") not in ("create", "edit"):
        return
    plan = plan_of(where)
    if plan is None or plan.single_language_pages:
        return
    if page is not None and page.pk and page.workflow_in_progress:
        return
    wanted = None
    if context["view"] == "edit" and all_ready(readiness(page)):
        wanted = next((item for item in menu_items if item.name == PUBLISH_WITH_TRANSLATIONS), None)
    if wanted is None:
        wanted = next((item for item in menu_items if isinstance(item, SubmitForModerationMenuItem)), None)
    if wanted is not None:
        menu_items.remove(wanted)
        menu_items.insert(0, wanted)


def say_who_was_asked(request, page):
    """After "Submit": which languages' translators were asked, and what happens next."""
    if request.method != "POST" or "action-submit" not in request.POST:
        return
    asked = TranslationRequest.objects.filter(page_id=page.pk, completed_at__isnull=True).select_related(
        "locale"
    )
    languages = sorted({language_name(request_.locale.language_code) for request_ in asked})
    if languages:
        messages.info(
            request,
            _(
                "Translation requested into: %(languages)s. The page goes live in all its languages "
                "together, once a moderator approves the translations."
            )
            % {"languages": ", ".join(languages)},
            buttons=[
                messages.button(reverse("translations_readiness", args=[page.pk]), _("See what is missing"))
            ],
        )


hooks.register("after_create_page", say_who_was_asked)
hooks.register("after_edit_page", say_who_was_asked)
