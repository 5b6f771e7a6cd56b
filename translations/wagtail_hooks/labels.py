"""Admin words in the editor's language for the publication workflow.

Wagtail writes its workflow buttons from the names stored in the database ("Submit to
Publication with translations", in English whatever the editor's language) and adds
"and Publish" to the last task's approve label, which doubled ours ("Approve and
publish with translations and Publish"). The buttons of pages in this app's workflow
are worded here instead, through gettext.
"""

from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem, WorkflowMenuItem

from ..models import TranslationsReadyTask
from ..roles import PUBLICATION_WORKFLOW


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
    return workflow is not None and workflow.name == PUBLICATION_WORKFLOW


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
