"""What search engines and social networks read about a page, and robots.txt.

Page URLs are the Site's (``get_full_url``), and images and files are made absolute
against the same root, so a page never names two hosts. Structured data is built as
Python dicts and serialised by ``json_ld``, so it is valid JSON whatever the editors type.
"""

import json
from urllib.parse import urljoin

from django.http import HttpResponse
from django.urls import reverse
from django.utils.safestring import mark_safe

from wagtail.models import Page, Site

# The programme's own name in each language: a proper name, not interface text.
PROGRAMME_NAMES = {"it": "Interreg France–Italia ALCOTRA", "fr": "Interreg France–Italie ALCOTRA"}
# What JSON must not contain inside <script>: "</script>" or "<!--" would end or break it.
SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def robots_txt(request):
    """Everything may be crawled but the admin; the sitemap lists every page of both languages."""
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {absolute(request, reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def absolute(request, url):
    """``url`` made absolute against the Site's root URL (unchanged when already absolute)."""
    site = Site.find_for_request(request)
    return urljoin(site.root_url + "/", url) if site else request.build_absolute_uri(url)


def json_ld(data):
    """``data`` as JSON that can sit inside <script type="application/ld+json"> as is
    (empty values left out)."""
    text = json.dumps({"@context": "https://schema.org", **compact(data)}, ensure_ascii=False)
    return mark_safe(text.translate(SCRIPT_ESCAPES))  # noqa: S308 - "<", ">" and "&" are escaped


def compact(value):
    """``value`` without the keys whose value is None, "" or [] (at every level)."""
    if isinstance(value, dict):
        return {key: compact(item) for key, item in value.items() if item not in (None, "", [])}
    if isinstance(value, list):
        return [compact(item) for item in value]
    return value


def live_ancestors(page):
    """The live pages from the language's home page down to ``page``'s parent, in one query."""
    if page.pk is None or page.depth <= 2:  # not saved yet, or a home page: no query
        return []
    # Kept on the page: the breadcrumb and the JSON-LD trail read the same list.
    if getattr(page, "_cms_live_ancestors", None) is None:
        page._cms_live_ancestors = list(
            Page.objects.ancestor_of(page).filter(depth__gte=2).live().order_by("depth")
        )
    return page._cms_live_ancestors


def breadcrumb_list(trail):
    """A BreadcrumbList of (name, url) pairs, positions from 1."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def programme(language, home_url):
    """The Interreg programme, publisher of the site."""
    organisation = {"@type": "Organization", "name": PROGRAMME_NAMES.get(language, PROGRAMME_NAMES["it"])}
    if home_url:
        organisation.update({"@id": f"{home_url}#organization", "url": home_url})
    return organisation


def structured_data(page, context, language, image):
    """The JSON-LD items of a page: its breadcrumb trail, and what the page is about.
    ``image`` is what cms_seo.share_image() gave (url, width, height, alt) or None."""
    request = context["request"]
    url = page.get_full_url(request)
    ancestors = live_ancestors(page)
    home = ancestors[0] if ancestors else page if page.depth == 2 else None
    trail = [(ancestor.title, ancestor.get_full_url(request)) for ancestor in ancestors]
    facts = {
        "page": page,
        "url": url,
        "language": language,
        "description": page.meta_description,
        "publisher": programme(language, home.get_full_url(request) if home else None),
        "image": image,
        "parent": ancestors[-1] if ancestors else None,
        "request": request,
    }
    about = page.structured_data(facts, context)
    # A page not saved yet (a preview) has no place in the tree to show.
    items = [breadcrumb_list([*trail, (page.title, url)])] if page.pk and url else []
    return items + ([about] if about else [])
