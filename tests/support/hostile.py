"""Hostile requests, generated: what a scanner or a malicious visitor sends to every public
address (pages, search, feeds, sitemaps, the API), from a fixed seed so a failure repeats.

``sweep(demo_site, count)`` gives ``count`` (method, url) pairs, each with one to four
query parameters that a page or endpoint reads (and some it does not), set to values
meant to break parsing or the database: numbers beyond 64 bits, negatives, NUL bytes,
broken UTF-8, unicode, SQL and HTML fragments, 10,000-character strings, parameters
given twice.
"""

import random
from urllib.parse import quote

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from tests.support.demo import DEMO_KEYS, LANGUAGES

SEED = 13
LONG = 10_000

# Values written as they travel in a URL (already percent-encoded where it matters).
ENCODED = [
    "%00",
    "a%00b",
    "%ff%fe",
    "%c3%28",
    "%ed%a0%80",
    "%e2%80%ae",
    "%0d%0aSet-Cookie:%20x=1",
    "%25",
    "%",
]
# Values quoted before use.
PLAIN = [
    str(2**63),
    str(2**64),
    str(-(2**63) - 1),
    "9" * 400,
    "-1",
    "0",
    "-0",
    "1e999",
    "0x1F",
    "1.5",
    "NaN",
    "inf",
    "١٢٣",
    "²",
    "",
    " ",
    "root",
    "true",
    "null",
    "[]",
    "{}",
    "2024-13-45",
    "0000-00-00",
    "9999-12-31",
    "0001-01-01T00:00",
    "' OR 1=1--",
    "1; DROP TABLE wagtailcore_page",
    '" OR ""="',
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "../../../etc/passwd",
    '"',
    "*",
    "AND OR NOT",
    "title:x",
    "-",
    "a,b,c",
    "a(b(c(d)))",
    "(" * 500,
    "x" * LONG,
    "a," * 2000,
    "é日本🙂",
    "projects.ProjectPage",
    "wagtailcore.Page,news.NewsPage",
    "-first_published_at",
    "random",
    "it",
    "fr",
]
VALUES = ENCODED + [quote(value, safe="") for value in PLAIN]

# What the site's pages read (filters, paging, search) and what tracking links add.
PAGE_PARAMETERS = [
    "q", "page", "year", "theme", "period", "about", "audience", "label", "status", "country",
    "kind", "sort", "order", "utm_source", "lang", "p", "format", "x", "%00", "%ff",
]  # fmt: skip
API_PARAMETERS = {
    "pages": [
        "offset", "limit", "fields", "order", "search", "search_operator", "type", "child_of",
        "ancestor_of", "descendant_of", "translation_of", "locale", "site", "id", "title", "slug",
        "show_in_menus", "seo_title", "search_description", "first_published_at", "html_path",
        "rich_text_format", "format", "_", "nope",
    ],
    "images": ["offset", "limit", "fields", "order", "search", "search_operator", "id", "title",
               "width", "height", "tags", "format", "nope"],
    "documents": ["offset", "limit", "fields", "order", "search", "search_operator", "id", "title",
                  "tags", "format", "nope"],
}  # fmt: skip
# Field filters of page types (with type=): dates, decimals, keys, many-to-many, children.
TYPED_FILTERS = {
    "projects.ProjectPage": ["start_date", "total_budget", "themes", "programme_period", "listing_image"],
    "news.NewsPage": ["date", "image", "related_pages"],
    "media.VideoPage": ["date", "duration_seconds", "video_file", "captions", "related_project"],
    "projects.ActionPage": ["status", "start_date"],
}


def sweep(demo_site, count):
    """``count`` hostile (method, url) pairs over the public site and the API, the same ones each run."""
    chance = random.Random(SEED)  # noqa: S311 (test data, not cryptography)
    pages = public_pages(demo_site)
    page_ids = list(Page.objects.live().values_list("pk", flat=True)[:40])
    file_ids = {
        "images": list(get_image_model().objects.values_list("pk", flat=True)[:20]),
        "documents": list(get_document_model().objects.values_list("pk", flat=True)[:20]),
    }

    def query(names, most=4):
        pairs = [(chance.choice(names), chance.choice(VALUES)) for _ in range(chance.randint(1, most))]
        if chance.random() < 0.2:  # the same parameter twice
            pairs.append((pairs[0][0], chance.choice(VALUES)))
        return "&".join(f"{name}={value}" for name, value in pairs)

    def page_request():
        return "get", f"{chance.choice(pages)}?{query(PAGE_PARAMETERS)}"

    def api_request():
        endpoint = chance.choice(list(API_PARAMETERS))
        names = API_PARAMETERS[endpoint]
        roll = chance.random()
        if endpoint == "pages" and roll < 0.25:
            page_type = chance.choice(list(TYPED_FILTERS))
            return "get", f"/api/v2/pages/?type={page_type}&{query(TYPED_FILTERS[page_type] + names, 3)}"
        if roll < 0.4:
            ids = page_ids if endpoint == "pages" else file_ids[endpoint]
            target = chance.choice([*map(str, ids), chance.choice(VALUES)])
            return "get", f"/api/v2/{endpoint}/{target}/?{query(names, 2)}"
        if roll < 0.55:
            return "get", f"/api/v2/{endpoint}/find/?{query(['id', 'html_path', *names], 2)}"
        return "get", f"/api/v2/{endpoint}/?{query(names)}"

    def other_request():
        roll = chance.random()
        if roll < 0.5:  # a hostile path below a real page
            return "get", chance.choice(pages).rstrip("/") + "/" + chance.choice(VALUES)[:2000] + "/"
        if roll < 0.8:  # methods a page does not take, with a hostile body
            return chance.choice(["post", "put", "delete", "patch", "options", "head"]), chance.choice(pages)
        return "post", f"/api/v2/{chance.choice(list(API_PARAMETERS))}/?{query(['search', 'offset'], 1)}"

    makers = [page_request] * 5 + [api_request] * 14 + [other_request] * 1
    return [chance.choice(makers)() for _ in range(count)]


def public_pages(demo_site):
    """Every public page type in both languages, search, the feeds, the sitemap and its pages."""
    urls = [demo_site.page(key, language).url for key in DEMO_KEYS.values() for language in LANGUAGES]
    for language in LANGUAGES:
        news = demo_site.page("news-index:site", language).url
        urls += [f"/{language}/search/", news + "feed/", news + "feed/atom/"]
    return urls + ["/sitemap.xml", "/sitemap-pages.xml", "/robots.txt", "/"]
