"""Error pages in the visitor's language (placeholder; being written)."""

from django.views import defaults


def page_not_found(request, exception):
    return defaults.page_not_found(request, exception)


def server_error(request):
    return defaults.server_error(request)
