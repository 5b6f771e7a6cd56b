"""Language switcher and hreflang links built from the page's live translations.

Both read the same list, computed once per page and request, so a page costs one
query for its translations whatever the number of tags that use them.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Site

register = template.Library()


def live_translations(page):
    """The live versions of ``page`` (itself included when live), keyed by language."""
    if not hasattr(page, "_cms_live_translations"):
        versions = page.get_translations(inclusive=True).live().select_related("locale")
        page._cms_live_translations = {p.locale.language_code: p for p in versions}
    return page._cms_live_translations


def locale_home(request, language_code):
    site = Site.find_for_request(request)
    if site is None:
        return None
    locale = Locale.objects.filter(language_code=language_code).first()
    home = site.root_page.get_translation_or_none(locale) if locale else None
    return home if home is not None and home.live else None


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """The header's links to the other languages (see switcher_entries)."""
    return {"entries": switcher_entries(context)}


@register.inclusion_tag("includes/translation_notes.html", takes_context=True)
def translation_notes(context):
    """Above the content, for each language the page is not translated into, what its
    switcher link does; the link points at the note (aria-describedby)."""
    return {"entries": [entry for entry in switcher_entries(context) if not entry.get("translated", True)]}


def switcher_entries(context):
    """One entry per other language: the translation of this page when it is live;
    otherwise that language's home page, with a note saying so. Views that are not
    pages (search, errors) link to the same view, or the home page, in that language."""
    request = context["request"]
    if hasattr(request, "_cms_switcher_entries"):  # the header and the notes read one list
        return request._cms_switcher_entries
    page = context.get("page")
    current = translation.get_language()
    entries = []
    for code, name in settings.LANGUAGES:
        if code == current:
            entries.append({"code": code, "name": name, "current": True})
            continue
        url, translated = None, True
        if page is not None and hasattr(page, "get_translations"):
            version = live_translations(page).get(code)
            if version is not None:
                url = version.get_url(request)
            else:
                translated = False
        elif context.get("translatable_url", False):
            # A view that exists in every language (search): same URL, other prefix. The
            # view may give the URL to carry over (True: the current one).
            target = context["translatable_url"]
            url = translate_url(target if isinstance(target, str) else request.get_full_path(), code)
        if url is None:
            home = locale_home(request, code)
            url = home.get_url(request) if home else f"/{code}/"
        info = translation.get_language_info(code)
        entries.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "translated": translated,
                "name_in_current_language": info["name_translated"],
            }
        )
    request._cms_switcher_entries = entries
    return entries


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for every live version, plus x-default
    (the default language's version, or this page when that one is missing)."""
    page = context.get("page")
    if page is None or not hasattr(page, "get_translations"):
        return {"links": []}
    request = context["request"]
    versions = live_translations(page)
    links = [(code, version.get_full_url(request)) for code, version in versions.items()]
    if not links:
        return {"links": []}
    default = versions.get(settings.LANGUAGE_CODE, page)
    links.append(("x-default", default.get_full_url(request)))
    return {"links": links}
