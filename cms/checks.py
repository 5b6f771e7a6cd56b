"""System checks that speak up about a production set-up that will not hold."""

from django.conf import settings
from django.core.checks import Warning, register


@register("deployment", deploy=True)
def sqlite_in_production(app_configs, **kwargs):
    """SQLite serves the demo and the tests; a public site needs PostgreSQL: one writer
    at a time, and search without PostgreSQL's stemming and ranking."""
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return [
            Warning(
                "The database is SQLite, which is for demos and tests only.",
                hint="Set DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/NAME (README: production).",
                id="cms.W001",
            )
        ]
    return []
