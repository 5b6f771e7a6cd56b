"""Clicking through the admin as a person would: every same-site admin link of every screen,
breadth-first from the dashboard, GET only, bounded.

The bound keeps a crawl to the screens a person can reach, not every page's every screen:
links are counted once whatever their sort order, page number or return address (``next``),
a screen shows at most ``VARIANTS`` filtered versions of itself, and one kind of screen
(``wagtailadmin_pages:edit`` of a French news item, ``wagtailadmin_pages:history`` of a
French page) is opened ``PER_KIND`` times.
"""

import html
import json
import re
import traceback
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve

from wagtail.models import Page

ADMIN = "/admin/"
# Leaving the admin, or a file rather than a screen.
SKIPPED_VIEWS = {"wagtailadmin_logout", "wagtailadmin_sprite", "wagtailadmin_javascript_catalog"}
# Query parameters that only re-sort, paginate or say where to return: one variant is enough.
IGNORED_PARAMETERS = {"ordering", "p", "page", "next", "sort", "order", "direction"}
# Query parameters that ask for a download (a spreadsheet of a listing) instead of a screen.
DOWNLOAD_PARAMETERS = {"export"}
VARIANTS = 3
PER_KIND = 1
# A page's screens that show its own form or children, which differ with its type; its
# other screens (history, usage, copy, delete...) differ only with its language.
TYPED_PAGE_VIEWS = {
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:add_subpage",
    "wagtailadmin_explore",
}


@dataclass
class Failure:
    url: str
    referrer: str
    status: int
    error: str = ""

    def __str__(self):
        return f"{self.status} {self.url} (linked from {self.referrer})\n{self.error}".rstrip()


@dataclass
class Crawl:
    visited: list = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)
    views: set = field(default_factory=set)

    def report(self):
        return "\n\n".join(str(failure) for failure in self.failures)


# Django's templates quote attributes; a regular expression reads links several times
# faster than an HTML parser, which matters over a thousand screens.
LINK = re.compile(r"""<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
SIDEBAR = re.compile(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', re.DOTALL)


def admin_links(response, url):
    """Every admin address a person could open from the screen: its links, and the
    sidebar's, which the browser draws from JSON."""
    content = response.content.decode(response.charset or "utf-8", errors="replace")
    hrefs = [html.unescape(double or single) for double, single in LINK.findall(content)]
    sidebar = SIDEBAR.search(content)
    if sidebar is not None:
        hrefs += list(_urls_in(json.loads(sidebar.group(1))))
    for href in hrefs:
        address = admin_address(href, url)
        if address is not None:
            yield address


def admin_address(href, url):
    """``href`` as read on the screen at ``url``, if it is an admin address of this site
    (no fragment); None otherwise (another site, the public pages, mailto:, javascript:)."""
    parts = urlsplit(urljoin(f"http://testserver{url}", href.strip()))
    if parts.scheme in ("http", "https") and parts.netloc == "testserver" and parts.path.startswith(ADMIN):
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return None


def _urls_in(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "url" and isinstance(item, str):
                yield item
            else:
                yield from _urls_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _urls_in(item)


class Frontier:
    """What is still to open, and what was already counted."""

    def __init__(self, limit):
        self.limit = limit
        self.queue = deque()
        self.seen = set()
        self.variants = defaultdict(set)
        self.kinds = Counter()
        self.pages = {}

    def offer(self, url, referrer):
        path, _, query = url.partition("?")
        parameters = parse_qsl(query, keep_blank_values=True)
        if any(name in DOWNLOAD_PARAMETERS for name, _value in parameters):
            return
        kept = sorted((name, value) for name, value in parameters if name not in IGNORED_PARAMETERS)
        key = (path, tuple(kept))
        if key in self.seen:
            return
        try:
            match = resolve(path)
        except Resolver404:
            return  # a dead link is for the page's own tests; the crawl follows screens
        if match.view_name in SKIPPED_VIEWS:
            return
        if kept and len(self.variants[path]) >= VARIANTS:
            return
        kind = (match.view_name, self._page_kind(match), tuple(name for name, _value in kept))
        if self.kinds[kind] >= PER_KIND:
            return
        if len(self.seen) >= self.limit:
            return
        self.seen.add(key)
        self.variants[path].add(tuple(kept))
        self.kinds[kind] += 1
        query = urlencode([(name, value) for name, value in parameters if name not in {"next"}])
        self.queue.append((path + (f"?{query}" if query else ""), referrer, match.view_name))

    def _page_kind(self, match):
        """The type and language of the page a screen is about (a French translation opens
        wagtail-localize's editor, an Italian source Wagtail's)."""
        page_id = match.kwargs.get("page_id") or match.kwargs.get("parent_page_id")
        if page_id is None:
            return ()
        if page_id not in self.pages:
            self.pages[page_id] = tuple(
                Page.objects.filter(pk=page_id).values_list("locale_id", "content_type_id").first() or ()
            )
        return self.pages[page_id] if match.view_name in TYPED_PAGE_VIEWS else self.pages[page_id][:1]


def error_summary(response):
    """The last frames of the project's own code and of the libraries, and the error, of
    a response the test client answered with ``raise_request_exception=False``."""
    if not getattr(response, "exc_info", None):
        return ""
    frames = traceback.extract_tb(response.exc_info[2])
    ours = [
        frame
        for frame in frames
        if frame.filename.startswith(str(settings.BASE_DIR)) and "site-packages" not in frame.filename
    ]
    shown = [frame for frame in frames if frame in ours[-3:] or frame in frames[-2:]]
    lines = [f"  {frame.filename}:{frame.lineno} in {frame.name}: {frame.line}" for frame in shown]
    lines += traceback.format_exception_only(*response.exc_info[:2])
    return "\n".join(line.rstrip() for line in lines)


def crawl(client, starts=(ADMIN,), limit=150):
    """Open ``starts`` and every admin link from there, breadth-first, at most ``limit``
    addresses; every answer of 500 or more is a failure, with what linked to it."""
    result = Crawl()
    frontier = Frontier(limit)
    for start in starts:
        frontier.offer(start, referrer="(start)")
    while frontier.queue:
        url, referrer, view_name = frontier.queue.popleft()
        response = client.get(url)
        result.visited.append(url)
        result.views.add(view_name)
        result.statuses[response.status_code] += 1
        if response.status_code >= 500:
            result.failures.append(Failure(url, referrer, response.status_code, error_summary(response)))
            continue
        if response.status_code in (301, 302, 303, 307, 308):
            address = admin_address(response["Location"], url)
            if address is not None:
                frontier.offer(address, referrer=url)
            continue
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        for link in admin_links(response, url):
            frontier.offer(link, referrer=url)
    return result
