"""EU visibility: the emblem drawn to the official construction, the programme's block
once in every page's header (with the acronym on plan and project pages), and the
Article 50 warning that editors get when a published project page leaves out what the
EU asks it to state."""

import math
from datetime import date

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from django.urls import reverse

from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import rich_text, streamfield

from projects.models import ActionPage
from tests.support.admin import post_edit, project_form
from tests.support.pages import publish
from tests.support.paths import ROOT
from tests.support.users import make_user
from tests.support.wording import said

EMBLEM = ROOT / "static" / "img" / "eu-emblem.svg"
SVG = "{http://www.w3.org/2000/svg}"

# The EU visual identity's wording; the catalogs may write the apostrophe typographically.
STATEMENT = {"it": "Cofinanziato dall'Unione europea", "fr": "Cofinancé par l'Union européenne"}


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def plain(text):
    return " ".join(text.replace("\u2019", "'").split())


def points(polygon):
    return [tuple(map(float, pair.split(","))) for pair in polygon.get("points").split()]


def test_emblem_follows_the_official_construction():
    svg = ElementTree.parse(EMBLEM).getroot()
    assert svg.get("role") == "img"
    title = svg.find(f"{SVG}title")
    assert title.text == "Emblem of the European Union"
    assert svg.get("aria-labelledby") == title.get("id")
    _x, _y, width, height = map(float, svg.get("viewBox").split())
    assert width / height == 1.5

    rect = svg.find(f"{SVG}rect")
    assert (float(rect.get("width")), float(rect.get("height"))) == (width, height)
    assert rect.get("fill") == "#003399"

    stars = svg.findall(f".//{SVG}polygon")
    assert len(stars) == 12
    hours = set()
    for star in stars:
        assert star.get("fill") == "#FFCC00"
        corners = points(star)
        assert len(corners) == 10  # five points, five inner corners
        cx = sum(x for x, _ in corners) / 10
        cy = sum(y for _, y in corners) / 10
        # Centred on the invisible circle of radius h/3 around the flag's centre...
        assert math.dist((cx, cy), (width / 2, height / 2)) == pytest.approx(height / 3, abs=0.01)
        # ...at a clock hour...
        angle = math.degrees(math.atan2(cx - width / 2, height / 2 - cy)) % 360
        assert angle / 30 == pytest.approx(round(angle / 30), abs=1e-3)
        hours.add(round(angle / 30) % 12)
        # ...each star inscribed in a circle of radius h/18, one point straight up.
        radii = [math.dist((x, y), (cx, cy)) for x, y in corners]
        assert max(radii) == pytest.approx(height / 18, abs=0.01)
        top = min(corners, key=lambda corner: corner[1])
        assert top[0] == pytest.approx(cx, abs=0.01)
        assert math.dist(top, (cx, cy)) == pytest.approx(height / 18, abs=0.01)
    assert hours == set(range(12))


PROGRAMME = ("France–Italy ALCOTRA", "the programme's name under the Interreg wordmark")


def identity_blocks(html):
    return html.select(".eu-funding")


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_page_shows_the_programme_block_once_in_its_header(client, demo_site, language):
    """The harmonised Interreg block (emblem, statement in full, programme) opens every
    page, in its header, and appears nowhere else: plan and project pages included."""
    pages = [demo_site.home_it if language == "it" else demo_site.home_fr]
    keys = (
        "plan:pro-sol",
        "project:coor-com",
        "project:care",
        "news:care-alcotra-jeunes",
        "video-index:site",
    )
    pages += [demo_site.page(key, language) for key in keys]
    responses = [client.get(page.url) for page in pages]
    responses.append(client.get(f"/{language}/search/", {"q": "CARE"}))
    responses.append(client.get(f"/{language}/nowhere/"))
    for response in responses:
        html = BeautifulSoup(response.content, "html.parser")
        blocks = identity_blocks(html)
        assert len(blocks) == 1, response.request["PATH_INFO"]
        block = blocks[0]
        assert block.find_parent("header", class_="site-header")
        emblem = block.select_one("img.eu-funding__emblem")
        assert emblem["src"].endswith("img/eu-emblem.svg")
        assert emblem["alt"] == said("Emblem of the European Union", language)
        assert (emblem["width"], emblem["height"]) == ("72", "48")
        assert plain(block.select_one(".eu-funding__statement").get_text()) == STATEMENT[language]
        assert block.select_one(".eu-funding__interreg").get_text(strip=True) == "Interreg"
        programme = block.select_one(".eu-funding__programme").get_text(strip=True)
        assert programme == said(*PROGRAMME[:1], language, context=PROGRAMME[1])
        assert "ALCOTRA" in programme


