"""The translation app's tables: what translators are asked to do, the bulk jobs that
translate or sync a plan in the background, and the workflow task that lets a page go
live only with its translations ready.
"""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, Locale, Page

from .forms import ApproveWithTranslationsForm
from .readiness import readiness


class TranslationRequest(models.Model):
    """A source revision whose changed text awaits translation into one language.

    Made when the source is published (translations/requests.py); closed when
    the translation is up to date again. A language has at most one open request
    per page, so translators are told once until they have caught up.
    """

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("translation request")
        verbose_name_plural = _("translation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "locale", "revision"], name="one_request_per_revision_and_locale"
            )
        ]

    def __str__(self):
        return f"{self.page} → {self.locale}"

    def close(self):
        self.completed_at = timezone.now()
        self.save(update_fields=["completed_at"])


class BulkTranslationJob(models.Model):
    """One bulk translation or sync of a plan, filled in by the background task
    (translations/bulk.py) after every batch, so the job page shows how far it got
    without the request that started it waiting for the work."""

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
    heartbeat_at = models.DateTimeField(
        _("last sign of life"), null=True, blank=True, help_text=_("Set by the worker after every batch.")
    )

    # A batch of pages takes seconds; a running job silent for this long lost its worker.
    STALE_AFTER = datetime.timedelta(minutes=2)
    # A queued job no worker took in this long means no worker is running.
    UNCLAIMED_AFTER = datetime.timedelta(minutes=1)

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

    @property
    def interrupted(self):
        """Running, and its worker silent for too long: it died, or was stopped.
        Nothing it did is lost (each batch is committed) and it can be resumed."""
        if self.status != self.Status.RUNNING:
            return False
        last = self.heartbeat_at or self.created_at
        return timezone.now() - last > self.STALE_AFTER

    @property
    def unclaimed(self):
        """Queued for longer than a worker takes to pick a job: no worker is running."""
        return self.status == self.Status.QUEUED and timezone.now() - self.created_at > self.UNCLAIMED_AFTER

    @property
    def in_progress(self):
        """Queued or running with a live worker: another job on the plan must wait."""
        return not self.finished and not self.interrupted

    @classmethod
    def active_on(cls, plan):
        """The job in progress on ``plan``, if any (at most one is allowed)."""
        fresh = timezone.now() - cls.STALE_AFTER
        candidates = cls.objects.filter(root=plan, status__in=[cls.Status.QUEUED, cls.Status.RUNNING])
        candidates = candidates.filter(models.Q(status=cls.Status.QUEUED) | models.Q(heartbeat_at__gte=fresh))
        return candidates.order_by("-created_at").first()

    def target_locales(self):
        if self.locale_id is not None:
            return [self.locale]
        return list(Locale.objects.exclude(pk=self.root.locale_id).order_by("language_code"))


class TranslationsReadyTask(AbstractGroupApprovalTask):
    """A plan's last workflow step: members of the chosen groups (moderators) may approve
    only when every other language's translation is complete and matches the revision
    under review; approving makes the page and its translations go live together
    (``WAGTAIL_FINISH_WORKFLOW_ACTION`` points at ``translations.finish``)."""

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
            return "translations/approve_modal.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        kwargs.pop("page", None)
        if action_name == "approve":
            page = task_state.workflow_state.content_object
            if not all(entry.ready for entry in readiness(page)):
                # Reached only by bypassing the dialog: approve nothing, show why.
                return reverse("translations_readiness", args=[page.pk])
        return super().on_action(task_state, user, action_name, **kwargs)
