"""Site search on SQLite (the embedded default), ranked by its FTS5 index, one page
of results at a time.

Wagtail's SQLite backend ranks by annotating every candidate page with a subquery that
runs the full-text match again, so a common word on a large site costs the match
once per matching page (seconds at 10,000 news). Here each query matches once and
keeps the entries of the pages searched (live, public, of the language and site
asked): one counts them, one ranks them (bm25) and returns the page of results shown.
"""

from modelsearch.utils import get_descendants_content_types_pks

from django.apps import apps
from django.db import connection
from django.db.models import TextField
from django.db.models.functions import Cast

from wagtail.models import Page

# Table names and placeholders only: the words, the types and the pages' filters are parameters.
MATCHING = (
    "FROM {fts} f JOIN {entries} e ON e.id = f.rowid "
    "WHERE {fts} MATCH %s AND e.content_type_id IN ({types}) AND e.object_id IN ({pages})"
)


def fts_available():
    return connection.vendor == "sqlite" and apps.is_installed("wagtail.search") and _fts_table() is not None


def _fts_table():
    try:
        return apps.get_model("wagtailsearch", "SQLiteFTSIndexEntry")._meta.db_table
    except LookupError:
        return None


class RankedPages:
    """Pages of ``pages`` (a queryset of specific pages) holding every word of ``words``
    in their title or text, best first, as a paginator reads them: ``count()``, then one
    slice. Two queries on the full-text index (the count, the ranked slice) and one for
    the pages shown, whatever the number of matches."""

    def __init__(self, pages, words):
        self.pages = pages
        # Words are letters and digits only (cms.search.WORD): quoted, each is a plain term.
        self.match = "{title body}: (" + " AND ".join(f'"{word}"' for word in words) + ")"
        self._total = None

    def _query(self, select, tail="", tail_params=()):
        fts = _fts_table()
        entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        page_ids = self.pages.order_by().annotate(text_id=Cast("pk", TextField())).values_list("text_id")
        page_sql, page_params = page_ids.query.sql_with_params()
        types = get_descendants_content_types_pks(Page)
        matching = MATCHING.format(
            fts=fts, entries=entries, types=", ".join(["%s"] * len(types)), pages=page_sql
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {select} {matching} {tail.format(fts=fts)}",
                [self.match, *types, *page_params, *tail_params],
            )
            return cursor.fetchall()

    def count(self):
        if self._total is None:
            self._total = self._query("COUNT(*)")[0][0]
        return self._total

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start = index.start or 0
        stop = index.stop if index.stop is not None else self.count()
        # bm25 weighs the columns (autocomplete, body, title): a title's words count ten
        # times a text's; the autocomplete copy of the title not at all.
        ranked = "ORDER BY bm25({fts}, 0.0, 1.0, 10.0), e.id LIMIT %s OFFSET %s"
        rows = self._query("e.object_id", ranked, (max(stop - start, 0), start))
        ids = [int(object_id) for (object_id,) in rows]
        by_pk = {page.pk: page for page in self.pages.filter(pk__in=ids)}
        return [by_pk[pk] for pk in ids if pk in by_pk]
