"""A visitor on a phone browses the videos: the pages pass axe-core's WCAG 2.x A/AA rules,
and the browser contacts YouTube only after the visitor chooses to play there."""

import datetime
import re

import pytest

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from media.models import VideoCaption, VideoIndexPage, VideoPage
from tests.support.axe import assert_accessible
from tests.support.pages import publish

PROVIDER_HOSTS = re.compile(
    r"(^|\.)(youtube(-nocookie)?\.com|youtu\.be|ytimg\.com|vimeo\.com|vimeocdn\.com)$"
)
YOUTUBE_ID = "dQw4w9WgXcQ"
VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nCiao\n"

pytestmark = pytest.mark.browser


@pytest.fixture
def videos(live_demo_site):
    VideoPage.objects.filter(live=True).update(live=False)
    index = publish(live_demo_site.home_it, VideoIndexPage(title="Video", slug="video-di-prova"))
    poster = Image.objects.create(title="Valle Stura", file=get_test_image_file())
    hosted = publish(
        index,
        VideoPage(
            title="La cooperazione sociale in valle",
            date=datetime.date(2024, 6, 3),
            summary="Il progetto COOR-COM in tre minuti.",
            video_url=f"https://youtu.be/{YOUTUBE_ID}",
            poster=poster,
            poster_alt="Operatori sociali davanti a un municipio di montagna",
            duration_seconds=185,
            credits="Realizzato dagli studenti del Liceo Classico Vittorio Alfieri, Torino",
            transcript="<p>Benvenuti nel progetto COOR-COM.</p>",
        ),
    )
    clip = Document.objects.create(
        title="Laboratorio", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="lab.mp4")
    )
    captions = [
        VideoCaption(
            language=language,
            file=Document.objects.create(title=language, file=ContentFile(VTT, name=f"{language}.vtt")),
        )
        for language in ("it", "fr")
    ]
    uploaded = publish(
        index,
        VideoPage(
            title="Il laboratorio dei giovani",
            date=datetime.date(2023, 10, 12),
            video_file=clip,
            duration_seconds=3723,
            transcript="<p>Trascrizione del laboratorio.</p>",
            captions=captions,
        ),
    )
    return index, hosted, uploaded


@pytest.fixture
def provider_requests(browser_page):
    """Every request the browser tries to send to a video provider; none leaves the machine."""
    attempts = []

    def handle(route):
        host = re.sub(r"^[a-z]+://([^/:]+).*$", r"\1", route.request.url)
        if PROVIDER_HOSTS.search(host):
            attempts.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    browser_page.context.route("**/*", handle)
    return attempts


def test_video_list_and_pages_are_accessible(browser_page, live_server, videos, provider_requests):
    index, hosted, uploaded = videos
    page = browser_page

    page.goto(f"{live_server.url}{index.url}")
    assert page.locator("h1").inner_text() == "Video"
    assert page.locator(".cards .card__title").all_inner_texts() == [hosted.title, uploaded.title]
    assert_accessible(page)

    page.get_by_role("link", name=hosted.title).click()
    page.wait_for_url(f"{live_server.url}{hosted.url}")
    assert page.get_by_role("img", name="Operatori sociali davanti a un municipio di montagna").is_visible()
    assert_accessible(page)

    page.goto(f"{live_server.url}{uploaded.url}")
    assert page.locator("video track").count() == 2
    assert_accessible(page)

    assert provider_requests == []


def test_the_provider_is_contacted_only_when_the_visitor_asks(
    browser_page, live_server, videos, provider_requests
):
    _, hosted, _ = videos
    page = browser_page
    page.goto(f"{live_server.url}{hosted.url}")
    page.wait_for_load_state("networkidle")
    assert page.locator("iframe").count() == 0
    assert provider_requests == [], "nothing is loaded from YouTube before the visitor asks"

    watch = page.locator("a.video-player__watch")
    assert watch.get_attribute("href") == f"https://www.youtube.com/watch?v={YOUTUBE_ID}"

    play = page.locator("button[data-video-play]")
    assert play.is_visible(), "with JavaScript, the video can also be played on the page"
    play.click()

    iframe = page.locator(".video-player iframe")
    iframe.wait_for(state="attached")
    src = iframe.get_attribute("src")
    assert src.startswith(hosted.video_ref.embed_url)
    assert src.startswith(f"https://www.youtube-nocookie.com/embed/{YOUTUBE_ID}")
    assert iframe.get_attribute("title")
    assert page.locator("button[data-video-play]").count() == 0
    page.wait_for_timeout(200)
    assert provider_requests, "the player is requested once the visitor asked"
    assert all("youtube-nocookie.com" in url for url in provider_requests)
