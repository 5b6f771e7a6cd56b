"""Several Wagtail sites on one instance (one domain per plan or programme): a site's
site-wide lists, feeds and search show its own pages only."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Page, Site

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.support.news import BODY
from tests.support.pages import publish

OTHER_HOST = "graies.example"


@pytest.fixture
def other_site(demo_site):
    """A second site, in Italian, with its own news list and one news item."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="PITER GRAIES LAB", slug="graies-home"))
    news_index = publish(home, NewsIndexPage(title="Notizie GRAIES", slug="notizie"))
    item = publish(news_index, NewsPage(title="Tramontana sul Moncenisio", slug="tramontana", body=BODY))
    Site.objects.create(hostname=OTHER_HOST, port=80, root_page=home, site_name="GRAIES")
    return news_index, item


def test_a_site_wide_news_list_and_feed_show_their_own_site_only(client, demo_site, other_site):
    other_index, other_item = other_site
    ours = demo_site.page("news-index:site")
    ours_text = client.get(ours.url).content.decode() + client.get(ours.url + "feed/").content.decode()
    assert other_item.title not in ours_text
    theirs = client.get("/it/notizie/", HTTP_HOST=OTHER_HOST)
    assert theirs.status_code == 200
    assert other_item.title in theirs.content.decode()
    assert demo_site.page("news:care-alcotra-jeunes").title not in theirs.content.decode()
    assert other_item.title in client.get("/it/notizie/feed/", HTTP_HOST=OTHER_HOST).content.decode()


def test_search_stays_in_the_site_asked_for(client, demo_site, other_site):
    _index, other_item = other_site
    ours = client.get("/it/search/", {"q": "Tramontana"}).content.decode()
    assert other_item.title not in ours
    theirs = client.get("/it/search/", {"q": "Tramontana"}, HTTP_HOST=OTHER_HOST).content.decode()
    assert other_item.title in theirs
    response = client.get("/it/search/", {"q": "CARE"}, HTTP_HOST=OTHER_HOST)
    assert BeautifulSoup(response.content, "html.parser").select(".search-results a") == []


def test_the_footer_links_stay_in_the_site_asked_for(client, demo_site, other_site):
    """The other site has no accessibility statement and no projects: its footer links
    to no statement of ours (a 404 on its domain) and shows none of our partners,
    whichever site was visited first (the statement's link is cached per site)."""
    theirs = soup(client.get("/it/notizie/", HTTP_HOST=OTHER_HOST))
    ours = soup(client.get(demo_site.page("news-index:site").url))
    assert theirs.select(".footer-accessibility a") == []
    assert theirs.select(".site-footer__partners img") == []
    statement = ours.select_one(".footer-accessibility a")["href"]
    assert client.get(statement).status_code == 200
    assert ours.select(".site-footer__partners img")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")
