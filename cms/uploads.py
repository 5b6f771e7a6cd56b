"""What the image library accepts, and how it says no, in the editor's language.

Pixels, not bytes, are what a picture costs to resize: an 11,000 × 11,000 PNG of 345 KB
decodes to half a gigabyte. ``WAGTAILIMAGES_MAX_IMAGE_PIXELS`` is sized so the worker
resizes the largest accepted picture within its budget (docs/images.md), and Pillow is
held to the same limit, so no process ever opens a larger one (an image stored before the
limit, a file that claims one size and holds another).

Every way to upload an image (the library's form, the chooser's upload tab, the multiple
uploader, replacing a file) builds its form on ``ImageForm`` (WAGTAILIMAGES_IMAGE_FORM_BASE),
so each refuses with the same words, before anything is stored.
"""

import warnings

from PIL import Image as PILImage

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


def limit_decoders():
    """Pillow refuses to open more than twice the limit anywhere (DecompressionBombError)."""
    PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def megapixels(pixels):
    value = pixels / 1_000_000
    return number_format(value, decimal_pos=0 if value == round(value) or value >= 100 else 1)


class ImageFileField(WagtailImageField):
    """Wagtail's image field, with refusals an officer can act on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limits = {"limit": filesizeformat(self.max_upload_size)}
        self.help_text = _(
            "Supported formats: %(formats)s. At most %(size)s and %(megapixels)s megapixels "
            "(2500 pixels wide is plenty for a web page)."
        ) % {
            "formats": self.supported_formats_text,
            "size": limits["limit"],
            "megapixels": megapixels(self.max_image_pixels),
        }
        # Shown by the multiple uploader before it sends a file that is too large.
        self.error_messages["file_too_large_unknown_size"] = (
            _(
                "This file is larger than %(limit)s, the most the site accepts for an image. "
                "Save it again as a JPEG about 2500 pixels wide and upload it again."
            )
            % limits
        )

    def check_image_file_size(self, f):
        if f.size > self.max_upload_size:
            message = _(
                "This file weighs %(size)s: the site accepts images of at most %(limit)s. "
                "Save it again as a JPEG about 2500 pixels wide (usually under 1 MB) and upload it again."
            )
            params = {"size": filesizeformat(f.size), "limit": filesizeformat(self.max_upload_size)}
            raise ValidationError(message % params, code="file_too_large")

    def check_image_pixel_size(self, f):
        limit = megapixels(self.max_image_pixels)
        try:
            with warnings.catch_warnings():  # between one and two limits: our words below
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                width, height = f.image.get_size()
                frames = f.image.get_frame_count()
        except PILImage.DecompressionBombError:
            message = _(
                "This image has too many pixels to be opened safely (more than %(bomb)s megapixels): "
                "the site accepts at most %(limit)s megapixels. "
                "Reduce it, for example to 2500 pixels wide, and upload it again."
            )
            params = {"bomb": megapixels(2 * PILImage.MAX_IMAGE_PIXELS), "limit": limit}
            raise ValidationError(message % params, code="file_too_many_pixels") from None
        pixels = width * height * frames
        if pixels > self.max_image_pixels:
            message = _(
                "This image is %(width)s × %(height)s pixels (%(megapixels)s megapixels): "
                "the site accepts at most %(limit)s megapixels. Reduce it, for example to "
                "2500 pixels wide (plenty for a web page), and upload it again."
            )
            params = {
                "width": number_format(width, force_grouping=True),
                "height": number_format(height, force_grouping=True),
                "megapixels": megapixels(pixels),
                "limit": limit,
            }
            raise ValidationError(message % params, code="file_too_many_pixels")


class ImageForm(BaseImageForm):
    """The base of every image form of the admin (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtail_field = self.fields["file"]
            self.fields["file"] = ImageFileField(
                label=wagtail_field.label, required=wagtail_field.required, widget=wagtail_field.widget
            )

    def save(self, commit=True):
        # One transaction: the renditions of a replaced file are deleted before the
        # worker is asked for new ones (cms/renditions.py queues them on commit).
        with transaction.atomic():
            return super().save(commit=commit)
