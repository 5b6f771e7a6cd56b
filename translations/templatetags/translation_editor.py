"""The translation editor for the user viewing it (translations/editor.py), for the template
that overrides wagtail-localize's editor page."""

from django import template

from translations import editor

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor(context):
    """Props with only the actions the user may take, and the bottom bar (None for snippets)."""
    return editor.for_user(
        context["request"].user, context["translation"], context["instance"], context["props"]
    )
