"""RSS feeds of news indexes, served by each index at ``feed/`` (so inside the language prefix)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.html import escape


class NewsFeed(Feed):
    """The latest news of one index, in that index's language."""

    def __init__(self, index_page, news):
        super().__init__()
        self.index_page = index_page
        self.news = news
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.language = self.index_page.locale.language_code
        return self.index_page

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.get_url(self.request)

    def description(self, obj):
        return obj.summary or obj.title

    def items(self, obj):
        return self.news

    def item_title(self, item):
        # Feed readers may read titles as HTML: escaped like Django's default.
        return escape(item.title)

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return datetime.datetime.combine(item.date, datetime.time.min)
