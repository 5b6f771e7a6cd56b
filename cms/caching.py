"""HTTP caching of public pages: what a front cache (Varnish, a CDN) may keep and for
how long, and what a browser revalidates.

An anonymous visitor's page is the same for every anonymous visitor, so the front
cache keeps it ``s-maxage`` seconds and serves it stale for ``stale-while-revalidate``
more while it fetches a fresh copy (and ``stale-if-error`` when the site is down).
Publishing purges it at once (cms/purge.py), so the long lifetime never shows an old
page for long. Browsers get ``max-age=0``: they revalidate every time, and Django's
ConditionalGetMiddleware answers 304 Not Modified when the ETag still matches.

Nothing personal is ever marked public: responses to logged-in users, responses that
set a cookie, the admin, documents (which may sit in a private collection) and any
response whose view set its own Cache-Control (Wagtail's never-cache on pages with a
view restriction, a short lifetime on search results) are left as they are. A page that
shows a picture still being resized (a placeholder) is kept a minute only.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from cms import renditions

CACHEABLE_STATUS = {200, 301, 404, 410}


def public_lifetime(s_maxage=None):
    """The Cache-Control directives of a public response."""
    return {
        "public": True,
        "max_age": 0,
        "s_maxage": settings.FRONT_CACHE_SECONDS if s_maxage is None else s_maxage,
        "stale_while_revalidate": settings.FRONT_CACHE_STALE_SECONDS,
        "stale_if_error": settings.FRONT_CACHE_STALE_IF_ERROR_SECONDS,
    }


def cache_publicly(response, s_maxage=None):
    patch_cache_control(response, **public_lifetime(s_maxage))
    return response


def short_public_cache(view):
    """For views whose answers no purge can reach (search results for any words):
    kept by the front cache for ``FRONT_CACHE_SHORT_SECONDS`` only."""

    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if is_anonymous_read(request) and not response.cookies:
            cache_publicly(response, settings.FRONT_CACHE_SHORT_SECONDS)
        return response

    wrapped.__doc__, wrapped.__name__ = view.__doc__, view.__name__
    return wrapped


def is_anonymous_read(request):
    user = getattr(request, "user", None)
    return request.method in ("GET", "HEAD") and not (user is not None and user.is_authenticated)


class PublicCacheMiddleware:
    """Marks anonymous public responses cacheable, as the module docstring says.
    Placed after AuthenticationMiddleware, so it knows who asked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with renditions.watching() as placeholders:
            response = self.get_response(request)
        if (
            is_anonymous_read(request)
            and response.status_code in CACHEABLE_STATUS
            and not response.has_header("Cache-Control")
            and not response.cookies
            and not request.path_info.startswith(settings.FRONT_CACHE_EXCLUDED_PATHS)
        ):
            # A picture still being resized (cms/renditions.py) shows in a minute.
            cache_publicly(response, settings.FRONT_CACHE_SHORT_SECONDS if placeholders else None)
        return response
