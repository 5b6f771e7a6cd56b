"""Pictures of any size for upload tests, drawn in memory in milliseconds: a 1-bit PNG of
11,000 × 11,000 pixels (121 megapixels) weighs a few kilobytes but decodes to gigabytes."""

import io
from pathlib import Path

from PIL import Image

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile


def png(width, height, name="photo.png"):
    """An upload of ``width`` × ``height`` pixels (one bit each, drawn without Pillow's
    size check, which protects the site, not this helper)."""
    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        buffer = io.BytesIO()
        Image.new("1", (width, height), 1).save(buffer, "PNG")
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def heavy_jpeg(megabytes, name="heavy.jpg"):
    """A small JPEG padded with a comment of ``megabytes``: too heavy, not too large."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (40, 110, 160)).save(buffer, "JPEG")
    data = buffer.getvalue()
    padding = b"\xff\xfe\xff\xff" + b"\x00" * 65533  # one comment segment, 64 KB
    body = data[:2] + padding * int(megabytes * 16 + 1) + data[2:]
    return SimpleUploadedFile(name, body, content_type="image/jpeg")


def stored_files():
    """Every file in media storage (originals and renditions)."""
    root = Path(settings.MEDIA_ROOT)
    return {path.relative_to(root) for path in root.rglob("*") if path.is_file()}


def stored_originals():
    """The uploaded files in media storage (screens showing other pictures add renditions)."""
    return {path for path in stored_files() if path.parts[0] == "original_images"}
