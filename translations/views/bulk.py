"""Admin views for bulk translation work on a plan: confirm, start, follow the job.

Translating a plan needs the right to submit translations and to edit the plan (as
the editor would allow it: a translator may not edit a source). Syncing needs the
right to submit translations and to edit some language version of the plan, so
translators sync the plans they translate.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.widgets import Button
from wagtail.models import Locale, Page

from projects.models import PlanPage

from .. import bulk
from ..models import BulkTranslationJob
from ..permissions import may_follow_job, may_start_job
from ..status import OUT_OF_DATE, status_rows

Kind = BulkTranslationJob.Kind
TASKS = {Kind.TRANSLATE: bulk.translate_plan, Kind.SYNC: bulk.sync_plan}


class TargetForm(forms.Form):
    """The target language: the plan's other languages to translate into; any to sync."""

    locale = forms.ModelChoiceField(queryset=Locale.objects.none(), required=False, label=_("Into"))

    def __init__(self, *args, plan, kind, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["locale"]
        field.queryset = Locale.objects.order_by("language_code")
        if kind == Kind.TRANSLATE:
            field.queryset = field.queryset.exclude(pk=plan.locale_id)
            field.empty_label = _("Every other language")
        else:
            field.empty_label = _("Every language")
        field.label_from_instance = lambda locale: locale.get_display_name()


def plan_for(request, page_id, kind):
    plan = get_object_or_404(PlanPage, pk=page_id)
    if not may_start_job(request.user, plan, kind):
        raise PermissionDenied
    return plan


def what_it_does(plan, kind, locales):
    """(language name, pages to do) for the confirmation page."""
    if kind == Kind.SYNC:
        counts = {}
        for row in status_rows(root=plan, state=OUT_OF_DATE):
            counts.setdefault(row.locale.pk, set()).add(row.source.pk)
        return [(locale.get_display_name(), len(counts.get(locale.pk, ()))) for locale in locales]
    pages = Page.objects.descendant_of(plan, inclusive=True)
    return [
        (
            locale.get_display_name(),
            pages.exclude(
                translation_key__in=Page.objects.filter(locale=locale).values("translation_key")
            ).count(),
        )
        for locale in locales
    ]


def enqueue(job):
    """Queue the job's task once its row is committed, so the worker finds it."""
    transaction.on_commit(lambda: TASKS[job.kind].enqueue(job.pk))


def start(request, page_id, kind):
    plan = plan_for(request, page_id, kind)
    active = BulkTranslationJob.active_on(plan)
    if active is not None:
        # One job per plan at a time: the person is shown the one in progress.
        messages.warning(request, _("A job is already in progress on this plan: here it is."))
        return redirect("translations_bulk_job", active.pk)
    form = TargetForm(request.POST or None, plan=plan, kind=kind)
    if request.method == "POST" and form.is_valid():
        job = BulkTranslationJob.objects.create(
            kind=kind, root=plan, locale=form.cleaned_data["locale"], user=request.user
        )
        enqueue(job)
        return redirect("translations_bulk_job", job.pk)
    locales = form.fields["locale"].queryset
    return render(
        request,
        "translations/bulk_confirm.html",
        {
            "plan": plan,
            "kind": kind,
            "form": form,
            "page_count": Page.objects.descendant_of(plan, inclusive=True).count(),
            "per_language": what_it_does(plan, kind, locales),
        },
    )


def translate(request, page_id):
    return start(request, page_id, Kind.TRANSLATE)


def sync(request, page_id):
    return start(request, page_id, Kind.SYNC)


def job_view(request, job_id):
    job = get_object_or_404(BulkTranslationJob.objects.select_related("root", "locale"), pk=job_id)
    if not may_follow_job(request.user, job):
        raise PermissionDenied
    return render(
        request,
        "translations/bulk_job.html",
        {
            "job": job,
            "overview": reverse("translations_overview") + f"?plan={job.root_id}",
            "may_resume": job.interrupted and may_start_job(request.user, job.root, job.kind),
        },
    )


@require_POST
def resume(request, job_id):
    """Queue an interrupted job again; pages it finished are skipped this time."""
    job = get_object_or_404(BulkTranslationJob, pk=job_id)
    if not may_start_job(request.user, job.root, job.kind):
        raise PermissionDenied
    if not job.interrupted:
        messages.warning(request, _("This job is not interrupted: there is nothing to resume."))
        return redirect("translations_bulk_job", job.pk)
    job.status, job.heartbeat_at = BulkTranslationJob.Status.QUEUED, None
    job.save(update_fields=["status", "heartbeat_at"])
    enqueue(job)
    messages.success(request, _("The job is queued again."))
    return redirect("translations_bulk_job", job.pk)


urlpatterns = [
    path("translations/plan/<int:page_id>/translate/", translate, name="translations_bulk_translate"),
    path("translations/plan/<int:page_id>/sync/", sync, name="translations_bulk_sync"),
    path("translations/jobs/<int:job_id>/", job_view, name="translations_bulk_job"),
    path("translations/jobs/<int:job_id>/resume/", resume, name="translations_bulk_resume"),
]


def plan_buttons(page, user):
    """Header buttons for a plan page's bulk actions; no query for other pages."""
    if not issubclass(page.specific_class or Page, PlanPage):
        return []
    buttons = []
    if may_start_job(user, page, Kind.TRANSLATE):
        url = reverse("translations_bulk_translate", args=[page.pk])
        buttons.append(Button(_("Translate this plan and its subpages"), url, icon_name="globe", priority=85))
    if may_start_job(user, page, Kind.SYNC):
        url = reverse("translations_bulk_sync", args=[page.pk])
        buttons.append(
            Button(_("Sync this plan's out-of-date translations"), url, icon_name="resubmit", priority=86)
        )
    return buttons
