"""Videos: addresses recognised without contacting anyone, sources and captions validated,
pages that load nothing from YouTube or Vimeo, lists newest first at a constant cost."""

import datetime
import re
import socket

import pytest

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.models import StringSegment, TranslationSource

from home.models import HomePage
from media.models import VideoCaption, VideoIndexPage, VideoPage, validate_caption_file
from media.video_urls import UNSUPPORTED_MESSAGE, VideoRef, parse_video_url, validate_video_url
from projects.models import PlanPage, ProgrammePeriod, ProjectIndexPage, ProjectPage
from tests.support.html import soup
from tests.support.wording import said

YOUTUBE_ID = "dQw4w9WgXcQ"
PROVIDER_HOSTS = re.compile(r"youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|ytimg\.com|vimeocdn\.com")
VTT = b"WEBVTT\n\n00:00.000 --> 00:01.000\nCiao\n"


def caption_document(name="it.vtt", content=VTT):
    return Document.objects.create(title=name, file=ContentFile(content, name=name))


def add_video(parent, title, **fields):
    fields.setdefault("video_url", f"https://www.youtube.com/watch?v={YOUTUBE_ID}")
    page = VideoPage(title=title, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_page(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture(autouse=True)
def english_source():
    """Validation messages are compared with their English source; pages are read in
    their own language (the request activates it)."""
    with translation.override("en"):
        yield


@pytest.fixture
def video_index(demo_site):
    """A site-wide video list under the Italian home, listing only this test's videos."""
    VideoPage.objects.filter(live=True).update(live=False)
    return add_page(demo_site.home_it, VideoIndexPage(title="Video", slug="video-di-prova"))


@pytest.fixture
def poster():
    return Image.objects.create(title="Poster", file=get_test_image_file())


@pytest.fixture
def period():
    return ProgrammePeriod.objects.create(
        name="Periodo di prova",
        slug="periodo-video",
        start_year=2014,
        end_year=2020,
        locale=Locale.get_default(),
    )


@pytest.fixture
def no_network(monkeypatch):
    """Fail any connection or name lookup beyond this machine; return what was attempted."""
    attempts = []
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo
    local = ("127.0.0.1", "::1", "localhost")

    def connect(sock, address):
        if sock.family != socket.AF_UNIX and address[0] not in local:
            attempts.append(address)
            raise OSError(f"network access during the test: {address}")
        return real_connect(sock, address)

    def getaddrinfo(host, *args, **kwargs):
        if host not in local:
            attempts.append(host)
            raise OSError(f"name lookup during the test: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return attempts


# Addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"https://www.youtube.com/watch?v={YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"https://www.youtube.com/watch?v={YOUTUBE_ID}&t=30s", ("youtube", YOUTUBE_ID, "")),
        (f"https://www.youtube.com/watch?v={YOUTUBE_ID}&list=PL1234567890", ("youtube", YOUTUBE_ID, "")),
        (f"https://www.youtube.com/watch?feature=share&v={YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"https://youtube.com/watch?v={YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"https://m.youtube.com/watch?v={YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"http://www.youtube.com/watch?v={YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"https://youtu.be/{YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"https://youtu.be/{YOUTUBE_ID}?si=AbCdEfGhIjKlMnOp", ("youtube", YOUTUBE_ID, "")),
        (f"https://youtu.be/{YOUTUBE_ID}?t=42", ("youtube", YOUTUBE_ID, "")),
        (f"http://youtu.be/{YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"https://www.youtube.com/embed/{YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"https://www.youtube-nocookie.com/embed/{YOUTUBE_ID}", ("youtube", YOUTUBE_ID, "")),
        (f"https://youtube-nocookie.com/embed/{YOUTUBE_ID}?start=10", ("youtube", YOUTUBE_ID, "")),
        ("https://www.youtube.com/shorts/a1B2-c3_D4e", ("youtube", "a1B2-c3_D4e", "")),
        (f"https://www.youtube.com/live/{YOUTUBE_ID}?si=x", ("youtube", YOUTUBE_ID, "")),
        (f"  https://www.youtube.com/watch?v={YOUTUBE_ID}  ", ("youtube", YOUTUBE_ID, "")),
        ("https://vimeo.com/76979871", ("vimeo", "76979871", "")),
        ("http://www.vimeo.com/76979871", ("vimeo", "76979871", "")),
        ("https://vimeo.com/76979871/8272103f6e", ("vimeo", "76979871", "8272103f6e")),
        ("https://player.vimeo.com/video/76979871", ("vimeo", "76979871", "")),
        ("https://player.vimeo.com/video/76979871?h=8272103f6e&badge=0", ("vimeo", "76979871", "8272103f6e")),
        ("https://vimeo.com/channels/staffpicks/76979871", ("vimeo", "76979871", "")),
        ("https://vimeo.com/groups/animation/videos/76979871", ("vimeo", "76979871", "")),
        ("https://vimeo.com/showcase/1234567/video/76979871", ("vimeo", "76979871", "")),
    ],
)
def test_accepted_video_addresses(url, expected):
    ref = parse_video_url(url)
    assert (ref.provider, ref.video_id, ref.privacy_hash) == expected
    validate_video_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://dailymotion.com/video/x7",
        "https://www.dailymotion.com/video/x8abcd",
        "https://youtube.com/watch?v=short",
        f"https://youtube.com/watch?v={YOUTUBE_ID}x",
        "https://youtube.com/watch",
        "https://www.youtube.com/@RegionePiemonte",
        "https://www.youtube.com/channel/UC1234567890123456789012",
        "https://www.youtube.com/playlist?list=PL1234567890",
        f"https://www.youtube.com/embed/{YOUTUBE_ID}/extra",
        f"https://youtube.com.example.org/watch?v={YOUTUBE_ID}",
        f"https://youtube.com@example.org/watch?v={YOUTUBE_ID}",
        f"https://youtube.com:8080/watch?v={YOUTUBE_ID}",
        "https://vimeo.com/abc",
        "https://vimeo.com/channels/staffpicks",
        "https://vimeo.com/76979871/not-a-hash",
        "https://player.vimeo.com/video/76979871?h=<script>",
        "https://vimeo.com/showcase/1234567",
        f"ftp://youtube.com/watch?v={YOUTUBE_ID}",
        "ftp://example.org/video.mp4",
        f"javascript:alert('https://youtu.be/{YOUTUBE_ID}')",
        f"//youtu.be/{YOUTUBE_ID}",
        "not a url",
        "",
        None,
    ],
)
def test_other_addresses_are_refused_with_a_clear_message(url):
    with pytest.raises(ValidationError) as error:
        parse_video_url(url)
    assert error.value.messages == [str(UNSUPPORTED_MESSAGE)]
    assert error.value.code == "unsupported_video_url"
    assert "YouTube or Vimeo" in error.value.messages[0]
    assert "https://www.youtube.com/watch?v=" in error.value.messages[0]


def test_empty_address_is_left_to_the_page_rules():
    validate_video_url("")  # blank is allowed by the field; VideoPage.clean asks for a source


@pytest.mark.parametrize(
    ("ref", "watch_url", "embed_url"),
    [
        (
            VideoRef("youtube", YOUTUBE_ID),
            f"https://www.youtube.com/watch?v={YOUTUBE_ID}",
            f"https://www.youtube-nocookie.com/embed/{YOUTUBE_ID}",
        ),
        (
            VideoRef("vimeo", "76979871"),
            "https://vimeo.com/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
        ),
        (
            VideoRef("vimeo", "76979871", "8272103f6e"),
            "https://vimeo.com/76979871/8272103f6e",
            "https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e",
        ),
    ],
)
def test_watch_and_privacy_enhanced_player_addresses(ref, watch_url, embed_url):
    assert ref.watch_url == watch_url
    assert ref.embed_url == embed_url


def test_an_address_round_trips_through_its_canonical_forms():
    for url in ("https://youtu.be/a1B2-c3_D4e?si=x", "https://player.vimeo.com/video/123?h=abcdef12"):
        ref = parse_video_url(url)
        assert parse_video_url(ref.watch_url) == ref
        assert parse_video_url(ref.embed_url) == ref


# Page rules ------------------------------------------------------------------------------


def test_unsupported_address_is_refused_by_the_page(video_index):
    page = VideoPage(title="Clip", slug="clip", video_url="https://dailymotion.com/video/x7")
    with pytest.raises(ValidationError) as error:
        video_index.add_child(instance=page)
    assert str(UNSUPPORTED_MESSAGE) in error.value.message_dict["video_url"]


def test_a_video_needs_a_source(video_index):
    page = VideoPage(title="Clip", slug="clip")
    with pytest.raises(ValidationError) as error:
        video_index.add_child(instance=page)
    assert error.value.message_dict["video_url"] == [
        "Give the address of the video on YouTube or Vimeo, or choose an uploaded video file."
    ]


def test_a_video_has_one_source_only(video_index):
    clip = Document.objects.create(
        title="Clip", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="clip.mp4")
    )
    page = VideoPage(title="Clip", slug="clip", video_url="https://vimeo.com/76979871", video_file=clip)
    with pytest.raises(ValidationError) as error:
        video_index.add_child(instance=page)
    assert error.value.message_dict["video_file"] == [
        "Give either a video address or an uploaded video file, not both: remove one of them."
    ]


