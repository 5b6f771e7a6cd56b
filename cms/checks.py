"""System checks that speak up about a production set-up that will not hold."""

from django.conf import settings
from django.core.checks import Error, Warning, register


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


# Backends that deliver nothing: the console prints each message, password-reset links
# included, in the log; the others keep or drop them.
UNDELIVERED = {
    "django.core.mail.backends.console.EmailBackend": "printed in the log",
    "django.core.mail.backends.locmem.EmailBackend": "kept in memory",
    "django.core.mail.backends.dummy.EmailBackend": "dropped",
}


@register("deployment", deploy=True)
def mail_in_production(app_configs, **kwargs):
    """A public site sends password resets and translation requests by email; a backend
    that prints them would put reset links in the log, where anyone reading it could
    take over the account."""
    backend = settings.EMAIL_BACKEND
    if backend in UNDELIVERED or (backend.endswith("smtp.EmailBackend") and not settings.EMAIL_HOST):
        fate = UNDELIVERED.get(backend, "never sent")
        return [
            Error(
                f"No mail server: emails, password-reset links included, would be {fate}.",
                hint="Set EMAIL_HOST (or EMAIL_URL=smtp+tls://USER:PASSWORD@HOST:587); deploy/README.md.",
                id="cms.E001",
            )
        ]
    if backend.endswith("filebased.EmailBackend"):
        return [
            Warning(
                "Emails are written as files in EMAIL_FILE_PATH, password-reset links included.",
                hint="For tests and staging only; set EMAIL_HOST or an smtp EMAIL_URL for a public site.",
                id="cms.W002",
            )
        ]
    return []
