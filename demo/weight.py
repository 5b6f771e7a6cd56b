"""What a public page weighs before images: its HTML plus the stylesheets and scripts it
links to. Shared by the performance tests and ``make bench``."""

import gzip
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.contrib.staticfiles import finders


class Assets(HTMLParser):
    """The stylesheets, scripts and images a page asks for."""

    def __init__(self, html):
        super().__init__()
        self.stylesheets, self.scripts, self.images = [], [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        elif tag == "script":
            self.scripts.append(attrs)
        elif tag == "img":
            self.images.append(attrs)


def static_bytes(url):
    """The contents of a static file a page links to (in development its address has no hash)."""
    path = finders.find(re.sub(r"^/static/", "", url.split("?")[0]))
    if path is None:
        raise FileNotFoundError(url)
    with open(path, "rb") as handle:
        return handle.read()


@dataclass
class Weight:
    html: bytes
    assets: Assets = field(init=False)
    files: list = field(init=False)

    def __post_init__(self):
        self.assets = Assets(self.html.decode())
        linked = self.assets.stylesheets + [
            script["src"] for script in self.assets.scripts if "src" in script
        ]
        self.files = [static_bytes(url) for url in linked]

    @property
    def raw(self):
        return len(self.html) + sum(len(content) for content in self.files)

    @property
    def compressed(self):
        """What travels with gzip (WhiteNoise serves compressed static files; gunicorn behind
        a proxy that compresses HTML)."""
        return len(gzip.compress(self.html)) + sum(len(gzip.compress(content)) for content in self.files)
