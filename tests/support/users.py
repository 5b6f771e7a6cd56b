"""Test users: one helper instead of a few lines of set-up in every module."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

PASSWORD = "pw"  # noqa: S105 (test users only)


def make_user(username, *groups, language="it", superuser=False, email=""):
    """A user in the named groups, whose admin speaks ``language``."""
    User = get_user_model()
    if superuser:
        user = User.objects.create_superuser(username, email=email, password=PASSWORD)
    else:
        user = User.objects.create_user(username, email=email, password=PASSWORD)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user
