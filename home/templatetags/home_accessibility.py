"""The accessibility status that the footer of every page shows, linked to the statement."""

from django import template
from django.utils import translation

from cms.sites import home_path

from ..models import statement_link

register = template.Library()


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The statement of the current language and site: ``url`` (empty without one),
    ``status`` and ``wording`` (the status as the national format words it). Cached: no
    query per page."""
    return statement_link(context.get("request"), translation.get_language(), home_path(context))
