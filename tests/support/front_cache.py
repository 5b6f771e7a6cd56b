"""A front-cache backend that records what it is asked to purge, for tests that need
no Varnish (tests/cms/test_front_cache.py drives the real one)."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


SETTINGS = {"recording": {"BACKEND": "tests.support.front_cache.RecordingBackend"}}