def test_an_uploaded_video_must_be_mp4_or_webm(video_index):
    slides = Document.objects.create(title="Slides", file=ContentFile(b"%PDF-1.4", name="slides.pdf"))
    page = VideoPage(title="Clip", slug="clip", video_file=slides)
    with pytest.raises(ValidationError) as error:
        video_index.add_child(instance=page)
    assert error.value.message_dict["video_file"] == [
        "Choose a video file in MP4 or WebM format (.mp4 or .webm)."
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("it.srt", b"1\n00:00:00,000 --> 00:00:01,000\nCiao\n", "Choose a WebVTT caption file (.vtt)."),
        ("it.pdf", b"%PDF-1.4", "Choose a WebVTT caption file (.vtt)."),
        ("it.vtt", b"1\n00:00:00,000 --> 00:00:01,000\nCiao\n", "its first line must be “WEBVTT”"),
        ("it.vtt", b"WEBVTTX\n", "its first line must be “WEBVTT”"),
        ("it.vtt", b"", "its first line must be “WEBVTT”"),
    ],
)
def test_caption_files_must_be_webvtt(db, name, content, message):
    document = caption_document(name, content)
    with pytest.raises(ValidationError) as error:
        validate_caption_file(document)
    assert message in error.value.messages[0]


@pytest.mark.parametrize(
    "content", [VTT, b"\xef\xbb\xbfWEBVTT\n\n", b"WEBVTT - Sottotitoli\n\n", b"WEBVTT", b"WEBVTT\r\n"]
)
def test_webvtt_files_are_accepted(db, content):
    validate_caption_file(caption_document("it.vtt", content))


