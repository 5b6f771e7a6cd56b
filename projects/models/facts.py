"""The status a project or action has from its dates."""

from django.db import models
from django.db.models import Case, CharField, Value, When
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


def status_expression(today):
    """``status_for`` as a database expression (the catalogue counts projects by status):
    the same rule, kept beside it so both change together."""
    return Case(
        When(start_date__gt=today, then=Value(ProjectStatus.PLANNED)),
        When(end_date__lt=today, then=Value(ProjectStatus.CLOSED)),
        default=Value(ProjectStatus.ONGOING),
        output_field=CharField(),
    )
