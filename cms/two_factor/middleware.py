"""Keeps a half-signed-in user (password given, second step not passed) off the admin."""

from django_otp import user_has_device

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from cms.middleware import admin_prefix

from . import policy

# Reachable before the second step: signing in and out, and what their pages load.
OPEN = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}
VERIFY = "cms_two_factor_verify"
SETUP = "cms_two_factor_setup"


class TwoFactorMiddleware:
    """Every admin URL, whoever registered it (Wagtail, wagtail-localize, the admin API,
    this project), passes here after URL resolution: a user with a device who has not
    entered a code this session goes to the code form; one who must have a device and
    has none goes to set one up. Elsewhere such a session counts as signed out, so a
    password alone opens no private page or document either."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        step = self.missing_step(user)
        if step is None:
            return None
        if not request.path_info.startswith(admin_prefix()):
            request.user = AnonymousUser()
            return None
        name = request.resolver_match.url_name
        if name in OPEN or name == step:
            return None
        return redirect_to_login(request.get_full_path(), reverse(step))

    @staticmethod
    def missing_step(user):
        if user_has_device(user):
            return VERIFY
        if policy.is_required(user):
            return SETUP
        return None
