"""A copy of the loaded demo (every table's rows and the uploaded files) that transactional
tests restore in a second instead of rebuilding the demo in half a minute.

pytest-django flushes the database after each transactional test; the next one used to run
``load_demo`` again, about 28 s each and most of CI's time. The copy is taken once, right
after the session's demo was loaded and its pictures rendered, so a restored demo is the very
state the database tests roll back to.
"""

import shutil
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, transaction

_tables = {}  # table name -> its rows: COPY data on PostgreSQL, (columns, rows) elsewhere
_media = {}  # "copy" -> the directory holding a copy of MEDIA_ROOT


def _table_names():
    """The tables of the project's models, but SQLite's full-text tables: triggers fill those
    from wagtailsearch_indexentry's rows."""
    names = connection.introspection.django_table_names(only_existing=True, include_views=False)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
            virtual = {row[0] for row in cursor.fetchall()}
        names = [name for name in names if name not in virtual]
    return names


def take():
    """Copy every table of the project's models and the uploaded files."""
    quote = connection.ops.quote_name
    _tables.clear()
    with connection.cursor() as cursor:
        for table in _table_names():
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {quote(table)} TO STDOUT") as copy:
                    _tables[table] = b"".join(bytes(block) for block in copy)
            else:
                cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 (table names from the models)
                _tables[table] = ([column[0] for column in cursor.description], cursor.fetchall())
    media = Path(tempfile.mkdtemp(prefix="demo-media-"))
    if Path(settings.MEDIA_ROOT).exists():
        shutil.copytree(settings.MEDIA_ROOT, media, dirs_exist_ok=True)
    _media["copy"] = media


def taken():
    return bool(_tables)


def restore():
    """Replace every table's rows by the copy's, in one transaction (foreign keys are checked
    at commit, so the order of the tables does not matter), and put the files back."""
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        for table in _tables:
            cursor.execute(f"DELETE FROM {quote(table)}")  # noqa: S608
        for table, rows in _tables.items():
            if connection.vendor == "postgresql":
                if rows:
                    with cursor.cursor.copy(f"COPY {quote(table)} FROM STDIN") as copy:
                        copy.write(rows)
            elif rows[1]:
                columns, values = rows
                names = ", ".join(quote(column) for column in columns)
                marks = ", ".join("%s" for _column in columns)
                insert = f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"  # noqa: S608
                cursor.executemany(insert, values)
        # PostgreSQL's sequences would hand out the copied rows' ids again.
        models = apps.get_models(include_auto_created=True)
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
    ContentType.objects.clear_cache()
    shutil.copytree(_media["copy"], settings.MEDIA_ROOT, dirs_exist_ok=True)
