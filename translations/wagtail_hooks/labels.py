"""Admin words in the editor's language for the publication workflow.

Wagtail writes its workflow buttons from the names stored in the database ("Submit to
Publication with translations", in English whatever the editor's language) and adds
"and Publish" to the last task's approve label, which doubled ours ("Approve and
publish with translations and Publish"). The buttons of pages in this app's workflow
are worded here instead, through gettext.

The workflow's and task's names themselves read in the editor's language through
names.py; page history, which stored them as they read when the action happened, is
shown with them in the reader's language here.
"""

import copy

from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem, WorkflowMenuItem

from ..models import TranslationsReadyTask
from ..names import shown_name
from ..roles import is_publication_workflow

# Wagtail's workflow log actions, whose entries keep the workflow's and tasks' names.
WORKFLOW_LOG_ACTIONS = (
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
)


class SubmitForPublicationMenuItem(SubmitForModerationMenuItem):
    """Wagtail's submit button, worded for the publication with translations."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        state = page.current_workflow_state if page is not None and page.pk else None
        if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
            context["label"] = _("Resubmit for publication with translations")
        else:
            context["label"] = _("Submit for publication with translations")
        return context


def in_publication_workflow(context):
    page = context.get("page")
    workflow_page = page if page is not None and page.pk else context.get("parent_page")
    workflow = workflow_page.get_workflow() if workflow_page is not None else None
    return workflow is not None and is_publication_workflow(workflow)


@hooks.register("construct_page_action_menu")
def word_the_publication_workflow(menu_items, request, context):
    page = context.get("page")
    task = page.current_workflow_task if page is not None and page.pk else None
    ours = task is not None and isinstance(task.specific, TranslationsReadyTask)
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem and in_publication_workflow(context):
            menu_items[index] = SubmitForPublicationMenuItem(order=item.order)
        elif ours and isinstance(item, WorkflowMenuItem) and item.name == "approve":
            item.label = _("Approve and publish with translations")


def names_shown(data):
    """A workflow log entry's data with its workflow and task names as the reader reads them."""
    data = copy.deepcopy(data)
    workflow = data.get("workflow") if isinstance(data, dict) else None
    if isinstance(workflow, dict):
        for part in (workflow, workflow.get("task"), workflow.get("next")):
            if isinstance(part, dict) and "title" in part:
                part["title"] = shown_name(part["title"])
    return data


def formatter_showing_names(formatter):
    """Wagtail's formatter for a workflow log action, reading the names in the reader's language."""

    class NamesShownFormatter(type(formatter)):
        def format_message(self, log_entry):
            entry = copy.copy(log_entry)
            entry.data = names_shown(log_entry.data)
            return super().format_message(entry)

    return NamesShownFormatter()


@hooks.register("register_log_actions", order=1)
def show_workflow_names_in_history(actions):
    """Runs after Wagtail's own registrations (order 1) and replaces their formatters in
    place, so the history's action filter keeps one choice per action."""
    for action in WORKFLOW_LOG_ACTIONS:
        if action in actions.formatters:
            actions.formatters[action] = formatter_showing_names(actions.formatters[action])
