"""Request language: the visitor's on a site whose every page lives under /it/ or /fr/,
the editor's in the admin."""

import functools

from django.middleware import locale
from django.urls import reverse
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


class AdminLanguageMiddleware:
    """The editor's admin language for the whole of an admin request.

    Wagtail switches to it inside its views only, and answers a refused action (its
    ``permission_denied``, run after the view has left) with a message in the site's
    default language: a French translator was told "Spiacente, non hai i permessi".
    The profile read here is the one Wagtail reads next, so it costs no query more.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        language = None
        if user is not None and user.is_authenticated and request.path_info.startswith(admin_prefix()):
            profile = getattr(user, "wagtail_userprofile", None)
            language = profile.get_preferred_language() if profile is not None else None
        if not language:
            return self.get_response(request)
        with translation.override(language):
            return self.get_response(request)


@functools.cache
def admin_prefix():
    return reverse("wagtailadmin_home")
