"""Every public page type, in both languages, is valid HTML for the Nu HTML Checker
(the W3C's validator): browsers and assistive technologies then read the same page."""

from tests.support.audit import html_errors
from tests.support.demo import public_urls


def test_every_page_type_is_valid_html(client, demo_site, tmp_path):
    files = []
    for index, url in enumerate(public_urls(demo_site)):
        if url.rstrip("/").endswith("feed"):
            continue  # feeds are XML, parsed by tests/news/test_feeds.py
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"{index:02d}-{url.strip('/').replace('/', '_').replace('?', '_') or 'root'}.html"
        path.write_bytes(response.content)
        files.append(path)
    assert len(files) >= 30
    assert html_errors(files) == []
