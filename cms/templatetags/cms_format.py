"""Dates and amounts written the way Italian and French readers expect."""

from django import template
from django.template.defaultfilters import floatformat
from django.utils.dateformat import format as date_format

register = template.Library()


@register.filter
def long_date(value):
    """1 gennaio 2019 / 1 janvier 2019: Django's Italian month names are capitalised."""
    if not value:
        return ""
    return date_format(value, "j F Y").lower()


@register.filter
def euros(value):
    """437.159,76 € / 437 159,76 €, with a non-breaking space before the sign."""
    if value is None or value == "":
        return ""
    return f"{floatformat(value, '2g')}\u00a0€"
