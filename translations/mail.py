"""Telling editors by email, each in their own admin language (their Wagtail profile's),
whichever language the request that triggers it speaks."""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation


def language_name(language_code):
    """The language as a sentence in the active language has it: "francese", "français"."""
    return translation.get_language_info(language_code)["name_translated"].lower()


def admin_language(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE


def email_each(users, compose):
    """One email to each of ``users`` (a queryset): ``compose()`` returns (subject, body)
    and is called with the user's admin language active."""
    for user in users.exclude(email="").select_related("wagtail_userprofile"):
        with translation.override(admin_language(user)):
            subject, body = compose()
        send_mail(subject, body, None, [user.email])