def test_caption_row_reports_the_error_on_its_file(video_index):
    page = add_video(video_index, "Clip")
    caption = VideoCaption(page=page, language="it", file=caption_document("it.srt", b"1\n"))
    with pytest.raises(ValidationError) as error:
        caption.full_clean()
    assert list(error.value.message_dict) == ["file"]


def edit_form(page, parent, captions, user):
    form_class = VideoPage.get_edit_handler().get_form_class()
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": "2024-05-02",
            "video_url": page.video_url,
            "transcript": rich_text(""),
            "captions": inline_formset(captions),
            "comments": inline_formset([]),
        }
    )
    return form_class(data, instance=page, parent_page=parent, for_user=user)


def test_one_caption_file_per_language(video_index, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    page = VideoPage(
        title="Clip", slug="clip", video_url="https://vimeo.com/76979871", locale=video_index.locale
    )
    italian, french, again = (
        caption_document("it.vtt"),
        caption_document("fr.vtt"),
        caption_document("it2.vtt"),
    )

    form = edit_form(
        page,
        video_index,
        [{"language": "it", "file": italian.pk}, {"language": "fr", "file": french.pk}],
        user,
    )
    assert form.is_valid(), (form.errors, [f.errors for f in form.formsets["captions"]])

    form = edit_form(
        page,
        video_index,
        [{"language": "it", "file": italian.pk}, {"language": "it", "file": again.pk}],
        user,
    )
    assert not form.is_valid()
    errors = [f.errors for f in form.formsets["captions"].forms]
    assert errors[0] == {}
    assert errors[1]["language"] == ["There is already a caption file for this language."]


def test_admin_form_refuses_a_non_vtt_caption(video_index, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    page = VideoPage(
        title="Clip", slug="clip", video_url="https://vimeo.com/76979871", locale=video_index.locale
    )
    srt = caption_document("it.srt", b"1\n00:00:00,000 --> 00:00:01,000\nCiao\n")
    form = edit_form(page, video_index, [{"language": "it", "file": srt.pk}], user)
    assert not form.is_valid()
    assert "Choose a WebVTT caption file (.vtt)." in form.formsets["captions"].forms[0].errors["file"][0]


def test_duration_is_shown_as_minutes_and_seconds(db):
    assert VideoPage(duration_seconds=185).duration_display == "03:05"
    assert VideoPage(duration_seconds=59).duration_display == "00:59"
    assert VideoPage(duration_seconds=3723).duration_display == "1:02:03"
    assert VideoPage(duration_seconds=None).duration_display == ""
    assert VideoPage(duration_seconds=185).duration_iso == "PT3M5S"
    assert VideoPage(duration_seconds=3600).duration_iso == "PT1H"
    assert VideoPage(duration_seconds=0).duration_iso == "PT0S"


def test_video_ref_is_derived_never_fetched(db):
    assert VideoPage(video_url="https://vimeo.com/76979871/8272103f6e").video_ref == VideoRef(
        "vimeo", "76979871", "8272103f6e"
    )
    assert VideoPage(video_url="").video_ref is None


def test_facts_are_synchronised_and_text_translated():
    fields = {field.field_name: type(field) for field in get_translatable_fields(VideoPage)}
    for name in (
        "video_url",
        "video_file",
        "poster",
        "date",
        "duration_seconds",
        "related_project",
        "captions",
    ):
        assert fields[name] is SynchronizedField, name
    for name in ("title", "summary", "poster_alt", "credits", "transcript"):
        assert fields[name] is TranslatableField, name


def test_videos_are_placed_in_a_video_list(video_index):
    assert VideoPage.can_create_at(video_index)
    assert not VideoPage.can_create_at(video_index.get_parent())
    assert VideoIndexPage.max_count_per_parent == 1
    assert VideoPage.allowed_subpage_models() == []


def test_video_lists_can_be_created_under_home_plans_and_projects(demo_site):
    parents = {model for model in VideoIndexPage.allowed_parent_page_models()}
    assert parents == {HomePage, PlanPage, ProjectPage}


# Rendering --------------------------------------------------------------------------------


def provider_mentions(html):
    """Provider addresses a visitor can see or follow: structured data for search engines
    (its embedUrl, the privacy-enhanced player) is not fetched by anyone's browser."""
    return PROVIDER_HOSTS.findall(STRUCTURED_DATA.sub("", html))


STRUCTURED_DATA = re.compile(r'<script type="application/ld\+json">.*?</script>', re.S)


def test_video_page_contacts_nobody_and_embeds_nothing(client, video_index, poster, no_network):
    video = add_video(
        video_index,
        "La cooperazione sociale",
        summary="Il progetto COOR-COM in tre minuti.",
        video_url=f"https://youtu.be/{YOUTUBE_ID}?si=tracking",
        poster=poster,
        poster_alt="Operatori sociali in una valle alpina",
        duration_seconds=185,
        credits="Realizzato dagli studenti del Liceo Classico Vittorio Alfieri, Torino",
        transcript="<p>Benvenuti nel progetto.</p>",
    )

    response = client.get(video.url)

    assert response.status_code == 200
    assert no_network == []
    html = response.content.decode()
    page = soup(response)
    assert not page.find(["iframe", "embed", "object"])
    assert "<iframe" not in html
    # The only provider address is the link to the video's page at the provider.
    watch = page.select_one("a.video-player__watch")
    assert watch["href"] == f"https://www.youtube.com/watch?v={YOUTUBE_ID}"
    assert watch.get_text(" ", strip=True) == said(
        "Play the video on %(provider)s (opens the %(provider)s website)", provider="YouTube"
    )
    assert provider_mentions(html) == ["youtube.com"]
    assert "tracking" not in html
    # Everything the visitor needs before choosing to play.
    assert page.h1.get_text(strip=True) == "La cooperazione sociale"
    assert page.select_one(".video-player img")["alt"] == "Operatori sociali in una valle alpina"
    assert page.select_one("time[datetime=PT3M5S]").get_text(strip=True) == "03:05"
    assert "Liceo Classico Vittorio Alfieri" in page.select_one(".video-facts").get_text()
    assert page.select_one("#transcript-title")
    # The script that loads the player on request, with what it needs and no address.
    player = page.select_one("[data-video-provider]")
    assert (player["data-video-provider"], player["data-video-id"]) == ("youtube", YOUTUBE_ID)
    assert page.select_one("button[data-video-play]").has_attr("hidden")
    assert page.find("script", src=re.compile(r"/static/media/video-player\.js$"))


def test_unlisted_vimeo_video_keeps_its_hash_for_the_player(client, video_index, no_network):
    video = add_video(video_index, "Valle", video_url="https://player.vimeo.com/video/76979871?h=8272103f6e")
    response = client.get(video.url)
    page = soup(response)
    assert page.select_one("a.video-player__watch")["href"] == "https://vimeo.com/76979871/8272103f6e"
    assert page.select_one("[data-video-provider]")["data-video-hash"] == "8272103f6e"
    assert provider_mentions(response.content.decode()) == ["vimeo.com"]
    assert not page.find("iframe")
    assert no_network == []


def test_uploaded_video_plays_with_captions_in_each_language(client, video_index, poster, no_network):
    clip = Document.objects.create(
        title="Clip", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="clip.mp4")
    )
    italian, french = caption_document("it.vtt"), caption_document("fr.vtt")
    video = add_video(
        video_index,
        "Laboratorio",
        video_url="",
        video_file=clip,
        poster=poster,
        transcript="<p>Trascrizione completa.</p>",
        captions=[VideoCaption(language="it", file=italian), VideoCaption(language="fr", file=french)],
    )

    response = client.get(video.url)

    assert response.status_code == 200
    assert no_network == []
    page = soup(response)
    player = page.select_one("video")
    assert player.has_attr("controls")
    assert player["preload"] == "none"
    assert player["poster"]
    source = player.select_one("source")
    assert (source["src"], source["type"]) == (clip.url, "video/mp4")
    tracks = [
        (t["kind"], t["srclang"], t["label"], t["src"], t.has_attr("default")) for t in player.select("track")
    ]
    assert tracks == [
        ("captions", "it", "Italiano", italian.url, True),
        ("captions", "fr", "Français", french.url, False),
    ]
    assert page.select_one("#transcript-title").get_text(strip=True) == said("Transcript")
    assert "Trascrizione completa." in page.select_one(".video-transcript").get_text()
    assert provider_mentions(response.content.decode()) == []


def test_related_project_is_shown_in_the_readers_language(client, demo_site, video_index, period):
    catalogue = add_page(demo_site.home_it, ProjectIndexPage(title="Progetti video", slug="progetti-video"))
    plan = add_page(
        catalogue,
        PlanPage(acronym="PRO-SOL", full_name="Prossimità", programme_period=period, title="PRO-SOL"),
    )
    project = add_page(
        plan,
        ProjectPage(
            title="COOR-COM",
            acronym="COOR-COM",
            full_name="Coordinamento e comunicazione",
            programme_period=period,
            start_date=datetime.date(2019, 3, 1),
        ),
    )
    video = add_video(video_index, "Il progetto", related_project=project)
    french = Locale.objects.get(language_code="fr")
    project_fr = project.copy_for_translation(french, copy_parents=True)
    project_fr.title = "COOR-COM (FR)"
    project_fr.save_revision().publish()
    video_fr = video.copy_for_translation(french, copy_parents=True)
    video_fr.save_revision().publish()

    italian_link = soup(client.get(video.url)).select_one(".video-facts a")
    assert (italian_link.get_text(strip=True), italian_link["href"]) == ("COOR-COM", project.url)
    french_link = soup(client.get(video_fr.get_url())).select_one(".video-facts a")
    assert (french_link.get_text(strip=True), french_link["href"]) == ("COOR-COM (FR)", project_fr.get_url())


# Lists ------------------------------------------------------------------------------------


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".cards .card__title a")]


