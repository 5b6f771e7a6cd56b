"""A user's authenticator app and recovery codes, as django-otp devices."""

from base64 import b32encode

import segno
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10


def pending_authenticator(user):
    """The authenticator being set up: kept until confirmed, so a reload shows the same
    secret the person may already have scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)


def confirm_authenticator(device):
    """The new app replaces any earlier one; fresh recovery codes come with it."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


def new_recovery_codes(user):
    """Ten single-use codes, replacing any left; returned once, to be shown once."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name="recovery", confirmed=True)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def remove_all(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def device_for_code(user, code):
    """Six digits are the app's code; anything else can only be a recovery code."""
    if code.isdigit() and len(code) == 6:
        return authenticator(user)
    return StaticDevice.objects.filter(user=user, confirmed=True).first()


def secret_text(device):
    """The secret in base32, in groups of four, for typing into an app by hand."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device, title):
    """The app's set-up address as an inline SVG: no image file, no extra request."""
    code = segno.make(device.config_url, error="m")
    # No size of its own: it fills its column up to static/css/two-factor.css's width.
    return code.svg_inline(
        scale=5, omitsize=True, dark="#000", light="#fff", title=title, svgclass="two-factor__qr"
    )