@pytest.mark.parametrize("language", ["it", "fr"])
def test_plan_and_project_pages_add_their_acronym_to_the_block(client, demo_site, language):
    for key in ("plan:pro-sol", "project:coor-com", "project:care"):
        page = demo_site.page(key, language)
        block = identity_blocks(soup(client.get(page.url)))[0]
        assert block.select_one(".eu-funding__project").get_text(strip=True) == page.acronym
    news = soup(client.get(demo_site.page("news:care-alcotra-jeunes", language).url))
    assert not news.select(".eu-funding__project")


def test_emblem_is_served(client, db):
    response = client.get("/static/img/eu-emblem.svg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")


# Article 50 of Regulation (EU) 2021/1060: aims, results once closed, EU support.
AIMS = "the project's aims (objectives)"
RESULTS = "its results, now that the project is closed"
SUPPORT = "the EU financial support (the ERDF co-financing)"
WARNING = (
    "Published, but this project page does not yet state what Article 50 of Regulation "
    "(EU) 2021/1060 asks of the project's website: %(missing)s."
)


def publish_through_editor(client, page, **changes):
    data = project_form(page, **changes)
    data["action-publish"] = "action-publish"
    response = post_edit(client, page, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return [item.get_text(" ", strip=True) for item in soup(client.get(response.url)).select(".messages li")]


def article_50_warning(missing, language):
    items = "; ".join(said(item, language) for item in missing)
    return " ".join(said(WARNING, language, missing=items).split())


def test_publishing_without_aims_results_and_support_warns_in_the_editors_language(client, demo_site):
    client.force_login(make_user("officer-it", superuser=True, language="it"))
    page = demo_site.page("project:coor-com")  # closed since 2023
    shown = publish_through_editor(
        client, page, objectives=rich_text(""), results=rich_text(""), erdf_amount=""
    )

    assert article_50_warning([AIMS, RESULTS, SUPPORT], "it") in shown
    # Published all the same.
    page.refresh_from_db()
    assert page.live and page.erdf_amount is None and not page.has_unpublished_changes


def test_an_ongoing_project_owes_no_results_yet(client, demo_site):
    client.force_login(make_user("officer-it", superuser=True, language="it"))
    page = demo_site.page("project:coor-com")
    shown = publish_through_editor(
        client, page, end_date=date(2099, 12, 31).isoformat(), results=rich_text(""), erdf_amount=""
    )
    assert article_50_warning([SUPPORT], "it") in shown


def test_no_warning_when_everything_is_stated(client, demo_site):
    client.force_login(make_user("officer-it", superuser=True, language="it"))
    page = demo_site.page("project:coor-com")
    publish(
        page,
        ActionPage(
            title="Bilancio finale",
            slug="bilancio-finale",
            status=ActionPage.Status.DONE,
            results=[("paragraph", RichText("<p>Dodici incontri transfrontalieri.</p>"))],
        ),
    )
    shown = publish_through_editor(client, page, body=streamfield([]))
    assert len(shown) == 1  # "published", and nothing else
    assert "2021/1060" not in shown[0]


def test_saving_a_draft_does_not_warn(client, demo_site):
    client.force_login(make_user("officer-it", superuser=True, language="it"))
    page = demo_site.page("project:coor-com")
    response = post_edit(client, page, project_form(page, erdf_amount=""))
    assert response.status_code == 302
    shown = soup(client.get(response.url)).select(".messages li")
    assert not [item for item in shown if "2021/1060" in item.get_text()]
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in response.url


@pytest.mark.parametrize("language", ["it", "fr"])
def test_a_closed_project_states_its_aims_and_results_in_the_readers_language(client, demo_site, language):
    page = demo_site.page("project:coor-com", language)
    html = soup(client.get(page.url))
    assert html.select_one("#objectives-title").get_text(strip=True) == said("Objectives", language)
    assert html.select_one("#results-title").get_text(strip=True) == said("Results", language)
    assert page.objectives and page.results
    assert BeautifulSoup(page.results, "html.parser").get_text() in html.get_text()
