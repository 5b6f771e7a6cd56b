"""A sitemap of every locale's live public pages, each with its language versions.

``/sitemap.xml`` is an index of pages of at most ``Sitemap.limit`` addresses each
(``/sitemap-pages.xml?p=2``…), so no response grows with the site: a site of 20,000
pages answers twenty small files, each from a fixed number of queries.

Each entry names every live version of the page (itself included) with
``<xhtml:link rel="alternate" hreflang>``, and ``x-default`` as the head's hreflang
links do: the Italian version, or the page itself when there is none. Django's
sitemap template writes the links from each URL's ``alternates``.
"""

from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page


class Sitemap(WagtailSitemap):
    """Wagtail's sitemap walks the Site root only, which is the Italian tree here;
    the French tree hangs from the root's translations, so include those too."""

    limit = 2000

    def pages(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for translated_root in root.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(translated_root, inclusive=True)
        return pages.live().public()

    def items(self):
        return self.pages().order_by("path").defer_streamfields().specific()

    def versions(self, pages):
        """{translation key: {language code: full URL}} of ``pages``' versions, in one query."""
        versions = defaultdict(dict)
        keys = {page.translation_key for page in pages}
        for page in self.pages().filter(translation_key__in=keys).select_related("locale"):
            versions[page.translation_key][page.locale.language_code] = page.get_full_url(self.request)
        return versions

    def alternates(self, versions, page, location):
        urls = versions[page.translation_key]
        links = [
            {"lang_code": code, "location": urls[code]} for code, _name in settings.LANGUAGES if code in urls
        ]
        links.append({"lang_code": "x-default", "location": urls.get(settings.LANGUAGE_CODE, location)})
        return links

    def _urls(self, page, protocol, domain):
        urls = []
        items = list(self.paginator.page(page).object_list)
        versions = self.versions(items)
        for item in items:
            location = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                # A page type may list extra addresses (e.g. routes); only its own has versions.
                if url_info["location"] == location:
                    url_info["alternates"] = self.alternates(versions, item, location)
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        # Absent when the whole site is private, unknown when a page has never been published.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
