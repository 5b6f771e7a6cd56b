"""Facts shared by projects and actions: amounts, dates and the status they give."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MONEY = {"max_digits": 12, "decimal_places": 2, "validators": [MinValueValidator(Decimal("0"))]}


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


def validate_date_range(start, end, end_field="end_date"):
    if start and end and end < start:
        raise ValidationError({end_field: _("The end date cannot come before the start date.")})
