"""A sitemap of every locale's live public pages, each with its language versions.

Each entry names every live version of the page (itself included) with
``<xhtml:link rel="alternate" hreflang>``, and ``x-default`` as the head's hreflang
links do: the Italian version, or the page itself when there is none. Django's
sitemap template writes the links from each URL's ``alternates``.
"""

from collections import defaultdict

from django.conf import settings
from django.utils.functional import cached_property

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page


class Sitemap(WagtailSitemap):
    """Wagtail's sitemap walks the Site root only, which is the Italian tree here;
    the French tree hangs from the root's translations, so include those too."""

    def pages(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for translated_root in root.get_translations(inclusive=True):
            pages |= Page.objects.descendant_of(translated_root, inclusive=True)
        return pages.live().public()

    def items(self):
        return self.pages().order_by("path").defer_streamfields().specific()

    @cached_property
    def versions(self):
        """{translation key: {language code: full URL}} of every page listed, in one query."""
        versions = defaultdict(dict)
        for page in self.pages().select_related("locale"):
            versions[page.translation_key][page.locale.language_code] = page.get_full_url(self.request)
        return versions

    def alternates(self, page, location):
        urls = self.versions[page.translation_key]
        links = [
            {"lang_code": code, "location": urls[code]} for code, _name in settings.LANGUAGES if code in urls
        ]
        links.append({"lang_code": "x-default", "location": urls.get(settings.LANGUAGE_CODE, location)})
        return links

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            location = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                # A page type may list extra addresses (e.g. routes); only its own has versions.
                if url_info["location"] == location:
                    url_info["alternates"] = self.alternates(item, location)
                urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        # Absent when the whole site is private, unknown when a page has never been published.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
