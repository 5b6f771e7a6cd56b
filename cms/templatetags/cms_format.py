"""Dates, periods, amounts and joined prepositions written the way Italian and French
readers expect (the grammar is in cms/grammar.py). One date format per language:
every date a visitor reads goes through ``long_date`` or ``period``."""

import datetime
import html
import re

from django import template
from django.template.defaultfilters import floatformat
from django.utils import translation
from django.utils.html import conditional_escape, escape, format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from cms import grammar

register = template.Library()

DESCRIPTION_LENGTH = 160  # characters search engines show of a description


@register.filter(expects_localtime=True)
def long_date(value):
    """9 maggio 2022 / 9 mai 2022; the first of the month is 1º gennaio / 1er janvier."""
    if not value:
        return ""
    return grammar.date_text(value, translation.get_language())


def time_element(value):
    """``value`` in a ``<time>`` element, machine-readable date included."""
    return format_html('<time datetime="{}">{}</time>', value.strftime("%Y-%m-%d"), long_date(value))


@register.simple_tag
def period(start, end, capitalised=False):
    """``{% period start end %}``: "dal 1º gennaio 2019 al 31 dicembre 2022" / "du 1er
    janvier 2019 au 31 décembre 2022", or open-ended "dal 9 ottobre 2023" / "depuis le
    9 octobre 2023", each date in a ``<time>``. Lower case for the middle of a line;
    ``capitalised=True`` where it starts one (a ``<dd>``)."""
    when = grammar.Period(start or None, end or None)
    if not when:
        return ""
    parts = grammar.period_words(when, translation.get_language())
    if capitalised and isinstance(parts[0], str):
        parts[0] = capfirst(parts[0])
    return mark_safe(  # noqa: S308 (words from grammar.py, escaped; dates from format_html)
        "".join(escape(part) if isinstance(part, str) else time_element(part) for part in parts)
    )


@register.filter
def when(page):
    """The date a page is about (its ``listing_date`` hook: a news item's, a video's,
    a project's or an action's period), for lists and search results; "" if none."""
    value = getattr(page, "listing_date", None)  # a hook only dated page types have
    if isinstance(value, grammar.Period):
        return period(value.start, value.end)
    if isinstance(value, datetime.date):
        return time_element(value)
    return ""


@register.filter
def page_kind(page):
    """What a page is, in the reader's language: "Progetto", "Notizia", "Vidéo"…

    A model may name itself for visitors with ``public_kind`` where its editors'
    name would read as jargon ("content page")."""
    model = page.specific_class or type(page)
    return capfirst(getattr(model, "public_kind", model._meta.verbose_name))


@register.filter(is_safe=True)
def contracted(sentence, phrase):
    """``sentence`` (a ``blocktranslate … asvar``) with the preposition before
    ``phrase`` joined to the article it starts with: "Assegnato dal Consiglio…"."""
    return mark_safe(  # noqa: S308 (sentence is safe output of blocktranslate; the joined words are escaped)
        grammar.contract_in(
            str(sentence),
            str(phrase),
            translation.get_language(),
            shown=conditional_escape(phrase),
            escape=escape,
        )
    )


@register.filter
def excerpt(text, length=DESCRIPTION_LENGTH):
    """Rich text as plain text of at most ``length`` characters, cut after a whole word."""
    plain = " ".join(html.unescape(strip_tags(text or "")).split())
    if len(plain) <= length:
        return plain
    cut = plain[: length - 1]
    cut = re.sub(r"\s+\S*$", "", cut) if plain[length - 1] != " " else cut
    return cut.rstrip(" ,;:.–-") + "…"


@register.filter
def euros(value):
    """437.159,76 € / 437 159,76 €, with a non-breaking space before the sign."""
    if value is None or value == "":
        return ""
    return f"{floatformat(value, '2g')}\u00a0€"