def test_index_lists_videos_newest_first(client, video_index):
    add_video(video_index, "Primo", date=datetime.date(2019, 5, 1))
    add_video(video_index, "Terzo", date=datetime.date(2023, 11, 20), video_url="https://vimeo.com/76979871")
    add_video(video_index, "Secondo", date=datetime.date(2021, 2, 14))
    draft = VideoPage(
        title="Bozza", video_url="https://vimeo.com/1", date=datetime.date(2025, 1, 1), live=False
    )
    video_index.add_child(instance=draft)

    response = client.get(video_index.url)

    assert response.status_code == 200
    assert titles(response) == ["Terzo", "Secondo", "Primo"]
    assert "Vimeo" in soup(response).select(".card__meta")[0].get_text()


def test_site_wide_list_gathers_every_video_of_its_language(client, demo_site, video_index, period):
    catalogue = add_page(demo_site.home_it, ProjectIndexPage(title="Progetti video", slug="progetti-video"))
    plan = add_page(
        catalogue,
        PlanPage(acronym="PRO-SOL", full_name="Prossimità", programme_period=period, title="PRO-SOL"),
    )
    plan_videos = add_page(plan, VideoIndexPage(title="Video del piano", slug="video"))
    add_video(plan_videos, "Video del piano", date=datetime.date(2020, 1, 1))
    add_video(video_index, "Video del sito", date=datetime.date(2022, 1, 1))
    french = Locale.objects.get(language_code="fr")
    index_fr = video_index.copy_for_translation(french)
    index_fr.save_revision().publish()

    assert titles(client.get(video_index.url)) == ["Video del sito", "Video del piano"]
    assert titles(client.get(plan_videos.url)) == ["Video del piano"]
    # The French list shows French videos only, never Italian ones.
    assert titles(client.get(index_fr.get_url())) == []


