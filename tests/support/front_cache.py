"""A front-cache backend that records what it is asked to purge, for tests that need
no Varnish (tests/cms/test_front_cache.py drives the real one)."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from tests.support.components import executable, require
from tests.support.paths import ROOT

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


SETTINGS = {"recording": {"BACKEND": "tests.support.front_cache.RecordingBackend"}}


def start_varnish(local_server, backend_url, directory, *parameters):
    """varnishd with deploy/varnish.vcl in front of ``backend_url``; its port."""
    varnishd = executable("varnishd", "/usr/sbin/varnishd")
    require(varnishd, "varnishd is not installed (Debian package varnish)")
    backend_port = backend_url.rsplit(":", 1)[1]
    vcl = (ROOT / "deploy" / "varnish.vcl").read_text().replace('.port = "8000"', f'.port = "{backend_port}"')
    (directory / "site.vcl").write_text(vcl)
    command = [varnishd, "-F", "-j", "none", "-n", str(directory / "varnish"), "-a", "127.0.0.1:{port}"]
    return local_server([*command, "-f", str(directory / "site.vcl"), "-s", "malloc,32m", *parameters])
