"""URLs: admin, documents, API and sitemap outside the language prefix; pages and search inside."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms import health, seo, views
from cms.api import api_router
from cms.sitemap import Sitemap

SITEMAPS = {"pages": Sitemap}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    # An index of sitemap pages of at most Sitemap.limit addresses (cms/sitemap.py).
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    # For load balancers: liveness and readiness (cms/health.py), never cached.
    path("health/", health.health, name="health"),
    path("ready/", health.ready, name="ready"),
    # Browsers and feed readers ask for /favicon.ico whatever the page says.
    # Read at request time: in production the hashed name comes from collectstatic's manifest.
    path("favicon.ico", lambda request: HttpResponsePermanentRedirect(static("img/favicon.ico"))),
]

handler404 = "cms.errors.page_not_found"
handler500 = "cms.errors.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    # Wagtail's page serving comes last: it answers every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
