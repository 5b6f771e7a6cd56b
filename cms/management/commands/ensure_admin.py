"""Create the first administrator for `make run`, printing its password once."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create a superuser 'admin' with a random password if no superuser exists."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, **options):
        users = get_user_model().objects
        existing = users.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            self.stdout.write(
                f"Admin login: {existing.get_username()} (password shown when it was created; "
                f"to set a new one: python manage.py changepassword {existing.get_username()})"
            )
            return
        password = secrets.token_urlsafe(12)
        users.create_superuser(username=options["username"], email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(f"Admin login: {options['username']} / {password}  (shown only this once)")
        )
