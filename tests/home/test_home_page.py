"""The home page: composed by editors from home blocks, never empty when they did not.

Both languages are read from the demo site. An empty body (or one with text only, as the
demo's) shows lead, latest news, plans and projects, latest videos and the label."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from cms import freshness
from cms.cards import CARD_PICTURE
from home.models import ContentPage
from media.models import VideoPage
from news.models import NewsPage
from projects.models import PlanPage
from tests.support.admin import edit_form
from tests.support.news import add_news
from tests.support.pages import publish
from tests.support.paths import ROOT
from tests.support.users import make_user
from tests.support.wording import said

LANGUAGES = ("it", "fr")


def read(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section(html, heading):
    """The ``<section>`` whose h2 reads ``heading``."""
    for h2 in html.select("main section h2"):
        if h2.get_text(strip=True) == heading:
            return h2.find_parent("section")
    raise AssertionError(
        f"no section {heading!r} in {[h.get_text(strip=True) for h in html.select('main h2')]}"
    )


def card_titles(part):
    return [title.get_text(strip=True) for title in part.select(".card__title")]


def home(demo_site, language):
    return demo_site.home_it if language == "it" else demo_site.home_fr


def set_body(page, blocks):
    """Store ``blocks`` ((type, raw value) pairs) as the page's body, as the editor's form would."""
    page.body = [{"type": kind, "value": value} for kind, value in blocks]
    page.save()
    return page


def newest(model, language):
    return (
        model.objects.live()
        .filter(locale__language_code=language)
        .order_by("-date", "title", "pk")
        .values_list("title", flat=True)
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("body", ["empty", "demo text"])
def test_a_home_without_home_blocks_shows_every_section(client, demo_site, language, body):
    page = home(demo_site, language)
    if body == "empty":
        set_body(page, [])
    html = read(client, page)

    # The lead, from the page itself, holds the one h1.
    assert [h1.get_text(strip=True) for h1 in html.select("h1")] == [page.title]
    assert html.select_one(".home-lead h1")
    assert page.summary in html.select_one(".home-lead").get_text()

    news = section(html, said("Latest news", language))
    assert card_titles(news) == list(newest(NewsPage, language)[:3])
    assert news.select_one("a.section__more")["href"] == demo_site.page("news-index:site", language).url
    kickers = [kicker.get_text(strip=True) for kicker in news.select(".card__kicker")]
    assert "CARE" in kickers

    featured = card_titles(section(html, said("Plans and projects", language)))
    assert demo_site.page("plan:pro-sol", language).title in featured
    assert demo_site.page("project:care", language).title in featured

    videos = section(html, said("Latest videos", language))
    assert card_titles(videos)[0] == newest(VideoPage, language)[0]

    label = demo_site.page("label:alcotra-jeunes", language)
    badge = section(html, label.title)
    assert badge.select_one(f'a[href="{label.url}"]')
    assert badge.select_one(".home-label__count")

    # The sections come in the agreed order, the demo's own text right after the lead.
    order = [h2.get_text(strip=True) for h2 in html.select("main h2")]
    assert order == [
        said("Latest news", language),
        said("Plans and projects", language),
        said("Latest videos", language),
        label.title,
    ]
    if body == "demo text":
        assert html.select_one(".home-lead + .home-prose")


def test_a_composed_body_is_shown_in_the_editors_order(client, demo_site):
    page = set_body(
        demo_site.home_it,
        [
            ("label", {"heading": "Un label per i giovani", "label": None}),
            ("paragraph", "<p>Benvenuti sul sito.</p>"),
            ("latest_videos", {"heading": "", "count": 3}),
            ("latest_news", {"heading": "Dal territorio", "count": 4}),
        ],
    )
    html = read(client, page)

    # No lead: the page's title is the h1, and nothing automatic is added.
    assert [h1.get_text(strip=True) for h1 in html.select("h1")] == [page.title]
    assert not html.select(".home-lead")
    assert [h2.get_text(strip=True) for h2 in html.select("main h2")] == [
        "Un label per i giovani",
        said("Latest videos"),
        "Dal territorio",
    ]
    text = html.select_one("main").get_text()
    assert (
        text.index("Un label per i giovani")
        < text.index("Benvenuti sul sito.")
        < text.index("Dal territorio")
    )
    assert len(section(html, "Dal territorio").select(".card")) == 4
    assert said("Plans and projects") not in text


def test_a_chosen_page_is_shown_in_the_homes_language_or_left_out(client, demo_site):
    """wagtail-localize keeps the chosen pages of the source (a fact); each home shows
    their translation in its own language, and leaves out a page without one."""
    untranslated = publish(
        demo_site.home_it,
        ContentPage(title="Solo in italiano", slug="solo-in-italiano", summary="Una pagina."),
    )
    plan_it = demo_site.page("plan:pro-sol", "it")
    care_it = demo_site.page("project:care", "it")
    chosen = [("featured", {"heading": "In evidenza", "pages": [care_it.pk, untranslated.pk, plan_it.pk]})]
    set_body(demo_site.home_it, chosen)
    set_body(
        demo_site.home_fr,
        [("featured", {"heading": "À la une", "pages": [care_it.pk, untranslated.pk, plan_it.pk]})],
    )

    italian = section(read(client, demo_site.home_it), "In evidenza")
    assert card_titles(italian) == [care_it.title, "Solo in italiano", plan_it.title]

    french = section(read(client, demo_site.home_fr), "À la une")
    care_fr, plan_fr = demo_site.page("project:care", "fr"), demo_site.page("plan:pro-sol", "fr")
    assert card_titles(french) == [care_fr.title, plan_fr.title]
    assert [a["href"] for a in french.select(".card__title a")] == [care_fr.url, plan_fr.url]


def test_the_lead_picture_is_described_and_loaded_first(client, demo_site):
    image = Image.objects.create(title="Valle Stura", file=get_test_image_file(size=(1600, 1000)))
    about = demo_site.about_it
    page = set_body(
        demo_site.home_it,
        [
            (
                "lead",
                {
                    "heading": "Cooperare oltre il confine",
                    "text": "Progetti comuni tra Italia e Francia.",
                    "image": {"image": image.pk, "decorative": False, "alt_text": "Un villaggio sul lago"},
                    "page": about.pk,
                    "url": "",
                    "link_text": "Chi siamo",
                },
            ),
            ("latest_news", {"heading": "", "count": 3}),
        ],
    )
    html = read(client, page)
    assert [h1.get_text(strip=True) for h1 in html.select("h1")] == ["Cooperare oltre il confine"]
    picture = html.select_one(".home-lead picture")
    assert {source["type"] for source in picture.select("source")} == {"image/avif", "image/webp"}
    img = picture.select_one("img")
    assert img["alt"] == "Un villaggio sul lago"
    assert img["loading"] == "eager"
    assert img["fetchpriority"] == "high"
    assert img["width"] and img["height"]
    assert html.select_one(".home-lead a.button")["href"] == about.url


def test_a_lead_image_needs_a_description_or_to_be_marked_decorative(demo_site):
    from wagtail.blocks import StructBlockValidationError

    from home.blocks import LeadBlock

    image = Image.objects.create(title="Valle Stura", file=get_test_image_file())
    block = LeadBlock()
    value = block.to_python(
        {"heading": "ALCOTRA", "image": {"image": image.pk, "decorative": False, "alt_text": ""}}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
    decorative = block.to_python({"heading": "ALCOTRA", "image": {"image": image.pk, "decorative": True}})
    assert block.clean(decorative)


def test_translators_get_the_words_and_not_the_facts(demo_site):
    """Headings, the lead's text and image description are segments to translate; the
    number of news and the chosen pages are kept from the source."""
    image = Image.objects.create(title="Valle Stura", file=get_test_image_file())
    page = set_body(
        demo_site.home_it,
        [
            (
                "lead",
                {
                    "heading": "Cooperare oltre il confine",
                    "text": "Progetti comuni.",
                    "image": {"image": image.pk, "decorative": False, "alt_text": "Un villaggio"},
                    "link_text": "",
                },
            ),
            ("latest_news", {"heading": "Dal territorio", "count": 6}),
            ("featured", {"heading": "", "pages": [demo_site.page("plan:pro-sol").pk]}),
        ],
    )
    strings = {
        segment.string.render_text()
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
    }
    assert {"Cooperare oltre il confine", "Progetti comuni.", "Un villaggio", "Dal territorio"} <= strings
    assert "6" not in strings


def test_the_home_is_edited_and_reordered_in_the_admin(client, demo_site):
    page = set_body(
        demo_site.home_it,
        [
            ("latest_news", {"heading": "Notizie", "count": 3}),
            ("latest_videos", {"heading": "Video", "count": 3}),
        ],
    )
    client.force_login(make_user("redazione", superuser=True))
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(url).status_code == 200

    data = edit_form(client, page)
    # The editor drags the videos above the news.
    for name, value in list(data.items()):
        if name.startswith("body-") and name.endswith("-order"):
            data[name] = {"0": "1", "1": "0"}[value]
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:2000]
    page.refresh_from_db()
    saved = page.get_latest_revision_as_object().body
    assert [(child.block_type, child.value["heading"]) for child in saved] == [
        ("latest_videos", "Video"),
        ("latest_news", "Notizie"),
    ]


def test_cards_prefetch_the_renditions_the_card_template_asks_for():
    assert CARD_PICTURE in (ROOT / "templates" / "includes" / "card.html").read_text()


def test_plans_are_found_by_name_not_import(demo_site):
    """home names the page types it shows ("projects.PlanPage"): the automatic featured
    pages are the plans and projects, whatever the apps above home define."""
    from home.blocks import PLAN_AND_PROJECT_TYPES, page_models

    assert PlanPage in page_models(*PLAN_AND_PROJECT_TYPES)
    assert page_models("nowhere.Page") == []


def test_the_homes_sections_are_drawn_once_per_change_of_the_public_content(client, demo_site):
    """Every visitor's first page: its sections' queries run for the first visitor after a
    change, and a news item published shows on the home at once."""
    page = demo_site.home_it
    client.get(page.url)  # Wagtail's own caches (site root paths)
    freshness.renew()
    with CaptureQueriesContext(connection) as drawn:
        read(client, page)
    with CaptureQueriesContext(connection) as kept:
        read(client, page)
    assert len(kept) <= len(drawn) - 6

    add_news(demo_site.page("news-index:coor-com"), "Notizia appena pubblicata", date(2099, 1, 2))
    news = section(read(client, page), said("Latest news", "it"))
    assert card_titles(news)[0] == "Notizia appena pubblicata"