@pytest.mark.parametrize("number", ["2", "0", "-1", "abc", "999", "1.5", ""])
def test_index_pages_through_videos_and_tolerates_bad_page_numbers(client, video_index, number):
    for day in range(1, 15):
        add_video(video_index, f"Video {day:02d}", date=datetime.date(2024, 1, day))

    response = client.get(video_index.url, {"page": number})

    assert response.status_code == 200
    shown = titles(response)
    if number in ("2", "999", "0", "-1"):  # out of range: the last page
        assert shown == ["Video 02", "Video 01"]
    else:  # not a page number: the first page
        assert len(shown) == 12
        assert shown[0] == "Video 14"


def test_empty_index_says_so(client, video_index):
    response = client.get(video_index.url)
    assert response.status_code == 200
    # (Before it, the page may say it is not translated yet: base.html's translation notes.)
    paragraphs = [p.get_text(strip=True) for p in soup(response).select("main p")]
    assert said("No video has been published here yet.") in paragraphs


def count_queries(client, url):
    client.get(url)  # warm Wagtail's site root cache and create renditions
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_index_query_count_does_not_grow_with_the_number_of_videos(client, video_index, poster):
    for number in range(3):
        add_video(video_index, f"Video {number}", poster=poster, duration_seconds=60 + number)
    few = count_queries(client, video_index.url)
    for number in range(3, 30):
        add_video(video_index, f"Video {number}", poster=poster, duration_seconds=60 + number)
    many = count_queries(client, video_index.url)
    assert few == many, f"{few} queries for 3 videos, {many} for 30"


