"""The second step, as a test passes it: codes computed from the device, like a phone's app."""

import time
from base64 import b32decode

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def app_code(device):
    """The code the app shows now, or the next one if this one was used already (a code
    is accepted once; one step of clock drift is tolerated)."""
    device.refresh_from_db()
    now = int(time.time() - device.t0) // device.step
    target = max(now + device.drift, device.last_t + 1)
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, target - now):0{device.digits}d}"


def code_for_secret(secret):
    """The app's code for a key typed by hand, as the set-up page shows it."""
    return f"{totp(b32decode(secret.replace(' ', ''))):06d}"


def authenticator(user):
    """The user's app, confirmed, as if set up before the test."""
    device, _created = TOTPDevice.objects.get_or_create(user=user, confirmed=True, defaults={"name": "app"})
    return device


def pass_second_step(client, user):
    """force_login skips the password; this skips the code, for tests about something else."""
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
    session.save()
