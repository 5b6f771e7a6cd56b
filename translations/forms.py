"""The "translations ready" task's approve dialog: it refuses, with the reasons, while a
translation is not ready."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm
from wagtail.models import Page

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
