"""The demo's pictures: every plan, project, news item and video has one, described in
its own language; partners have logos, the label a badge; drawing is deterministic."""

import io

import pytest
from PIL import Image as PillowImage

from wagtail.images import get_image_model

from demo import pictures
from media.models import VideoPage
from news.models import NewsPage
from projects.models import LabelPage, Partner, PlanPage, ProjectPage
from tests.demo.test_load_demo import run_load_demo

# (model, image field, alt text field) of each kind of page that must have a picture.
PICTURED = [
    (PlanPage, "listing_image", "listing_image_alt"),
    (ProjectPage, "listing_image", "listing_image_alt"),
    (NewsPage, "image", "image_alt"),
    (VideoPage, "poster", "poster_alt"),
]


@pytest.mark.parametrize(("model", "image_field", "alt_field"), PICTURED)
def test_every_page_has_a_picture_described_in_its_own_language(demo_site, model, image_field, alt_field):
    pages = model.objects.filter(locale__language_code="it")
    assert pages.exists()
    for italian in pages:
        french = italian.get_translation(demo_site.home_fr.locale).specific
        assert getattr(italian, f"{image_field}_id"), italian
        # The picture is a fact (the same in both languages), its description is translated.
        assert getattr(french, f"{image_field}_id") == getattr(italian, f"{image_field}_id")
        it_alt, fr_alt = getattr(italian, alt_field), getattr(french, alt_field)
        assert it_alt and fr_alt and it_alt != fr_alt, italian
        assert it_alt.startswith(("Illustrazione", "Cartello")), it_alt
        assert fr_alt.startswith(("Illustration", "Carton")), fr_alt


def test_lists_and_home_have_a_picture_for_sharing(demo_site):
    for key in ("home", "projects", "news-index:site", "video-index:site"):
        for language in ("it", "fr"):
            page = demo_site.page(key, language)
            assert page.listing_image_id and page.listing_image_alt, (key, language)


def test_every_partner_has_a_logo_and_the_label_a_badge(demo_site):
    partners = Partner.objects.all()
    assert partners.count() == 18
    for partner in partners:
        assert partner.logo_id, partner
        assert partner.logo.file.name.endswith(".png")
    for label in LabelPage.objects.all():
        assert label.badge_id and label.badge.file.name.endswith(".png")


def test_illustrations_are_light_jpegs_of_16_by_10(demo_site):
    images = get_image_model().objects.filter(title__startswith="Illustrazione demo")
    assert images.count() >= 25
    for image in images:
        assert (image.width, image.height) == (1600, 1000)
        assert image.file.name.endswith(".jpg")
        assert image.file.size < 200 * 1024, image


def test_a_second_load_uploads_nothing(demo_site):
    before = get_image_model().objects.count()
    run_load_demo()
    assert get_image_model().objects.count() == before


def test_drawing_is_deterministic():
    scene = pictures.Scene("test", "dusk", lake=True, motif="people")
    first = pictures.illustration_bytes(scene)
    pictures.illustration_bytes.cache_clear()
    assert pictures.illustration_bytes(scene) == first
    with PillowImage.open(io.BytesIO(first)) as image:
        assert image.format == "JPEG" and image.size == (1600, 1000)
    assert pictures.logo_bytes("RP", "#1f5fa8") == pictures.logo_bytes.__wrapped__("RP", "#1f5fa8")
    assert pictures.badge_bytes() == pictures.badge_bytes.__wrapped__()


@pytest.mark.parametrize(
    "motif", ["", "villages", "people", "youth", "seniors", "women", "health", "bridge", "talk"]
)
def test_every_motif_draws_in_every_light(motif):
    for light in pictures.LIGHTS:
        assert pictures.Painter(pictures.Scene("motif", light, lake=motif == "people", motif=motif)).paint()
