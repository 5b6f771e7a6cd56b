"""A visitor browses the catalogue, plans, projects, actions, labels, news and videos in
Chromium; every page passes axe-core's WCAG 2.x A/AA rules."""

import pytest

from tests.support.axe import assert_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("language", "filter_label", "apply"),
    [
        ("it", "Servizi di prossimità", "Applica i filtri"),
        ("fr", "Services de proximité", "Appliquer les filtres"),
    ],
)
def test_catalogue_filters_without_javascript_and_project_pages(
    chromium, live_server, live_demo_site, language, filter_label, apply
):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        catalogue = live_demo_site.page("projects", language)
        page.goto(live_server.url + catalogue.url)
        assert page.locator(".catalogue__results .card__title").count() == 7
        page.locator(".catalogue__toggle").click()  # on a phone the filters are folded
        page.get_by_label(filter_label).check()
        page.get_by_role("button", name=apply).click()
        assert page.locator(".catalogue__results .card__title").all_inner_texts() == ["SociaLab"]

        page.get_by_role("link", name="SociaLab").click()
        assert page.locator("h1").inner_text() == "SociaLab"
        page.locator("a[rel=next]").click()
        assert page.locator("h1").inner_text() == "CARE"
    finally:
        context.close()


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_page_type_is_accessible(browser_page, live_server, live_demo_site, language):
    for key in (
        "projects",
        "plan:pro-sol",
        "project:coor-com",
        "action:coor-com:governance",
        "project:care",
        "labels",
        "label:alcotra-jeunes",
        "news-index:site",
        "news:care-alcotra-jeunes",
        "video-index:site",
        "video:coor-com-students",
        "accessibility",
    ):
        page = live_demo_site.page(key, language)
        check_page(browser_page, live_server.url + page.url, language)
    home = live_demo_site.home_it if language == "it" else live_demo_site.home_fr
    about = live_demo_site.about_it if language == "it" else live_demo_site.about_fr
    catalogue = live_demo_site.page("projects", language)
    for url in (
        home.url,
        about.url,
        catalogue.url + "?period=2014-2020&country=IT",  # filters applied
        f"/{language}/search/?q=ALCOTRA",
    ):
        check_page(browser_page, live_server.url + url, language)


def check_page(browser_page, url, language):
    response = browser_page.goto(url)
    assert response.status == 200, url
    assert browser_page.locator("html").get_attribute("lang") == language
    assert_accessible(browser_page)
