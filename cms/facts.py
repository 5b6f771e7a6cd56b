"""Facts that several page types carry: amounts of money and date ranges."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.utils.translation import gettext_lazy as _

# Euros to the cent, never negative: budgets, co-financing.
MONEY = {"max_digits": 12, "decimal_places": 2, "validators": [MinValueValidator(Decimal("0"))]}


def validate_date_range(start, end, end_field="end_date"):
    """An end date before the start date is refused, on the end date's field."""
    if start and end and end < start:
        raise ValidationError({end_field: _("The end date cannot come before the start date.")})
