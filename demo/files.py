"""Images and documents the demo uploads, found again by title on later runs."""

from pathlib import Path

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

ASSETS = Path(__file__).resolve().parent / "assets"


def image(title, filename):
    Image = get_image_model()
    found = Image.objects.filter(title=title).first()
    if found:
        return found
    return Image.objects.create(
        title=title, file=ContentFile((ASSETS / filename).read_bytes(), name=filename)
    )


def document(title, filename, content=None):
    Document = get_document_model()
    found = Document.objects.filter(title=title).first()
    if found:
        return found
    data = content.encode() if content is not None else (ASSETS / filename).read_bytes()
    return Document.objects.create(title=title, file=ContentFile(data, name=filename))
