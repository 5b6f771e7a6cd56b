"""Uploads on S3-compatible storage, against a real S3 endpoint (moto's server) on loopback."""

import io
import urllib.request

from PIL import Image as PILImage

from django.core.files.images import ImageFile

from wagtail.images.models import Image

from cms import config
from tests.support.components import S3_BUCKET as BUCKET


def png_bytes(width=320, height=200):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (11, 79, 138)).save(buffer, "PNG")
    return buffer.getvalue()


def test_image_and_rendition_are_stored_in_the_bucket_and_served(s3_endpoint, settings, db):
    endpoint, client = s3_endpoint
    settings.STORAGES = config.storages(
        {
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": endpoint,
            "AWS_S3_REGION_NAME": "eu-south-1",
            "AWS_ACCESS_KEY_ID": "test-key",
            "AWS_SECRET_ACCESS_KEY": "test-secret",
        }
    )

    image = Image.objects.create(
        title="CARE", file=ImageFile(io.BytesIO(png_bytes()), name="care-alcotra-jeunes.png")
    )
    rendition = image.get_rendition("fill-160x100")

    keys = {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET)["Contents"]}
    assert image.file.name in keys
    assert rendition.file.name in keys
    assert rendition.url.startswith(f"{endpoint}/{BUCKET}/")

    with urllib.request.urlopen(rendition.url, timeout=10) as response:
        served = PILImage.open(io.BytesIO(response.read()))
    assert served.size == (160, 100)
