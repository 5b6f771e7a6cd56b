"""The "translations ready" workflow task.

A plan's workflow ends with it: members of the chosen groups (moderators) may
approve only when every other language's translation is complete and matches the
revision under review. Approving it, when it is the workflow's last task, makes the
page and its translations go live together (``WAGTAIL_FINISH_WORKFLOW_ACTION``
points at ``cms.translations.finish.publish_workflow_state``).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Page

from .readiness import readiness


def not_ready_message(entries):
    return " ".join(
        f"{entry.language_name}: {entry.state_label.lower()}. {entry.reason}"
        for entry in entries
        if not entry.ready
    )


class ApproveWithTranslationsForm(TaskStateCommentForm):
    """The approve dialog: refuses, with the reasons, while a translation is not ready."""

    page = forms.IntegerField(widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        page = Page.objects.filter(pk=cleaned.get("page")).first()
        if page is None:
            raise ValidationError(_("This page no longer exists."))
        waiting = [entry for entry in readiness(page) if not entry.ready]
        if waiting:
            raise ValidationError(
                _("The translations are not ready, so the page cannot be approved. %(details)s")
                % {"details": not_ready_message(waiting)}
            )
        return cleaned


class TranslationsReadyTask(AbstractGroupApprovalTask):
    class Meta:
        verbose_name = _("Translations ready")
        verbose_name_plural = _("Translations ready")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve once every translation is complete and up to date; "
            "the page and its translations then go live together."
        )

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        # Approving always opens the dialog, which lists what each language still lacks.
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve and publish with translations"), True),
        ]

    def get_form_for_action(self, action):
        return ApproveWithTranslationsForm if action == "approve" else super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "approve":
            return "cms/translations/approve_modal.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        kwargs.pop("page", None)
        if action_name == "approve":
            page = task_state.workflow_state.content_object
            if not all(entry.ready for entry in readiness(page)):
                # Reached only by bypassing the dialog: approve nothing, show why.
                return reverse("cms_translation_readiness", args=[page.pk])
        return super().on_action(task_state, user, action_name, **kwargs)
