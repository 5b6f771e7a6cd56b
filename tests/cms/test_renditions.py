"""Pictures never hold up a visitor (cms/renditions.py): a large picture is resized by the
worker, one rendition at a time; a page shown before that gets placeholders, never Pillow."""

import itertools
import re
import threading

import pytest
from django_tasks.signals import task_enqueued

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.images.models import Filter

from cms import renditions
from news.models import NewsPage
from tests.support.html import soup
from tests.support.images import png
from tests.support.paths import ROOT

LAGGING_WORKER = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
IMAGE_TAG = re.compile(r"{%\s*(image|picture|srcset_image)\s+\S+\s+(.*?)%}")


class Resizes:
    """Counts the renditions Pillow makes (Wagtail's ``Filter.run``), the pixels of their
    sources, and how many run at once."""

    def __init__(self, monkeypatch):
        self.sources, self.running, self.most_at_once = [], 0, 0
        self.lock = threading.Lock()
        wagtail_run = Filter.run

        def run(filter, image, output, source=None):
            with self.lock:
                self.running += 1
                self.most_at_once = max(self.most_at_once, self.running)
                self.sources.append(image.width * image.height)
            try:
                return wagtail_run(filter, image, output, source=source)
            finally:
                with self.lock:
                    self.running -= 1

        monkeypatch.setattr(Filter, "run", run)


@pytest.fixture
def resizes(monkeypatch):
    return Resizes(monkeypatch)


@pytest.fixture
def queued():
    names = []

    def record(sender, task_result, **kwargs):
        names.append((task_result.task.module_path, list(task_result.args)))

    task_enqueued.connect(record, dispatch_uid="tests.renditions.queued")
    yield names
    task_enqueued.disconnect(dispatch_uid="tests.renditions.queued")


def template_specs():
    """Every rendition a template asks for, as Wagtail's tags expand them."""
    for path in (ROOT / "templates").rglob("*.html"):
        for tag, arguments in IMAGE_TAG.findall(path.read_text()):
            words = list(
                itertools.takewhile(lambda word: "=" not in word and word != "as", arguments.split())
            )
            specs = Filter.expand_spec(" ".join(words)) if tag != "image" else ["|".join(words)]
            yield from ((path.name, spec) for spec in specs)


def test_templates_ask_only_for_the_agreed_renditions():
    """What the worker makes ahead is what pages show: a template asking for another size
    would make it in a visitor's request."""
    found = list(template_specs())
    assert len(found) > 20
    assert [(name, spec) for name, spec in found if spec not in renditions.AGREED] == []


def show_on_news_page(demo_site, image):
    """The picture of a news item (in French, its source language: its facts are set there)."""
    page = demo_site.page("news:care-alcotra-jeunes", "fr")
    page.image, page.image_alt = image, "Le refuge"
    page.save_revision().publish()
    return page


def upload(client, django_capture_on_commit_callbacks, width=8_000, height=5_000):
    """An officer's upload through the chooser, as from the page editor; what the request
    queues on commit is run as the worker (or the test's immediate backend) would."""
    client.force_login(get_user_model().objects.get(username="referente-prosol"))
    data = {"image-chooser-upload-title": "Rifugio", "image-chooser-upload-file": png(width, height)}
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(reverse("wagtailimages_chooser:create"), data).json()
    client.logout()
    assert answer["step"] == "chosen"
    return get_image_model().objects.get(pk=answer["result"]["id"]), answer["result"]


def test_the_largest_accepted_picture_is_resized_by_the_worker_one_rendition_at_a_time(
    demo_site, resizes, settings
):
    """Every agreed rendition of an 8,000 × 5,000 picture (the limit), each from a source
    no larger than the limit, never two at once: one decoded copy in memory."""
    settings.TASKS = LAGGING_WORKER  # saving queues; the test runs the task itself
    image = get_image_model().objects.create(title="Rifugio", file=png(8_000, 5_000))
    assert renditions.make_renditions.call(image.pk) == len(renditions.AGREED)
    assert len(resizes.sources) == len(renditions.AGREED)
    assert max(resizes.sources) <= settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    assert resizes.most_at_once == 1
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert made == set(renditions.AGREED)
    assert renditions.make_renditions.call(image.pk) == 0  # nothing twice


