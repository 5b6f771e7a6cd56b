"""Error pages in the visitor's language.

The language is the URL's prefix (``/it/``, ``/fr/``); on other paths, Accept-Language;
Italian otherwise. A 404 whose path exists in another language's tree offers that
page, and its live translation in the visitor's language when there is one: a French
link pasted under ``/it/``, or a language prefix changed by hand, then still leads
somewhere. The 500 page reads nothing from the database, which may be what failed.
"""

from django.conf import settings
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation

from wagtail.models import Page, Site

# Longer paths or control characters are no page's address; PostgreSQL refuses NUL in a query.
MAX_OFFER_PATH = 1000


def visitor_language(request):
    """The URL's language, else the browser's (Accept-Language), else Italian; without the database."""
    return translation.get_language_from_request(request, check_path=True)


def split_language(path):
    """``/it/projets/`` → ``("it", "projets/")``; a path without a language prefix → ``(None, ...)``."""
    first, _slash, rest = path.lstrip("/").partition("/")
    if first in dict(settings.LANGUAGES):
        return first, rest
    return None, path.lstrip("/")


def _offerable(tail):
    return len(tail) <= MAX_OFFER_PATH and all(char.isprintable() for char in tail)


def other_language_offers(request, language):
    """Live public pages at this path in the other languages' trees, and their live version
    in ``language``: a list of ``(page, language code)``, the visitor's language first.

    Four queries whatever the path (five when page serving has not found the site yet):
    the site's home pages, the view restrictions, the pages at this path under the
    homes, and their translations in the visitor's language.
    """
    url_language, tail = split_language(request.path_info)
    site = Site.find_for_request(request)
    if site is None or not _offerable(tail):
        return []
    tail = tail if tail.endswith("/") or not tail else tail + "/"
    homes = Page.objects.filter(
        translation_key__in=Page.objects.filter(pk=site.root_page_id).values("translation_key")
    ).exclude(locale__language_code=url_language or "")
    paths = [home_path + tail for home_path in homes.values_list("url_path", flat=True)]
    visible = Page.objects.live().exclude(Page.objects.private_q()).select_related("locale")
    found = list(visible.filter(url_path__in=paths))
    keys = [page.translation_key for page in found if page.locale.language_code != language]
    in_language = {}
    if keys:
        versions = visible.filter(translation_key__in=keys, locale__language_code=language)
        in_language = {version.translation_key: version for version in versions}
    offers = {}
    for page in found:
        for version in (in_language.get(page.translation_key), page):
            if version is not None:
                offers.setdefault(version.pk, (version, version.locale.language_code))
    return sorted(offers.values(), key=lambda offer: offer[1] != language)


def page_not_found(request, exception):
    """The 404 page in the visitor's language, offering the page in the other language if it is there."""
    language = visitor_language(request)
    with translation.override(language):
        offers = [
            {
                "url": page.get_url(request),
                "title": page.title,
                "code": code,
                "language": translation.get_language_info(code)["name_translated"],
                "yours": code == language,
            }
            for page, code in other_language_offers(request, language)
        ]
        response = render(request, "404.html", {"request_path": request.path, "offers": offers}, status=404)
    response.headers.setdefault("Content-Language", language)
    return response


def server_error(request):
    """A plain page in the visitor's language, from the template alone: no query, no request context."""
    language = visitor_language(request)
    with translation.override(language):
        html = loader.get_template("500.html").render({"languages": settings.LANGUAGES})
    response = HttpResponseServerError(html)
    response.headers["Content-Language"] = language
    return response
