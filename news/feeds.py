"""RSS 2.0 and Atom feeds of news indexes, served by each index at ``feed/`` and
``feed/atom/`` (inside the language prefix, so in the index's language).

Feed readers follow ``<link rel="alternate">`` tags to find them; ``feed_links``
gives those for any news index, and each page says which index covers it
(``BasePage.feed_links``: a news list its own, a news item its list's, a home,
plan or project page its child list's).
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext

SITE_NAME = "ALCOTRA cross-border projects"  # the same words as the site's <title>

# Route name, MIME type and generator of each kind of feed, in the order pages link them.
FEED_KINDS = (
    ("feed", "application/rss+xml", Rss201rev2Feed),
    ("atom_feed", "application/atom+xml", Atom1Feed),
)


def feed_links(index, request):
    """``<link rel="alternate">`` attributes for the feeds of ``index`` (a NewsIndexPage,
    specific or not), titled in the active language; none when it has no URL yet."""
    url = index.get_url(request)
    if url is None:
        return []
    resolver = index.specific_class.get_resolver()
    return [
        {
            "type": mime_type,
            "href": url + resolver.reverse(route),
            "title": gettext("%(title)s (%(format)s)")
            % {"title": index.title, "format": "Atom" if generator is Atom1Feed else "RSS"},
        }
        for route, mime_type, generator in FEED_KINDS
    ]


class NewsFeed(Feed):
    """The latest news of one index, newest first, in that index's language.

    Links are absolute (Django adds the request's host), dates are RFC 822 in RSS
    and RFC 3339 in Atom, and each feed names its own address (``rel="self"``).
    """

    def __init__(self, index_page, news, feed_type=Rss201rev2Feed):
        super().__init__()
        self.index_page = index_page
        self.news = news
        self.feed_type = feed_type
        self.language = index_page.locale.language_code
        self.request = None

    def __call__(self, request, *args, **kwargs):
        with translation.override(self.language):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, obj):
        return f"{obj.title} · {gettext(SITE_NAME)}"

    def link(self, obj):
        return obj.get_url(self.request)

    def description(self, obj):
        return obj.summary or gettext("The latest news of “%(title)s”.") % {"title": obj.title}

    subtitle = description  # Atom's name for it

    def author_name(self, obj):
        return gettext(SITE_NAME)

    def items(self, obj):
        return self.news

    def item_title(self, item):
        # RSS readers may read titles as HTML (so escaped, as Django does by default);
        # an Atom title is declared plain text.
        return item.title if self.feed_type is Atom1Feed else escape(item.title)

    def item_description(self, item):
        # Both formats carry the summary as HTML; it is plain text.
        return escape(item.summary) if item.summary else None

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time.min)

    def item_updateddate(self, item):
        published = item.last_published_at
        return published.replace(microsecond=0) if published else None