def test_a_page_showing_a_fresh_large_picture_runs_no_pillow_for_visitors(
    client, demo_site, resizes, django_capture_on_commit_callbacks
):
    image, chosen = upload(client, django_capture_on_commit_callbacks)
    page = show_on_news_page(demo_site, image)
    made_by_upload = len(resizes.sources)
    assert made_by_upload == len(renditions.AGREED)  # the chooser's thumbnail, then the task the rest

    response = client.get(page.url)
    assert response.status_code == 200
    assert len(resizes.sources) == made_by_upload  # the visitor's request resized nothing
    picture = soup(response).select_one("main picture")
    assert renditions.PENDING not in str(picture)
    assert "s-maxage=3600" in response["Cache-Control"]


def test_before_the_worker_is_done_visitors_get_placeholders_and_a_page_kept_a_minute(
    client, demo_site, resizes, queued, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = LAGGING_WORKER
    image, chosen = upload(client, django_capture_on_commit_callbacks)
    # The officer sees the picture at once: their upload made the chooser's thumbnail.
    assert renditions.PENDING not in chosen["preview"]["url"]
    assert len(resizes.sources) == 1
    page = show_on_news_page(demo_site, image)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(page.url)
    assert len(resizes.sources) == 1
    picture = soup(response).select_one("main picture img")
    assert renditions.PENDING in picture["src"]
    assert (int(picture["width"]), int(picture["height"])) == (400, 250)  # the layout is kept
    assert f"s-maxage={settings.FRONT_CACHE_SHORT_SECONDS}" in response["Cache-Control"]
    assert not soup(response).select('meta[property="og:image"]')  # no placeholder for networks
    assert ("cms.renditions.make_renditions", [image.pk]) in queued

    renditions.make_renditions.call(image.pk)  # the worker's turn
    response = client.get(page.url)
    assert renditions.PENDING not in str(soup(response).select_one("main picture"))
    assert "s-maxage=3600" in response["Cache-Control"]


def test_small_pictures_are_still_resized_on_demand(client, demo_site, resizes, queued, settings):
    """A web-ready picture costs a request little: Wagtail's way, with no worker involved."""
    settings.TASKS = LAGGING_WORKER
    image = get_image_model().objects.create(title="Piccola", file=png(1_600, 1_000))
    page = show_on_news_page(demo_site, image)
    response = client.get(page.url)
    assert renditions.PENDING not in str(soup(response).select_one("main picture"))
    assert resizes.sources and max(resizes.sources) <= renditions.IN_REQUEST_PIXELS
    assert not [name for name, args in queued if name == "cms.renditions.make_renditions"]


def test_pillow_refuses_what_the_upload_form_refuses():
    from PIL import Image  # noqa: PLC0415

    assert Image.MAX_IMAGE_PIXELS == settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def test_a_list_of_fresh_pictures_resizes_within_the_request_budget(
    client, demo_site, resizes, queued, settings, django_capture_on_commit_callbacks
):
    """After an import, a list may show twenty pictures never resized: its request makes
    them only until its budget is spent, then shows placeholders and leaves the rest to the
    worker, so no visitor's request waits on a whole list of pictures."""
    settings.TASKS = LAGGING_WORKER
    listing = demo_site.page("news-index:site", "fr")
    client.get(listing.url)  # the list's own pictures are made
    settings.RENDITIONS_REQUEST_SECONDS = 1e-9  # spent by the first picture resized
    fresh = []
    for number, news in enumerate(NewsPage.objects.live().filter(locale=listing.locale)):
        news.listing_image = get_image_model().objects.create(title=f"Nuova {number}", file=png(800, 500))
        news.save_revision().publish()
        fresh.append(news.listing_image.pk)
    assert len(fresh) >= 3

    resizes.sources.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(listing.url)
    assert len(resizes.sources) == len(Filter.expand_spec(renditions.CARD))  # one picture's card
    cards = soup(response).select("main .card__media img")
    pending = [img for img in cards if renditions.PENDING in img["src"]]
    assert len(pending) >= 2 and len(cards) > len(pending)
    assert f"s-maxage={settings.FRONT_CACHE_SHORT_SECONDS}" in response["Cache-Control"]
    waiting = [args[0] for name, args in queued if name == "cms.renditions.make_renditions"]
    assert len(waiting) == len(pending)

    for image_id in waiting:  # the worker's turn
        renditions.make_renditions.call(image_id)
    response = client.get(listing.url)
    assert renditions.PENDING not in str(soup(response).select("main .card__media"))
    assert "s-maxage=3600" in response["Cache-Control"]
