"""A bulk translation job: one row that a background task fills in as it works.

The admin starts a job on a plan and the task (cms/translations/bulk.py) records its
progress here after every batch, so the job page can show how far it got without
the request that started it waiting for the work.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page


class BulkTranslationJob(models.Model):
    class Kind(models.TextChoices):
        TRANSLATE = "translate", _("Translate the plan and its subpages")
        SYNC = "sync", _("Sync the out-of-date translations of the plan")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    root = models.ForeignKey(Page, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey(
        Locale,
        verbose_name=_("target language"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Empty: every other language."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("started by"), null=True, on_delete=models.SET_NULL
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("total"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    skipped = models.PositiveIntegerField(_("skipped"), default=0)
    errors = models.JSONField(
        _("errors"), default=list, blank=True, help_text=_('"Page title: message" each.')
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("bulk translation job")
        verbose_name_plural = _("bulk translation jobs")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.root_id})"

    @property
    def processed(self):
        """Pages dealt with so far, whatever the outcome: the progress bar's value."""
        return self.done + self.skipped + len(self.errors)

    @property
    def finished(self):
        return self.status in (self.Status.DONE, self.Status.FAILED)

    def target_locales(self):
        if self.locale_id is not None:
            return [self.locale]
        return list(Locale.objects.exclude(pk=self.root.locale_id).order_by("language_code"))