def test_video_page_query_count_does_not_grow_with_captions(client, video_index, poster):
    clip = Document.objects.create(title="Clip", file=ContentFile(b"\x00", name="clip.webm"))
    video = add_video(video_index, "Clip", video_url="", video_file=clip, poster=poster)
    VideoCaption.objects.create(page=video, language="it", file=caption_document("it.vtt"))
    one = count_queries(client, video.url)
    VideoCaption.objects.create(page=video, language="fr", file=caption_document("fr.vtt"))
    two = count_queries(client, video.url)
    assert one == two


def test_search_finds_videos_by_transcript_and_credits(video_index):
    add_video(
        video_index,
        "Laboratorio",
        credits="Liceo Classico Vittorio Alfieri",
        transcript="<p>Le cooperative di comunità</p>",
    )
    assert [p.title for p in VideoPage.objects.live().search("Alfieri")] == ["Laboratorio"]
    assert [p.title for p in VideoPage.objects.live().search("cooperative")] == ["Laboratorio"]


# Editors and translators -------------------------------------------------------------------


def test_editors_add_and_edit_videos_in_the_admin(client, video_index, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    add = client.get(reverse("wagtailadmin_pages:add", args=["media", "videopage", video_index.pk]))
    assert add.status_code == 200
    video = add_video(video_index, "Clip", captions=[VideoCaption(language="it", file=caption_document())])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[video.pk]))
    assert edit.status_code == 200
    assert b'name="captions-TOTAL_FORMS" value="1"' in edit.content.replace(b"\n", b"")


