"""Load the bilingual demo content; safe to run again (see demo/builder.py)."""

from django.core.management.base import BaseCommand

from demo import site
from demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Create the Italian demo pages and their French translations (idempotent; never overwrites edits)."

    def handle(self, *args, **options):
        builder = DemoBuilder()
        site.load(builder)
        for line in builder.report:
            style = (
                self.style.WARNING if line.startswith(("skipped", "not published")) else self.style.SUCCESS
            )
            self.stdout.write(style(line))
