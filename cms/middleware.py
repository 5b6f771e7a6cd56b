"""Request language handling for a site whose every page lives under /it/ or /fr/."""

from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, but only ``/`` is redirected to a language.

    Django would answer any unknown unprefixed path (``/de/``, ``/xyz/``) with a
    redirect to ``/it/de/`` and then a 404: two round trips on a slow mountain
    connection and a URL that pretends German exists. Here ``/`` goes to the
    visitor's language (Accept-Language, Italian otherwise) and every other
    unprefixed path is a plain 404 rendered in that same language.
    """

    def process_response(self, request, response):
        if request.path_info == "/" or translation.get_language_from_path(request.path_info):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
