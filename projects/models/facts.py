"""The status a project or action has from its dates."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    CLOSED = "closed", _("Closed")


def status_for(start, end, today=None):
    """Planned before the start date, closed after the end date, ongoing in between."""
    today = today or timezone.localdate()
    if start and today < start:
        return ProjectStatus.PLANNED
    if end and today > end:
        return ProjectStatus.CLOSED
    if start:
        return ProjectStatus.ONGOING
    return ProjectStatus.PLANNED
