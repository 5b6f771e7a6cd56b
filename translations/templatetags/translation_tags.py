"""Admin template tags for translation coordination."""

from django import template

from translations.readiness import all_ready, readiness

register = template.Library()


@register.inclusion_tag("translations/readiness_list.html")
def translation_readiness(page):
    """What each language still lacks before ``page`` can go live with its translations."""
    entries = readiness(page)
    return {"page": page, "entries": entries, "all_ready": all_ready(entries)}
