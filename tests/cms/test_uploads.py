"""What the image library refuses (cms/uploads.py): a picture too large to resize safely,
or too heavy, is refused in the officer's language on every way to upload one, and
nothing of it is stored."""

import json

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format

from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from tests.support.html import soup
from tests.support.images import heavy_jpeg, png, stored_files, stored_originals
from tests.support.wording import said

BOMB = (
    "This image has too many pixels to be opened safely (more than %(bomb)s megapixels): "
    "the site accepts at most %(limit)s megapixels. "
    "Reduce it, for example to 2500 pixels wide, and upload it again."
)
TOO_MANY_PIXELS = (
    "This image is %(width)s × %(height)s pixels (%(megapixels)s megapixels): "
    "the site accepts at most %(limit)s megapixels. Reduce it, for example to "
    "2500 pixels wide (plenty for a web page), and upload it again."
)
TOO_HEAVY = (
    "This file weighs %(size)s: the site accepts images of at most %(limit)s. "
    "Save it again as a JPEG about 2500 pixels wide (usually under 1 MB) and upload it again."
)
TOO_HEAVY_BEFORE_SENDING = (
    "This file is larger than %(limit)s, the most the site accepts for an image. "
    "Save it again as a JPEG about 2500 pixels wide and upload it again."
)
# The demo's plan officers, one per admin language.
OFFICERS = {"it": "referente-prosol", "fr": "referent-graies"}


@pytest.fixture(params=sorted(OFFICERS))
def officer(request, client, demo_site):
    user = get_user_model().objects.get(username=OFFICERS[request.param])
    assert UserProfile.get_for_user(user).preferred_language == request.param
    client.force_login(user)
    return request.param


def upload_by_form(client, upload):
    """The image library's "Add an image" form: the errors shown under the file field."""
    collection = Collection.get_first_root_node()
    data = {"title": "Rifugio", "file": upload, "collection": collection.pk}
    response = client.post(reverse("wagtailimages:add"), data)
    assert response.status_code == 200  # the form again, not a redirect
    return soup(response).select_one(".error-message").get_text()


def upload_in_chooser(client, upload):
    """The chooser's "Upload" tab, opened from the page editor."""
    collection = Collection.get_first_root_node()
    data = {
        "image-chooser-upload-title": "Rifugio",
        "image-chooser-upload-file": upload,
        "image-chooser-upload-collection": collection.pk,
    }
    answer = client.post(reverse("wagtailimages_chooser:create"), data).json()
    assert answer["step"] == "reshow_creation_form"
    return BeautifulSoup(answer["htmlFragment"], "html.parser").select_one(".error-message").get_text()


def upload_several(client, upload):
    """The multiple uploader (/admin/images/multiple/add/): one file of the batch."""
    answer = json.loads(client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload}).content)
    assert answer["success"] is False
    return answer["error_message"]


UPLOAD_PATHS = {
    "wagtailimages:add": upload_by_form,
    "wagtailimages_chooser:create": upload_in_chooser,
    "wagtailimages:add_multiple": upload_several,
}


def test_every_way_to_upload_an_image_is_covered():
    """Each admin URL whose view takes an image file is exercised below (editing an image
    replaces its file through the same form: test_a_replaced_file_is_refused_too)."""
    from django.urls import get_resolver  # noqa: PLC0415

    def names(resolver, namespace=""):
        for pattern in resolver.url_patterns:
            if hasattr(pattern, "url_patterns"):
                inner = ":".join(part for part in (namespace, pattern.namespace) if part)
                yield from names(pattern, inner)
            elif hasattr(getattr(pattern.callback, "view_class", None), "get_upload_form_class") or (
                namespace.startswith("wagtailimages") and pattern.name in ("add", "create")
            ):
                yield f"{namespace}:{pattern.name}"

    assert set(names(get_resolver())) >= set(UPLOAD_PATHS)
    assert {name for name in names(get_resolver()) if "image" in name} == set(UPLOAD_PATHS)


