"""Renditions that never hold up a request: a large picture is resized by the worker.

Decoding a picture costs time and memory in proportion to its pixels (a 40-megapixel
photo: about 1 s and 200 MB for each rendition, docs/images.md), and Wagtail makes a
missing rendition inside the request that first asks for it. So:

- a source of at most ``IN_REQUEST_PIXELS`` (a web-ready picture) is still resized on
  demand, as Wagtail does (each rendition costs well under a second), until the request
  has spent ``settings.RENDITIONS_REQUEST_SECONDS`` on pictures: a list of fifty fresh
  pictures (after an import, say) then shows placeholders for the rest instead of
  holding its worker for a minute;
- a larger one is resized only by the worker: saving the image queues ``make_renditions``,
  which makes the site's agreed renditions (``AGREED``) one at a time (one decoded copy in
  memory), the admin's thumbnails first;
- a request that finds one of its renditions missing and may not make it gets a
  placeholder of the right size instead (``static/img/image-pending.svg``), queues the
  work, and its page is kept by the front cache for a minute only (cms/caching.py). The
  uploader's own request is the one exception: it makes the chooser's thumbnail, so the
  officer sees the picture.

Wagtail makes every new rendition through ``create_renditions`` (``get_rendition`` is
routed through it here), so that method is where the rule is kept, for templates, the
admin, the API and code alike. A custom image model is Wagtail's other way to change it,
but it would mean migrating every image foreign key of every app.
"""

import contextlib
import contextvars
import logging
import time
from io import BytesIO

from django_tasks import task

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files import File
from django.db import transaction
from django.db.models.signals import post_save

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, Filter

from cms import freshness

logger = logging.getLogger("cms.renditions")

# The renditions the site shows (STYLE: a small agreed set); templates and code use no
# other (tests/cms/test_renditions.py reads the templates to check it).
PICTURE = "format-{avif,webp,jpeg} width-{400,800,1200}"  # a page's or a block's picture
CARD = "format-{avif,webp,jpeg} fill-{400x225,800x450}"  # a card in a list
SHARE = "fill-1200x630|format-jpeg"  # Open Graph: social networks crop to 1.91:1
POSTER = "width-1200|format-jpeg"  # a video's poster, for the player
BADGE = "max-200x200"  # a label's badge
LOGO = "height-80|format-webp"  # a partner's logo, 40 px high on sharp screens
ADMIN = ("max-165x165", "max-800x600")  # Wagtail's listings and chooser; the edit page
AGREED = [*ADMIN, *Filter.expand_spec(PICTURE), *Filter.expand_spec(CARD), SHARE, POSTER, BADGE, LOGO]

# A 2500 × 1600 picture: each rendition made from it costs a request about 0.25 s and
# 50 MB at most (docs/images.md); from anything larger, nothing.
IN_REQUEST_PIXELS = 4_000_000
PENDING = "img/image-pending.svg"
QUEUED_SECONDS = 60  # a missing rendition queues its image once a minute at most

_in_worker = contextvars.ContextVar("cms_renditions_in_worker", default=False)
_request = contextvars.ContextVar("cms_renditions_request", default=None)
_wagtail_create_renditions = AbstractImage.create_renditions


def is_large(image):
    return (image.width or 0) * (image.height or 0) > IN_REQUEST_PIXELS


class _Request:
    """What one request has done with pictures: the images it showed as placeholders and
    the seconds it spent resizing."""

    def __init__(self):
        self.placeholders = []
        self.spent = 0.0

    def may_resize(self):
        return self.spent < settings.RENDITIONS_REQUEST_SECONDS


def made_here(image, filter):
    """Whether this process may decode ``image`` now for ``filter``."""
    if _in_worker.get():
        return True
    if is_large(image):
        return filter.spec == ADMIN[0] and getattr(image, "_cms_uploaded_here", False)
    request = _request.get()
    return request is None or request.may_resize()


def placeholder(image, filter):
    """An unsaved rendition of the size ``filter`` gives, showing the placeholder; it is
    never written to the rendition cache (``_from_cache``)."""
    rendition = image.get_rendition_model()(
        image=image,
        filter_spec=filter.spec,
        focal_point_key=filter.get_cache_key(image),
    )
    rendition.width, rendition.height = filter.get_transform(image).size
    rendition.file.name = PENDING
    rendition.file.storage = staticfiles_storage
    rendition._from_cache = True
    rendition.pending = True
    return rendition


def is_pending(rendition):
    return getattr(rendition, "pending", False)


def create_renditions(self, *filters):
    """Wagtail's ``create_renditions`` for what may be made here; placeholders for the
    rest, whose image is queued for the worker."""
    now = [f for f in filters if made_here(self, f)]
    later = [f for f in filters if f not in now]
    request = _request.get()
    made = {}
    if now:
        started = time.perf_counter()
        made = _wagtail_create_renditions(self, *now)
        if request is not None:
            request.spent += time.perf_counter() - started
    if later:
        queue(self)
        if request is not None:
            request.placeholders.append(self.pk)
    return made | {f: placeholder(self, f) for f in later}


def get_rendition(self, filter):
    """Through ``get_renditions``, which keeps placeholders out of the rendition cache."""
    return next(iter(self.get_renditions(filter).values()))


def queue(image):
    if cache.add(f"cms:renditions:queued:{image.pk}", True, QUEUED_SECONDS):
        transaction.on_commit(lambda: make_renditions.enqueue(image.pk))


@contextlib.contextmanager
def watching():
    """Keeps one request's account: its time budget, and the images it showed as
    placeholders (the list yielded)."""
    request = _Request()
    token = _request.set(request)
    try:
        yield request.placeholders
    finally:
        _request.reset(token)


@contextlib.contextmanager
def in_worker():
    token = _in_worker.set(True)
    try:
        yield
    finally:
        _in_worker.reset(token)


@task()
def make_renditions(image_id):
    """Every agreed rendition ``image_id`` lacks, one at a time from one read of its file,
    so the worker holds one decoded copy; then what was kept with placeholders is renewed."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    cache.delete(f"cms:renditions:queued:{image.pk}")
    if image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        # Stored before the limit: never decoded; its placeholder asks for a smaller file.
        logger.warning("Image %s is over the pixel limit: no renditions made", image.pk)
        return 0
    filters = [Filter(spec) for spec in AGREED]
    missing = [f for f in filters if f not in image.find_existing_renditions(*filters)]
    if not missing:
        return 0
    with image.open_file() as source:
        data = source.read()
    with in_worker():
        for filter in missing:
            source = File(BytesIO(data), name=image.file.name)
            image.renditions.get_or_create(
                filter_spec=filter.spec,
                focal_point_key=filter.get_cache_key(image),
                defaults={"file": image.generate_rendition_file(filter, source=source)},
            )
    freshness.renew()
    logger.info("Made %s renditions of image %s", len(missing), image.pk)
    return len(missing)


def on_image_saved(instance, **kwargs):
    """A large picture's renditions are made by the worker as soon as it is saved (a new
    file or a new focal point); its uploader's request may make the chooser's thumbnail."""
    if is_large(instance):
        instance._cms_uploaded_here = True
        transaction.on_commit(lambda: make_renditions.enqueue(instance.pk))


def connect():
    AbstractImage.create_renditions = create_renditions
    AbstractImage.get_rendition = get_rendition
    post_save.connect(on_image_saved, sender=get_image_model(), dispatch_uid="cms.renditions.saved")
