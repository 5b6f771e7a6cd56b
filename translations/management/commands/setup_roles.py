"""Create the editorial groups and their permissions (idempotent); see translations/roles.py."""

from django.core.management.base import BaseCommand

from translations.roles import setup_roles


class Command(BaseCommand):
    help = "Create or complete the groups of moderators, translators and plan officers."

    def handle(self, *args, **options):
        for group in setup_roles():
            self.stdout.write(f"group ready: {group.name}")
