"""The Django floor `make bench --http` compares pages with: one constant 20 KB view,
no middleware, no database, no template. What Django and gunicorn cost before a page
does any work; served as ``gunicorn demo.bench_floor:application``. Never imported by
the site."""

from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-floor-only",  # noqa: S106 (serves one constant page, nothing to sign)
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)

from django.core.wsgi import get_wsgi_application  # noqa: E402 (settings first)
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402

BODY = ("<!doctype html><title>floor</title>" + "<p>" + "constant " * 2270 + "</p>").encode()


def constant(request):
    return HttpResponse(BODY)


urlpatterns = [path("", constant)]
application = get_wsgi_application()
