"""Plan and project pages connect to their news, videos, actions, partners and labels; the
catalogue and the label list show cards with pictures; on a phone the catalogue's filters
fold under a line that counts them."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import freshness
from news.models import NewsPage
from tests.support.news import add_news
from tests.support.wording import said

LANGUAGES = ["it", "fr"]


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section(page, name):
    return page.select_one(f"#{name}-title").find_parent("section")


def card_titles(element):
    return [a.get_text(strip=True) for a in element.select(".card__title a")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_page_shows_its_three_latest_news_and_links_to_them_all(client, demo_site, language):
    care = demo_site.page("project:care", language)
    latest = NewsPage.objects.live().descendant_of(care).order_by("-date", "-first_published_at")[:3]
    news = section(soup(client, care.url), "news")

    assert card_titles(news) == [item.title for item in latest]
    assert len(news.select(".card time")) == 3
    assert len(news.select(".card__media img")) == sum(1 for item in latest if item.card_image)
    assert news.select_one("h2").get_text(strip=True) == said("%(name)s: latest news", language, name="CARE")
    more = news.select_one(".section__more")
    assert more.get_text(strip=True) == said("All news", language)
    assert more["href"] == demo_site.page("news-index:care", language).url


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_page_shows_its_video_and_links_to_the_video_list(client, demo_site, language):
    coor_com = demo_site.page("project:coor-com", language)
    video = demo_site.page("video:coor-com-students", language)
    videos = section(soup(client, coor_com.url), "videos")

    assert card_titles(videos) == [video.title]
    assert said("Duration %(duration)s", language, duration=video.duration_display) in videos.get_text()
    more = videos.select_one(".section__more")
    assert more.get_text(strip=True) == said("All videos", language)
    assert more["href"] == demo_site.page("video-index:coor-com", language).url


@pytest.mark.parametrize("language", LANGUAGES)
def test_plan_page_shows_its_projects_news_too(client, demo_site, language):
    plan = demo_site.page("plan:pro-sol", language)
    coor_com_news = demo_site.page("news-index:coor-com", language)
    item = add_news(coor_com_news, f"COOR-COM {language}: ultima notizia", date(2030, 1, 1))

    page = soup(client, plan.url)

    assert card_titles(section(page, "news"))[0] == item.title
    projects = section(page, "projects")
    shown = list(plan.projects())
    assert card_titles(projects) == [project.title for project in shown]
    assert len(projects.select(".card__media img")) == sum(1 for project in shown if project.listing_image_id)
    assert projects.select(".card .status")


def test_a_plans_latest_news_are_kept_until_a_page_is_published(client, demo_site):
    """The latest news and videos reach across the plan's tree: drawn once per change of
    the public content, and a news item published in one of its projects shows at once."""
    plan = demo_site.page("plan:pro-sol")
    soup(client, plan.url)
    freshness.renew()
    with CaptureQueriesContext(connection) as drawn:
        soup(client, plan.url)
    with CaptureQueriesContext(connection) as kept:
        before = card_titles(section(soup(client, plan.url), "news"))
    assert len(kept) <= len(drawn) - 4

    item = add_news(demo_site.page("news-index:coor-com"), "COOR-COM: notizia di oggi", date(2099, 3, 4))
    assert card_titles(section(soup(client, plan.url), "news")) == [item.title, *before[:2]]
    item.unpublish()
    assert card_titles(section(soup(client, plan.url), "news")) == before


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_page_shows_its_actions_with_their_status(client, demo_site, language):
    care = demo_site.page("project:care", language)
    action = demo_site.page("action:care:prevention", language)
    actions = section(soup(client, care.url), "actions")

    card = next(
        card for card in actions.select(".card") if card.select_one(".card__title a")["href"] == action.url
    )
    assert card.select_one(".status").get_text(strip=True) == str(action.get_status_display())


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_page_shows_partner_logos_lower_than_the_eu_emblem(client, demo_site, language):
    care = demo_site.page("project:care", language)
    partners = section(soup(client, care.url), "partners")
    rows = partners.select(".partner-list__item")
    links = list(care.project_partners.select_related("partner"))

    assert len(rows) == len(links)
    assert "partners__lead" in rows[0]["class"]
    logos = partners.select(".partner-list__logo img")
    assert len(logos) == sum(1 for link in links if link.partner.logo_id)
    assert logos, "the demo's partners have logos"
    for logo in logos:
        assert int(logo["height"]) <= 48
        assert logo["alt"] == ""  # the name beside it says whose it is


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_page_shows_its_picture_and_label_badge(client, demo_site, language):
    care = demo_site.page("project:care", language)
    label = demo_site.page("label:alcotra-jeunes", language)
    page = soup(client, care.url)

    if care.listing_image_id:
        assert page.select_one(".page-picture img")["alt"] == care.listing_image_alt
    labels = section(page, "labels")
    assert labels.select_one("a")["href"] == label.url
    assert bool(labels.select(".label-list__badge")) == bool(label.badge_id)


@pytest.mark.parametrize("language", LANGUAGES)
def test_label_list_and_label_page_show_the_badge(client, demo_site, language):
    label = demo_site.page("label:alcotra-jeunes", language)
    assert label.badge_id, "the demo's label has a badge"

    cards = soup(client, demo_site.page("labels", language).url).select(".card")
    assert card_titles(cards[0]) == [label.title]
    assert cards[0].select_one(".card__badge img")
    awarded = {
        "it": "Assegnato dal Consiglio dei giovani ALCOTRA.",
        "fr": "Décerné par le Conseil des jeunes ALCOTRA.",
    }
    assert " ".join(cards[0].select_one(".card__meta").get_text().split()) == awarded[language]
    assert soup(client, label.url).select_one("img.label__badge")


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_cards_show_picture_acronym_status_and_period(client, demo_site, language):
    care = demo_site.page("project:care", language)
    page = soup(client, demo_site.page("projects", language).url)
    card = next(
        card for card in page.select(".catalogue__results .card") if card_titles(card) == [care.title]
    )

    assert card.select_one(".card__media img")
    assert card.select_one(".status").get_text(strip=True) == str(care.get_status_display())
    assert card.select_one(".card__meta time")["datetime"] == care.start_date.isoformat()


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_filters_fold_under_a_summary_that_counts_them(client, demo_site, language):
    catalogue = demo_site.page("projects", language)

    plain = soup(client, catalogue.url)
    filters = plain.select_one("details.catalogue__filters")
    assert filters.select_one("summary").get_text(strip=True) == said("Filters", language)
    assert not filters.has_attr("open")  # the results come first
    assert not plain.select(".catalogue__results .section__more")

    filtered = soup(client, catalogue.url + "?status=closed&period=2014-2020&period=nonsense")
    summary = filtered.select_one("details.catalogue__filters summary").get_text(strip=True)
    expected = said(
        "Filters (%(counter)s active)", language, plural="Filters (%(counter)s active)", count=2, counter=2
    )
    assert summary == expected
    remove = filtered.select_one(".catalogue__results .section__more")
    assert remove.get_text(strip=True) == said("Remove filters", language)
    assert remove["href"] == catalogue.url
    assert all(box.find_parent("label", class_="choice") for box in filtered.select("input[type=checkbox]"))


def test_catalogue_filters_open_when_nothing_matches(client, demo_site):
    catalogue = demo_site.page("projects", "it")
    page = soup(client, catalogue.url + "?status=planned&status=closed&period=2021-2027&plan=pitem-pro-sol")
    if page.select(".catalogue__results .card"):
        pytest.skip("the demo has a project matching these filters")
    assert page.select_one("details.catalogue__filters").has_attr("open")
