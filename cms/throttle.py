"""Password guessing throttled with django-axes, on every form that checks a secret.

Axes counts failures per (subject, client IP) in the database and refuses a subject
once it reaches its limit, until a cool-off passes (``AXES_COOLOFF_TIME``). It watches
Django's login itself (the admin's and the front-end's, through its authentication
backend: a refused attempt never reaches the password hasher). This module adds the
subjects Django does not authenticate, as axes "usernames" with a scope no real
username can carry (``:`` is not allowed in one):

- ``login:*``: failed logins from one IP, whatever the account, so that trying
  many accounts costs as much as trying one;
- ``page-password:<restriction>``: wrong passwords for one private page;
- ``password-reset:<email hash>`` and ``password-reset:*``: reset requests, per address
  and per IP, so the form cannot mail-bomb a person or probe addresses.

Keys always include the IP: an attacker locks out only themselves, and a real user
elsewhere still gets in. A refused request is answered by ``lockout_response``: 429,
``Retry-After``, one short page in the reader's language, no database page lookups.
"""

import hashlib
import math
from collections.abc import Callable
from dataclasses import dataclass

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .errors import error_page

ACCOUNT_LIMIT = 5  # wrong passwords for one account from one IP
LIMITS = {"login": 20, "page-password": 10, "password-reset": 5}
RESET_PER_ADDRESS = 3  # reset mails asked for one address from one IP


@dataclass(frozen=True)
class Guard:
    """Which subjects a view's POST is counted against, and whether only failures count."""

    subjects: Callable
    failures_only: bool = True


def _login(request, kwargs):
    return ["login:*"]


def _page_password(request, kwargs):
    return [f"page-password:{kwargs['page_view_restriction_id']}"]


def _password_reset(request, kwargs):
    email = request.POST.get("email", "").strip().lower()
    digest = hashlib.sha256(email.encode()).hexdigest()[:16]  # no address kept in the log
    return [f"password-reset:{digest}", "password-reset:*"]


GUARDS = {
    "wagtailadmin_login": Guard(_login),
    "wagtailcore_login": Guard(_login),
    "wagtailcore_authenticate_with_password": Guard(_page_password),
    "wagtailadmin_password_reset": Guard(_password_reset, failures_only=False),
}


def failure_limit(request, credentials):
    """AXES_FAILURE_LIMIT: per scope; a plain username is one account."""
    username = get_client_username(request, credentials) or ""
    scope, colon, subject = username.partition(":")
    if not colon:
        return ACCOUNT_LIMIT
    if scope == "password-reset" and subject != "*":
        return RESET_PER_ADDRESS
    return LIMITS.get(scope, ACCOUNT_LIMIT)


def client_ip(request):
    """AXES_CLIENT_IP_CALLABLE: the visitor's address behind TRUSTED_PROXY_COUNT proxies.

    Each proxy appends the address it was called from to X-Forwarded-For, so with N
    proxies the visitor is the N-th entry from the right; anything left of it was
    written by the client and is ignored. Without proxies, REMOTE_ADDR.
    """
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if count and len(forwarded) >= count and forwarded[-count]:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR")


def seconds_left(request, credentials):
    """Until the newest counted failure of this subject and IP has cooled off."""
    cool_off = get_cool_off(request).total_seconds()
    last = (
        AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=getattr(request, "axes_ip_address", None) or client_ip(request),
        )
        .order_by("-attempt_time")
        .values_list("attempt_time", flat=True)
        .first()
    )
    if last is None:
        return int(cool_off)
    return max(1, math.ceil(cool_off - (timezone.now() - last).total_seconds()))


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: 429 with Retry-After and a page in the reader's language."""
    seconds = seconds_left(request, credentials)
    minutes = math.ceil(seconds / 60)
    message = ngettext(
        "Too many attempts came from your connection, so this form is paused for your security. "
        "Please try again in %(minutes)s minute.",
        "Too many attempts came from your connection, so this form is paused for your security. "
        "Please try again in %(minutes)s minutes.",
        minutes,
    ) % {"minutes": minutes}
    response = HttpResponse(error_page(_("Too many attempts"), message, back=request.path), status=429)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


class ThrottleMiddleware:
    """Refuses a POST to a guarded form before its view runs when any of its subjects is
    locked, and counts the POST afterwards: only if the form was shown again (the secret
    was wrong), unless every request counts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        guard, subjects = self.guarded(request)
        if guard is not None and (not guard.failures_only or response.status_code == 200):
            # The subject reaching its limit here sets request.axes_locked_out: axes'
            # middleware, around this one, then answers with lockout_response.
            for subject in subjects:
                AxesProxyHandler.user_login_failed(__name__, {"username": subject}, request)
            if not guard.failures_only:
                # This request was served (a reset mail went out): the next one is refused.
                request.axes_locked_out = False
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        guard, subjects = self.guarded(request)
        for subject in subjects:
            credentials = {"username": subject}
            if not AxesProxyHandler.is_allowed(request, credentials):
                request.cms_throttled = True
                return lockout_response(request, None, credentials)
        return None

    @staticmethod
    def guarded(request):
        match = getattr(request, "resolver_match", None)
        guard = GUARDS.get(match.url_name) if match is not None else None
        if guard is None or request.method != "POST" or getattr(request, "cms_throttled", False):
            return None, []
        return guard, guard.subjects(request, match.kwargs)
