"""A person's browser on a running app server (gunicorn), for tests that start real ones."""

import requests
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from tests.support.html import soup
from tests.support.two_factor import app_code, authenticator


class SiteBrowser:
    """Keeps cookies and sends them back. Production marks cookies Secure and the servers
    believe they are behind TLS (X-Forwarded-Proto), so they are sent back over loopback
    http as a browser would over https. ``host`` asks for a site by its name."""

    def __init__(self, address, language=None, host=None, timeout=60):
        self.address = address
        self.timeout = timeout
        origin = host or address.split("://", 1)[1]
        self.headers = {"X-Forwarded-Proto": "https", "Origin": f"https://{origin}"}
        if host:
            self.headers["Host"] = host
        if language:
            self.headers["Accept-Language"] = language
        self.cookies = {}

    def request(self, method, path, **kwargs):
        response = requests.request(
            method,
            self.address + path,
            headers=self.headers,
            cookies=self.cookies,
            timeout=self.timeout,
            allow_redirects=False,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, data, files=None):
        data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken")}
        return self.request("POST", path, data=data, files=files)

    def log_in(self, username, password):
        """The password, then, when the account has an authenticator app (production
        requires one of those who publish), the app's code."""
        assert self.get("/admin/login/").status_code == 200
        response = self.post("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302, soup(response).get_text(" ", strip=True)[:800]
        device = TOTPDevice.objects.filter(user__username=username, confirmed=True).first()
        if device is not None:
            response = self.post("/admin/two-factor/verify/", {"code": app_code(device)})
            assert response.status_code == 302, soup(response).get_text(" ", strip=True)[:800]
        assert self.get("/admin/").status_code == 200


def editor_account(username, password):
    """A superuser the app servers can log in: hashed as production hashes (the test
    settings' MD5 hasher is unknown there), with an authenticator app for the second step."""
    user = get_user_model().objects.create_superuser(username)
    user.password = PBKDF2PasswordHasher().encode(password, PBKDF2PasswordHasher().salt())
    user.save()
    authenticator(user)
    return user
