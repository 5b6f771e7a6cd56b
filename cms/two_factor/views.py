"""The second step after the password, setting up an authenticator app, recovery codes."""

import django_otp
from django_otp.plugins.otp_static.models import StaticDevice

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from . import devices, policy
from .forms import CodeForm


def next_url(request):
    """Where the person was going, if it is on this site; else the dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def refusal(throttled):
    if throttled:
        return _("Too many wrong codes. Wait a minute, then enter the code your app shows.")
    return _("This code is not valid. Check the time on your phone, or use a recovery code.")


def throttled(device):
    """django-otp waits 1, 2, 4… seconds after each wrong code before it checks another."""
    return device is not None and not device.verify_is_allowed()[0]


@sensitive_post_parameters("code")
@never_cache
def verify(request):
    """The code asked after the password, once per session."""
    user = request.user
    if user.is_verified():
        return redirect(next_url(request))
    if not django_otp.user_has_device(user):
        return redirect_to_login(next_url(request), reverse("cms_two_factor_setup"))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        device = devices.device_for_code(user, code)
        waiting = throttled(device)
        verified = device and django_otp.verify_token(user, device.persistent_id, code)
        if verified:
            django_otp.login(request, verified)
            if isinstance(verified, StaticDevice):
                left = devices.recovery_codes_left(user)
                messages.warning(
                    request,
                    ngettext(
                        "You used a recovery code: %(count)d is left. If you lost your phone, "
                        "set up your authenticator app again under Account.",
                        "You used a recovery code: %(count)d are left. If you lost your phone, "
                        "set up your authenticator app again under Account.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(next_url(request))
        form.add_error("code", refusal(waiting))
    return render(request, "cms/two_factor/verify.html", {"form": form, "next": next_url(request)})


@sensitive_post_parameters("code")
@never_cache
def setup(request):
    """Scan (or type) the secret, enter the app's first code, write the recovery codes down."""
    device = devices.pending_authenticator(request.user)
    form = CodeForm(request.POST or None, digits_only=True)
    if request.method == "POST" and form.is_valid():
        waiting = throttled(device)
        if device.verify_token(form.cleaned_data["code"]):
            codes = devices.confirm_authenticator(device)
            django_otp.login(request, device)
            return recovery_codes(request, codes)
        form.add_error("code", refusal(waiting))
    context = {
        "form": form,
        "next": next_url(request),
        "qr": mark_safe(devices.qr_svg(device, _("QR code to scan with your authenticator app"))),  # noqa: S308
        "secret": devices.secret_text(device),
        "required": policy.is_required(request.user),
    }
    return render(request, "cms/two_factor/setup.html", context)


def recovery_codes(request, codes):
    return render(request, "cms/two_factor/recovery_codes.html", {"codes": codes, "next": next_url(request)})


@never_cache
def manage(request):
    """Account → Two-step verification: on or off, new recovery codes, a new app."""
    user = request.user
    required = policy.is_required(user)
    if request.method == "POST":
        if request.POST.get("action") == "codes" and devices.authenticator(user):
            return recovery_codes(request, devices.new_recovery_codes(user))
        if request.POST.get("action") == "off" and not required:
            devices.remove_all(user)
            messages.success(request, _("Two-step verification is off."))
        return redirect("cms_two_factor")
    context = {
        "authenticator": devices.authenticator(user),
        "codes_left": devices.recovery_codes_left(user),
        "required": required,
    }
    return render(request, "cms/two_factor/manage.html", context)