@pytest.mark.parametrize("path", sorted(UPLOAD_PATHS))
def test_a_decompression_bomb_is_refused_in_the_officers_language(client, officer, path):
    """The 121-megapixel PNG of issue 13: 11,000 × 11,000 pixels in a few kilobytes."""
    images, files = get_image_model().objects.count(), stored_files()
    message = UPLOAD_PATHS[path](client, png(11_000, 11_000))
    assert message.strip() == said(BOMB, officer, bomb="80", limit="40")
    assert get_image_model().objects.count() == images
    assert not UploadedFile.objects.exists()
    assert stored_files() == files


@pytest.mark.parametrize("path", sorted(UPLOAD_PATHS))
def test_too_many_pixels_are_refused_with_the_pictures_size(client, officer, path):
    """45 megapixels: over the limit, under Pillow's bomb threshold, so its size is known."""
    images, files = get_image_model().objects.count(), stored_files()
    message = UPLOAD_PATHS[path](client, png(9_000, 5_000))
    with translation.override(officer):
        width, height = (number_format(value, force_grouping=True) for value in (9_000, 5_000))
    expected = said(TOO_MANY_PIXELS, officer, width=width, height=height, megapixels="45", limit="40")
    assert message.strip() == expected
    assert get_image_model().objects.count() == images
    assert stored_files() == files


@pytest.mark.parametrize("path", sorted(UPLOAD_PATHS))
def test_a_file_too_heavy_is_refused(client, officer, settings, path):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024 * 1024  # 1 MB, so the test sends little
    images, files = get_image_model().objects.count(), stored_files()
    upload = heavy_jpeg(1.5)
    message = UPLOAD_PATHS[path](client, upload)
    with translation.override(officer):
        size, limit = filesizeformat(upload.size), filesizeformat(1024 * 1024)
    assert message.strip() == said(TOO_HEAVY, officer, size=size, limit=limit)
    assert get_image_model().objects.count() == images
    assert stored_files() == files


def test_the_multiple_uploader_warns_before_sending_a_heavy_file(client, officer):
    """Its script refuses a file over the size limit with the field's own words."""
    page = soup(client.get(reverse("wagtailimages:add_multiple")))
    messages = json.loads(page.select_one("[data-messages]")["data-messages"])
    with translation.override(officer):
        limit = filesizeformat(10 * 1024 * 1024)
    assert messages["maxFileSize"] == said(TOO_HEAVY_BEFORE_SENDING, officer, limit=limit)


def test_the_upload_form_says_the_limits(client, officer):
    page = soup(client.get(reverse("wagtailimages:add")))
    with translation.override(officer):
        size = filesizeformat(10 * 1024 * 1024)
    help_text = said(
        "Supported formats: %(formats)s. At most %(size)s and %(megapixels)s megapixels "
        "(2500 pixels wide is plenty for a web page).",
        officer,
        formats="AVIF, GIF, JPG, JPEG, PNG, WEBP",
        size=size,
        megapixels="40",
    )
    assert help_text in page.get_text(" ", strip=True)


def test_a_replaced_file_is_refused_too(client, officer, demo_site):
    """An officer may replace the file of a picture of their own."""
    user = get_user_model().objects.get(username=OFFICERS[officer])
    image = get_image_model().objects.create(title="Rifugio", file=png(800, 500), uploaded_by_user=user)
    before = (image.file.name, image.width, image.height)
    originals = stored_originals()
    data = {
        "title": image.title,
        "file": png(11_000, 11_000, name="bomb.png"),
        "collection": image.collection_id,
    }
    response = client.post(reverse("wagtailimages:edit", args=[image.pk]), data)
    assert said(BOMB, officer, bomb="80", limit="40") in soup(response).get_text()
    image.refresh_from_db()
    assert (image.file.name, image.width, image.height) == before
    # The form shown again makes renditions of the picture kept, nothing of the refused one.
    assert stored_originals() == originals
    assert not [path for path in stored_files() if "bomb" in path.name]


def test_the_largest_accepted_picture_is_stored(client, demo_site):
    """8,000 × 5,000 pixels, the limit itself, goes in."""
    client.force_login(get_user_model().objects.get(username=OFFICERS["it"]))
    answer = client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": png(8_000, 5_000, name="limite.png")}
    ).json()
    assert answer["success"] is True
    image = get_image_model().objects.get(pk=answer["image_id"])
    assert (image.width, image.height) == (8_000, 5_000)
