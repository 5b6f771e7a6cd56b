"""News lists show cards (picture, date, the plan or project as kicker); an article says
which plan or project it belongs to, above its title."""

import pytest
from bs4 import BeautifulSoup

from news.models import NewsPage

LANGUAGES = ["it", "fr"]


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_list_shows_a_thumbnail_for_items_with_a_picture(client, demo_site, language):
    cards = soup(client, demo_site.page("news-index:site", language).url).select(".cards .card")
    assert cards
    by_url = {news.url: news for news in NewsPage.objects.live().filter(locale__language_code=language)}
    pictured = 0
    for card in cards:
        news = by_url[card.select_one(".card__title a")["href"]]
        assert bool(card.select(".card__media img")) == bool(news.card_image)
        assert card.select_one(".card__meta time")["datetime"] == news.date.isoformat()
        pictured += bool(news.card_image)
    assert pictured, "the demo's news have pictures"


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_list_names_the_project_of_each_item(client, demo_site, language):
    care = demo_site.page("project:care", language)
    item = demo_site.page("news:care-alcotra-jeunes", language)
    cards = soup(client, demo_site.page("news-index:site", language).url).select(".cards .card")
    card = next(card for card in cards if card.select_one(".card__title a")["href"] == item.url)
    assert card.select_one(".card__kicker").get_text(strip=True) == care.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_article_names_its_project_above_its_title_with_its_image(client, demo_site, language):
    care = demo_site.page("project:care", language)
    item = demo_site.page("news:care-alcotra-jeunes", language)
    page = soup(client, item.url)

    about = page.select_one(".news-page__about")
    assert about.find_next_sibling("h1").get_text(strip=True) == item.title
    assert about.select_one("a")["href"] == care.url
    assert about.select_one("a").get_text(strip=True) == care.title
    if item.image_id:
        assert page.select_one(".news-page__image img")["alt"] == item.image_alt
    assert page.select_one("time")
