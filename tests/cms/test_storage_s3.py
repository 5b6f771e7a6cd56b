"""Uploads on S3-compatible storage, against a real S3 endpoint (moto's server) on loopback."""

import io
import sys
import urllib.request
from pathlib import Path

import pytest
from PIL import Image as PILImage

from django.core.files.images import ImageFile

from wagtail.images.models import Image

from cms import config
from tests.support.components import executable, require

BUCKET = "alcotra-uploads"


@pytest.fixture
def s3_endpoint(local_server, monkeypatch):
    moto = executable("moto_server", str(Path(sys.executable).with_name("moto_server")))
    require(moto, "moto_server is not installed (pip install -r requirements-dev.txt)")
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
        "AWS_DEFAULT_REGION": "eu-south-1",
    }.items():
        monkeypatch.setenv(name, value)
    port = local_server([moto, "-H", "127.0.0.1", "-p", "{port}"])
    endpoint = f"http://127.0.0.1:{port}"
    import boto3

    client = boto3.client("s3", endpoint_url=endpoint, region_name="eu-south-1")
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-south-1"})
    client.put_bucket_policy(
        Bucket=BUCKET,
        Policy=(
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*",'
            f'"Action":"s3:GetObject","Resource":"arn:aws:s3:::{BUCKET}/*"}}]}}'
        ),
    )
    return endpoint, client


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
