"""Every page type: renderable, editable and previewable in both languages; images from the agreed sizes."""

import re

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from home.models import ContentPage
from tests.support.demo import DEMO_KEYS
from tests.support.paths import ROOT


@pytest.fixture
def superuser(client, db):
    user = get_user_model().objects.create_superuser("chief-editor", password="pw")
    client.force_login(user)
    return user


@pytest.mark.parametrize("language", ["it", "fr"])
@pytest.mark.parametrize("model_name", sorted(DEMO_KEYS))
def test_page_type_is_renderable_editable_and_previewable(
    client, rf, demo_site, superuser, model_name, language
):
    page = demo_site.page(DEMO_KEYS[model_name], language)
    assert type(page).__name__ == model_name

    response = client.get(page.url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True)

    # The source opens in the page editor, the translation in wagtail-localize's editor.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200

    request = rf.get("/", HTTP_HOST="localhost")
    request.user = superuser
    preview = page.serve_preview(request, page.default_preview_mode)
    assert preview.status_code == 200
    assert f'<html lang="{language}">' in preview.content.decode()


def test_demo_covers_every_public_page_type():
    from wagtail.models import get_page_models

    ours = {model.__name__ for model in get_page_models() if model.__module__.split(".")[0] != "wagtail"}
    assert ours == set(DEMO_KEYS)


# The renditions templates may ask for: a small agreed set keeps the image cache small
# and the HTML predictable (bedrock does the same in test_template_markup.py).
AGREED_FILTERS = {
    "format-{avif,webp,jpeg} width-{400,800,1200}",
    "format-{avif,webp,jpeg} fill-{400x225,800x450}",
    "max-200x200",
    "width-1200 format-jpeg",
    "fill-1200x630 format-jpeg",  # the social card image (cms/templatetags/cms_seo.py)
}


def test_templates_use_only_agreed_renditions():
    used = set()
    for template in (ROOT / "templates").rglob("*.html"):
        for tag in re.findall(
            r"{%\s*(?:picture|image)\s+\S+\s+(.*?)(?:\s+\w+=|\s+as\s|\s*%})", template.read_text()
        ):
            used.add(tag.strip())
    assert used <= AGREED_FILTERS, used - AGREED_FILTERS


def test_body_image_is_responsive_with_alt_text_from_the_page(client, demo_site):
    from wagtail.images.models import Image

    image = Image.objects.create(title="Valle Stura", file=get_test_image_file(size=(1600, 900)))
    page = ContentPage(
        title="Galleria",
        slug="galleria",
        body=[
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "decorative": False, "alt_text": "Un villaggio di montagna"},
                    "caption": "Valle Stura, 2023",
                },
            }
        ],
    )
    demo_site.home_it.add_child(instance=page)
    page.save_revision().publish()

    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    picture = html.select_one("figure.block-image picture")
    types = [source["type"] for source in picture.select("source")]
    assert types == ["image/avif", "image/webp"]
    assert picture.img["alt"] == "Un villaggio di montagna"
    assert len(picture.img["srcset"].split(",")) == 3
    assert html.select_one("figure.block-image figcaption").get_text(strip=True) == "Valle Stura, 2023"
    assert Page.objects.filter(pk=page.pk).exists()
