"""Site search: the visitor's words made safe to search and to show, and a search
backend that matches them in the page's own language.

PostgreSQL: Wagtail's database backend stems every text with one configuration.
Here each object is indexed with its locale's (``cms_italian``, ``cms_french``; the
others ``cms_simple``), which also ignore accents (migration cms 0004), and a query
is stemmed in every language and matched against any: "progetti" finds "progetto",
"jeunes" finds "jeune", "sante" finds "santé". Still one index and one table.

SQLite: Wagtail's own backend indexes, its FTS5 table matches whole words, ignoring
case and accents, without stemming; site search ranks with one query of its own
(cms/fts.py), bounded at any size. Any other database: Wagtail's backend.
"""

import copy
import operator
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import reduce

from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from django.db import connection
from django.db.models import Q
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from wagtail.models import Locale, Page

from cms.fts import RankedPages, fts_available

MAX_SHOWN = 100  # characters of the query shown back to the visitor
MAX_WORDS = 10  # words searched
MAX_WORD_LENGTH = 40  # characters of each word searched
WORD = re.compile(r"[^\W_]+")  # letters and digits: nothing a query syntax could read
WORD_OR_NOT = re.compile(r"([^\W_]+)")  # split() keeps the words, at odd positions
POSTGRESQL_ONLY = ("SEARCH_CONFIG", "LANGUAGE_CONFIGS")  # names of PostgreSQL configurations


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    """The multilingual backend on PostgreSQL, Wagtail's database backend elsewhere."""
    if connection.vendor == "postgresql":
        return MultilingualSearchBackend(params)
    return DatabaseSearchBackend({key: value for key, value in params.items() if key not in POSTGRESQL_ONLY})


class MultilingualIndex(PostgresIndex):
    """Index entries whose text is stemmed in the language of the object's locale."""

    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for(languages.get(getattr(obj, "locale_id", None)))].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class MultilingualQueryCompiler(PostgresSearchQueryCompiler):
    """The query stemmed in each configuration, any of them matching: an entry was
    stemmed in one language, unknown until it is read."""

    def get_config(self, backend):
        return backend.query_configs

    def build_tsquery(self, query, config=None):
        queries = []
        for each in config if isinstance(config, tuple) else (config,):
            built = super().build_tsquery(query, config=each)
            if built is not None:  # None: no word to search
                queries.append(built)
        return reduce(operator.or_, queries) if queries else None


class MultilingualSearchBackend(PostgresSearchBackend):
    """``SEARCH_CONFIG``: the configuration of objects without a language (images,
    documents, users); ``LANGUAGE_CONFIGS``: language code → configuration."""

    query_compiler_class = MultilingualQueryCompiler
    index_class = MultilingualIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))
        # The default first: a query on given fields builds their text with it.
        self.query_configs = tuple(dict.fromkeys([self.config, *self.language_configs.values()]))

    def config_for(self, language_code):
        return self.language_configs.get(language_code, self.config)

    def with_config(self, config):
        """This backend, indexing with ``config``."""
        backend = copy.copy(self)
        backend.config = config
        return backend


@dataclass(frozen=True)
class Query:
    """What a visitor typed: ``shown`` back to them (cut to MAX_SHOWN characters),
    ``words`` searched (letters and digits only), ``shortened`` when some were left out."""

    shown: str
    words: tuple
    shortened: bool

    @classmethod
    def parse(cls, typed):
        text = "".join(char for char in " ".join(typed.split()) if char.isprintable())
        shown = text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1].rstrip() + "…"
        words = WORD.findall(text)
        kept = tuple(word[:MAX_WORD_LENGTH] for word in words[:MAX_WORDS])
        return cls(shown, kept, shortened=kept != tuple(words))


def search_pages(query, locale, root=None):
    """Live public pages in ``locale`` that match every word, best first; only those
    under ``root`` (the visitor's site's home page) when given.

    A title made only of common words ("Chi siamo", "Qui sommes-nous") is not in a
    stemmed index at all: when the index finds nothing, pages whose title holds
    every word are the answer. The count is cached, so the paginator reuses it.
    """
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1).specific()
    if root is not None:
        pages = pages.descendant_of(root, inclusive=True)
    if fts_available():
        results = RankedPages(pages, query.words)
    else:
        results = pages.search(" ".join(query.words), operator="and")
    if results.count():
        return results
    in_title = [Q(title__icontains=word) for word in query.words]
    return pages.filter(reduce(operator.and_, in_title)).order_by("title")


def _folded(text):
    """Lower case without accents, so "Santé" and "sante" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _matcher(word):
    """Whether another word looks like a form of ``word``: it begins like it, all but
    the last two letters (plural and gender endings) and at least four. Words of
    under four letters match only themselves."""
    folded = _folded(word)
    if len(folded) < 4:
        return lambda other: other == folded
    beginning = folded[: max(4, len(folded) - 2)]
    return lambda other: other.startswith(beginning)


def highlight(text, words):
    """``text`` escaped, with the words that look like a searched word in ``<mark>``.

    An approximation of stemming, the same on both databases: "progetti" marks
    "progetto". Only the marks are markup; the rest is escaped text.
    """
    matchers = [_matcher(word) for word in words]
    parts = []
    for index, part in enumerate(WORD_OR_NOT.split(text)):
        is_word = index % 2 == 1  # split() with a group alternates between non-words and words
        if is_word and any(matches(_folded(part)) for matches in matchers):
            parts.append(format_html("<mark>{}</mark>", part))
        else:
            parts.append(escape(part))
    return mark_safe("".join(parts))  # noqa: S308 (every part escaped above)
