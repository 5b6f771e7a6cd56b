"""Privacy: anonymous visitors get no cookie, and pages load nothing from other sites.

A cookie would need a consent banner under the ePrivacy rules, and a font, script or
image from another site tells that site who reads what; visitors get neither.
"""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from django.test import Client

from tests.support.demo import LANGUAGES, public_urls
from tests.support.pages import publish_hosted_video

# Addresses in CSS: url(...) and @import "...", in style sheets and inline styles.
CSS_ADDRESS = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")
# Elements whose addresses the browser loads by itself, and their address attributes.
LOADED = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
}


def addresses(value):
    """The URLs in an attribute; a srcset lists several, each with a width."""
    return [part.split()[0] for part in value.split(",") if part.strip()]


def is_own(address, base, own_hosts):
    """Relative, on this site, or data inline in the page."""
    parts = urlsplit(urljoin(base, address))
    return parts.scheme == "data" or (parts.scheme in ("http", "https") and parts.hostname in own_hosts)


def own_hosts(demo_site):
    return {"testserver", demo_site.home_it.get_site().hostname}


@pytest.mark.parametrize("accept_language", ["it", "fr-FR,fr;q=0.9", "de"])
def test_anonymous_visitors_get_no_cookie(demo_site, accept_language):
    urls = [*public_urls(demo_site), "/", "/xyz/", "/sitemap.xml", "/robots.txt", "/api/v2/pages/"]
    cookies = {}
    for url in urls:
        # A new client each time: the test client's own cookie jar would send back a cookie set before.
        response = Client(HTTP_ACCEPT_LANGUAGE=accept_language).get(url)
        assert response.status_code in (200, 302, 404), url
        # Cookies travel apart from the other headers until the WSGI handler writes them.
        if response.cookies or "Set-Cookie" in response.headers:
            cookies[url] = sorted(response.cookies)
    assert cookies == {}


def test_pages_load_nothing_from_other_sites(client, demo_site):
    hosts = own_hosts(demo_site)
    seen = dict.fromkeys(LOADED, 0)
    foreign = []
    hosted = publish_hosted_video(demo_site, "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    for url in [*public_urls(demo_site), hosted.url]:
        if url.endswith("/feed/"):
            continue
        response = client.get(url)
        for element in BeautifulSoup(response.content, "html.parser").find_all(LOADED):
            seen[element.name] += 1
            for attribute in LOADED[element.name]:
                for address in addresses(element.get(attribute, "")):
                    if not is_own(address, f"http://testserver{url}", hosts):
                        foreign.append(f"{url}: <{element.name} {attribute}={address}>")
        foreign += [
            f"{url}: style {address}"
            for address in CSS_ADDRESS.findall(response.text)
            if not is_own(address, f"http://testserver{url}", hosts)
        ]
    assert foreign == []
    # The scan saw what it is meant to check.
    assert all(seen[name] for name in ("script", "link", "img", "source", "video", "track")), seen


def test_stylesheets_load_nothing_from_other_sites(client, demo_site):
    hosts = own_hosts(demo_site)
    sheets = set()
    for language in LANGUAGES:
        page = BeautifulSoup(
            client.get(demo_site.page("video:coor-com-students", language).url).content, "html.parser"
        )
        sheets |= {link["href"] for link in page.select("link[rel=stylesheet]")}
    assert sheets
    for sheet in sheets:
        css = b"".join(client.get(sheet).streaming_content).decode()
        for address in CSS_ADDRESS.findall(css):
            assert is_own(address, urljoin("http://testserver", sheet), hosts), f"{sheet}: {address}"