def test_translators_get_the_words_and_not_the_facts(video_index, poster):
    video = add_video(
        video_index,
        "Il laboratorio",
        video_url="https://vimeo.com/76979871",
        poster=poster,
        poster_alt="Ragazzi al lavoro in un laboratorio",
        credits="Realizzato dagli studenti del Liceo Classico Vittorio Alfieri, Torino",
        transcript="<p>Benvenuti nel laboratorio.</p>",
        duration_seconds=185,
    )
    source, _ = TranslationSource.get_or_create_from_instance(video)
    strings = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {
        "Il laboratorio",
        "Ragazzi al lavoro in un laboratorio",
        "Realizzato dagli studenti del Liceo Classico Vittorio Alfieri, Torino",
        "Benvenuti nel laboratorio.",
    } <= strings
    assert not any("vimeo" in string for string in strings)


def test_api_gives_the_video_reference_without_contacting_the_provider(client, video_index, no_network):
    video = add_video(
        video_index, "Valle", video_url="https://vimeo.com/76979871/8272103f6e", duration_seconds=185
    )
    response = client.get(f"/api/v2/pages/{video.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["video_ref"] == {
        "provider": "vimeo",
        "id": "76979871",
        "watch_url": "https://vimeo.com/76979871/8272103f6e",
        "embed_url": "https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e",
    }
    assert (data["duration_seconds"], data["captions"]) == (185, [])
    assert no_network == []
