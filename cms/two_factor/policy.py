"""Who must use two-step verification: computed from permissions, not from group names,
so the kernel needs no app and a new role is covered the day it can publish."""

from django.conf import settings

from wagtail.permission_policies.pages import PagePermissionPolicy

# Someone who can add or change users can give themselves any other power.
USER_MANAGEMENT = ("auth.add_user", "auth.change_user")


def is_required(user):
    """Superusers, anyone who can publish a page, and anyone who manages users."""
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    return (
        user.is_superuser
        or any(user.has_perm(permission) for permission in USER_MANAGEMENT)
        or PagePermissionPolicy().user_has_permission(user, "publish")
    )
