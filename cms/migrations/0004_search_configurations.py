"""Text search configurations for site search on PostgreSQL (cms/search.py).

Each stems like PostgreSQL's own (italian, french, simple) after removing accents,
so "sante" finds "santé". The unaccent extension is trusted since PostgreSQL 13:
the database's owner may create it. Nothing happens on other databases.
After migrating an existing site, run ``manage.py update_index`` once so that
pages indexed before are stemmed in their language too.
"""

from django.db import migrations

CONFIGURATIONS = {"cms_italian": "italian", "cms_french": "french", "cms_simple": "simple"}


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, language in CONFIGURATIONS.items():
        dictionary = "simple" if language == "simple" else f"{language}_stem"
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
        )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("cms", "0003_bulk_translation_job")]

    operations = [migrations.RunPython(create_configurations, drop_configurations, elidable=False)]
