"""An officer picks a picture for a news item from the page editor's image chooser, uploads
a photo far too large to resize safely, and reads why it is refused, in Italian, in the
chooser itself; nothing of it is stored (cms/uploads.py)."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.images import get_image_model

from tests.support.browser import log_in
from tests.support.images import png, stored_files, stored_originals
from tests.support.users import PASSWORD
from tests.support.wording import said

pytestmark = pytest.mark.browser

BOMB = (
    "This image has too many pixels to be opened safely (more than %(bomb)s megapixels): "
    "the site accepts at most %(limit)s megapixels. "
    "Reduce it, for example to 2500 pixels wide, and upload it again."
)


def test_an_officer_reads_in_italian_why_a_huge_picture_is_refused(
    chromium, live_server, live_demo_site, tmp_path
):
    server = live_server.url
    officer = get_user_model().objects.get(username="referente-prosol")
    officer.set_password(PASSWORD)
    officer.save()
    news_list = live_demo_site.page("news-index:coor-com", "it")
    images, originals = get_image_model().objects.count(), stored_originals()

    page = chromium.new_context(locale="it-IT", viewport={"width": 1280, "height": 900}).new_page()
    log_in(page, server, "referente-prosol")
    page.goto(f"{server}{reverse('wagtailadmin_pages:add', args=['news', 'newspage', news_list.pk])}")
    page.locator("#id_image-chooser button[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name=said("Upload", "it")).click()
    huge = tmp_path / "monviso-121-megapixel.png"  # 11,000 × 11,000 pixels: issue 13's picture
    huge.write_bytes(png(11_000, 11_000).read())
    modal.locator("input[type=file]").set_input_files(huge)
    expect(modal.locator("input[name$=title]")).to_have_value("monviso-121-megapixel")  # from the file's name
    modal.locator("form[action*=upload] button[type=submit], form button.button").filter(
        has_text=said("Upload", "it")
    ).first.click()

    refusal = modal.locator(".error-message")
    expect(refusal).to_have_text(said(BOMB, "it", bomb="80", limit="40"))
    expect(modal).to_be_visible()  # still open: the officer can pick a smaller file
    assert get_image_model().objects.count() == images
    assert stored_originals() == originals
    assert not [path for path in stored_files() if "monviso" in path.name]
    page.context.close()
