import pytest
from tests.browser.test_news_browser import news_site  # noqa
pytestmark = pytest.mark.browser

def test_shot(browser_page, live_server, news_site):
    tree, news = news_site
    browser_page.goto(f"{live_server.url}{tree.site_index.url}")
    browser_page.screenshot(path="/tmp/news_index.png", full_page=True)
    browser_page.goto(f"{live_server.url}{news.coor_com_a.url}")
    browser_page.screenshot(path="/tmp/news_page.png", full_page=True)
    browser_page.goto(f"{live_server.url}{tree.site_index.url}?year=2019&about=care-prova")
    browser_page.screenshot(path="/tmp/news_empty.png", full_page=True)
