"""Error pages in the visitor's language.

The language is the URL's prefix (``/it/``, ``/fr/``); on other paths, Accept-Language;
Italian otherwise. A 404 whose path exists in another language's tree offers that
page, and its live translation in the visitor's language when there is one: a French
link pasted under ``/it/``, or a language prefix changed by hand, then still leads
somewhere. The 500 page reads nothing from the database, which may be what failed.
When it is the database that cannot be reached, wherever in the request, the answer is
a 503 with Retry-After instead: the visitor, a crawler and Varnish learn that it is
temporary (Django reconnects by itself on a later request; cms/config.py).
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

# Longer paths or control characters are no page's address; PostgreSQL refuses NUL in a query.
MAX_OFFER_PATH = 1000
# How long a visitor or crawler is asked to wait when the database is unreachable.
RETRY_AFTER_SECONDS = 30


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


def database_unreachable(exception):
    """Whether ``exception`` (or one it was raised from) says the database cannot be reached:
    refused, broken or timed-out connections, or SQLite busy with another writer, not a
    faulty query (PostgreSQL's are ProgrammingError or DataError). SQLite raises the same
    OperationalError for both, so there the database is asked once more: if it answers,
    the query was at fault and the answer stays a 500."""
    for _depth in range(5):
        if exception is None:
            return False
        if isinstance(exception, OperationalError | InterfaceError):
            if connection.vendor != "sqlite":
                return True
            return "locked" in str(exception) or not database_answers()
        exception = exception.__cause__ or exception.__context__
    return False


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (OperationalError, InterfaceError):
        return False
    return True


def server_error(request):
    """A plain page in the visitor's language, from the template alone: no query, no request
    context. Django calls it while handling the exception, which says which page it is."""
    language = visitor_language(request)
    if database_unreachable(sys.exc_info()[1]):
        return service_unavailable(request, language)
    with translation.override(language):
        html = error_page(
            _("Server error"), _("Something went wrong on our side. Please try again in a few minutes.")
        )
    response = HttpResponseServerError(html)
    response.headers["Content-Language"] = language
    return response


def service_unavailable(request, language=None):
    """503 with Retry-After, in the visitor's language, without the database: no menu, no site identity."""
    language = language or visitor_language(request)
    with translation.override(language):
        html = error_page(
            _("Service unavailable"),
            _("The site is temporarily unavailable. Please try again in a few minutes."),
        )
    response = HttpResponse(html, status=503)
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response.headers["Content-Language"] = language
    add_never_cache_headers(response)
    return response


def error_page(heading, message, back=None):
    """The page of an answer that must cost nothing: no query, no request context.
    ``back`` offers a return to the form refused, instead of the home pages."""
    context = {
        "heading": heading,
        "message": message,
        "back": back,
        "languages": settings.LANGUAGES,
        "stylesheet": stylesheet_url(),
    }
    return loader.get_template("error_page.html").render(context)


def stylesheet_url():
    """The site's style sheet, or None: a missing static manifest must not break the error page."""
    try:
        return static("css/site.css")
    except ValueError:
        return None
