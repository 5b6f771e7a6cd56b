"""What a user reads, in their admin language: tests compare with this rather than
with English source strings, so they keep passing once the catalogs translate them."""

from django.utils import translation


def said(message, in_language="it", plural=None, count=None, context=None, **values):
    """``message`` in ``in_language`` (with its pgettext ``context``, if any), filled with
    ``values`` (or cut at its first placeholder when none are given)."""
    with translation.override(in_language):
        if context:
            text = translation.pgettext(context, message)
        else:
            text = translation.ngettext(message, plural, count) if plural else translation.gettext(message)
    return text % values if values else text.split("%(")[0].strip()
