"""A visitor on a phone reads the news, filters them with the form (no JavaScript needed),
opens one, and each page passes axe-core's WCAG 2.x A/AA rules."""

from datetime import date

import pytest

from news.models import NewsRelatedPage
from tests.support.axe import assert_accessible
from tests.support.news import add_five_news, add_news, build_tree

pytestmark = pytest.mark.browser


@pytest.fixture
def news_site(live_demo_site):
    tree = build_tree(live_demo_site)
    news = add_five_news(tree)
    news.coor_com_a.summary = "I partner si sono incontrati a Cuneo."
    news.coor_com_a.related_pages.add(NewsRelatedPage(page=tree.care))
    news.coor_com_a.save_revision().publish()
    for day in range(1, 11):
        add_news(tree.site_index, f"Notizia {day:02d}", date(2022, 2, day))
    return tree, news


def test_news_index_and_page_are_accessible(browser_page, live_server, news_site):
    tree, news = news_site
    page = browser_page
    page.goto(f"{live_server.url}{tree.site_index.url}")
    assert page.locator("h1").inner_text() == "Notizie"
    assert page.locator("article").count() == 10
    assert_accessible(page)

    # Filter with the form alone: choose a project, submit.
    page.locator("select[name=about]").select_option("coor-com-prova")
    page.locator("form.news-filters button[type=submit]").click()
    page.wait_for_url("**about=coor-com-prova**")
    assert page.locator("article h2").all_inner_texts() == ["Incontro a Nizza", "Seminario a Cuneo"]
    assert_accessible(page)

    # A filter with no news says so.
    page.locator("select[name=year]").select_option("2019")
    page.locator("form.news-filters button[type=submit]").click()
    page.wait_for_url("**year=2019**")
    assert page.locator("article").count() == 0
    assert_accessible(page)

    page.goto(f"{live_server.url}{tree.site_index.url}?about=coor-com-prova")
    page.get_by_role("link", name="Seminario a Cuneo").click()
    page.wait_for_url(f"{live_server.url}{news.coor_com_a.url}")
    assert page.locator("h1").inner_text() == "Seminario a Cuneo"
    assert page.locator("time").get_attribute("datetime") == "2023-06-02"
    assert_accessible(page)


def test_second_page_of_news_is_accessible(browser_page, live_server, news_site):
    tree, _news = news_site
    page = browser_page
    page.goto(f"{live_server.url}{tree.site_index.url}")
    page.locator("nav.pagination a[rel=next]").click()
    page.wait_for_url("**page=2**")
    assert page.locator("article").count() == 5
    assert_accessible(page)
