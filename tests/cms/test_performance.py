"""Fast and light on a slow mountain connection (issue 5): one small stylesheet, no
render-blocking script, images that reserve their space and load lazily below the
fold, and every public page under 100 KB before images."""

import pytest

from django.urls import reverse
from django.utils import translation

from demo.weight import Weight, static_bytes
from tests.support.demo import DEMO_KEYS
from tests.support.html import soup

PAGE_BUDGET = 100 * 1024
CSS_BUDGET = 30 * 1024


def public_urls(demo_site):
    """A demo page of every public page type (DEMO_KEYS) in both languages, and the search."""
    for language in ("it", "fr"):
        for key in DEMO_KEYS.values():
            yield demo_site.page(key, language).url
        with translation.override(language):
            yield reverse("search") + "?q=ALCOTRA"


@pytest.fixture
def pages(client, demo_site):
    result = {}
    for url in public_urls(demo_site):
        response = client.get(url)
        assert response.status_code == 200, url
        result[url] = Weight(response.content)
    return result


def test_one_small_stylesheet(pages):
    for url, weight in pages.items():
        assert len(weight.assets.stylesheets) == 1, (url, weight.assets.stylesheets)
        size = len(static_bytes(weight.assets.stylesheets[0]))
        assert size < CSS_BUDGET, f"{weight.assets.stylesheets[0]}: {size} bytes"


def test_no_script_blocks_rendering(pages):
    """Structured data is data; any script file is deferred (or a module, deferred by nature)."""
    for url, weight in pages.items():
        for script in weight.assets.scripts:
            if script.get("type") == "application/ld+json":
                continue
            assert "src" in script, f"{url}: inline script"
            assert "defer" in script or "async" in script or script.get("type") == "module", (url, script)


def test_every_page_is_under_100_kb_before_images(pages):
    """Counted uncompressed, so the budget holds even where nothing compresses."""
    for url, weight in pages.items():
        assert weight.raw < PAGE_BUDGET, f"{url}: {weight.raw} bytes"


def test_images_reserve_their_space_and_load_lazily_below_the_fold(pages):
    """Width and height on every image (no layout shift); every image but the header's
    programme block and a page's first picture (its hero, likely above the fold) waits
    until it is scrolled near."""
    checked = 0
    for url, weight in pages.items():
        content = [image for image in weight.assets.images if "eu-funding" not in image.get("class", "")]
        for position, image in enumerate(content):
            if position > 0:
                assert image.get("loading") == "lazy", (url, image)
        for image in weight.assets.images:
            assert image.get("width") and image.get("height"), (url, image)
            checked += 1
    assert checked > len(pages), "every page has at least the header's emblem"


@pytest.mark.parametrize("key", ["projects", "news-index:site", "video-index:site", "labels"])
def test_a_lists_first_picture_loads_at_once(client, demo_site, key):
    """The first card of a list is what a phone shows largest first (Lighthouse's LCP):
    it is not lazy-loaded; the cards after it are (the demo's catalogue and news list have
    several; its video and label lists, one)."""
    for language in ("it", "fr"):
        images = soup(client.get(demo_site.page(key, language).url)).select("main .cards img")
        assert images and images[0]["loading"] == "eager", (key, language)
        assert all(image["loading"] == "lazy" for image in images[1:]), (key, language)
