"""A person's browser on a running app server (gunicorn), for tests that start real ones."""

import requests

from tests.support.html import soup


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
        assert self.get("/admin/login/").status_code == 200
        response = self.post("/admin/login/", {"username": username, "password": password})
        assert response.status_code == 302, soup(response).get_text(" ", strip=True)[:800]
        assert self.get("/admin/").status_code == 200
