"""The main menu and the breadcrumb, as a visitor reads them in each language."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Page

from tests.support.wording import said


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def menu(html):
    nav = html.select_one("header nav.main-menu")
    return [(a.get_text(strip=True), a["href"], a.get("aria-current")) for a in nav.select("a")]


def home_of(demo_site, language):
    return demo_site.home_it if language == "it" else demo_site.home_fr


@pytest.mark.parametrize("language", ["it", "fr"])
def test_menu_lists_the_home_pages_children_shown_in_menus(client, demo_site, language):
    home = home_of(demo_site, language)
    expected = [(child.title, child.url) for child in home.get_children().live().in_menu()]
    assert expected, "the demo shows some sections in the menu"
    entries = menu(soup(client.get(home.url)))
    assert entries[0] == (said("Home", language), home.url, "page")
    assert [(title, url) for title, url, _current in entries[1:]] == expected
    hidden = home.get_children().live().filter(show_in_menus=False).first()  # a legal page
    assert hidden is not None
    assert hidden.url not in [url for _title, url, _current in entries]


@pytest.mark.parametrize("language", ["it", "fr"])
def test_menu_marks_the_section_the_page_is_in(client, demo_site, language):
    catalogue = demo_site.page("projects", language)
    catalogue.show_in_menus = True
    catalogue.save_revision().publish()
    at_catalogue = dict((url, current) for _title, url, current in menu(soup(client.get(catalogue.url))))
    assert at_catalogue[catalogue.url] == "page"
    project = demo_site.page("project:care", language)
    inside = dict((url, current) for _title, url, current in menu(soup(client.get(project.url))))
    assert inside[catalogue.url] == "true"
    assert inside[home_of(demo_site, language).url] is None


def test_a_page_taken_out_of_the_menu_leaves_both_menus(client, demo_site):
    """ "Show in menus" is a fact of the page: taken out of the Italian source, it leaves
    the French menu too."""
    child = demo_site.home_it.get_children().live().in_menu().first().specific
    french = child.get_translation(demo_site.home_fr.locale)
    child.show_in_menus = False
    child.save_revision().publish()
    assert child.url not in [url for _title, url, _current in menu(soup(client.get(demo_site.home_it.url)))]
    assert french.url not in [url for _title, url, _current in menu(soup(client.get(demo_site.home_fr.url)))]


@pytest.mark.parametrize("language", ["it", "fr"])
def test_search_and_error_pages_have_the_menu_of_their_language(client, demo_site, language):
    home = home_of(demo_site, language)
    for response in (client.get(f"/{language}/search/", {"q": "CARE"}), client.get(f"/{language}/nowhere/")):
        html = BeautifulSoup(response.content, "html.parser")
        nav = html.select_one("header nav.main-menu")
        assert nav["aria-label"] == said("Main menu", language)
        assert nav.select_one("a")["href"] == home.url


@pytest.mark.parametrize("language", ["it", "fr"])
def test_breadcrumb_leads_from_home_to_the_page(client, demo_site, language):
    project = demo_site.page("project:coor-com", language)
    html = soup(client.get(project.url))
    crumb = html.select_one("main nav.breadcrumb")
    assert crumb["aria-label"] == said("Breadcrumb", language)
    links = [(a.get_text(strip=True), a["href"]) for a in crumb.select("a")]
    ancestors = Page.objects.ancestor_of(project).filter(depth__gte=2).order_by("depth")
    assert links == [
        (said("Home", language) if ancestor.depth == 2 else ancestor.title, ancestor.url)
        for ancestor in ancestors
    ]
    current = crumb.select_one("[aria-current=page]")
    assert current.get_text(strip=True) == project.title
    assert current.name != "a"


@pytest.mark.parametrize("language", ["it", "fr"])
def test_the_home_page_has_no_breadcrumb(client, demo_site, language):
    assert not soup(client.get(home_of(demo_site, language).url)).select("nav.breadcrumb")


def test_breadcrumb_and_structured_data_share_one_query(client, demo_site, django_assert_max_num_queries):
    """The visible trail and the JSON-LD trail read the same ancestors."""
    project = demo_site.page("project:coor-com", "it")
    client.get(project.url)
    with django_assert_max_num_queries(100) as captured:
        client.get(project.url)
    ancestor_queries = [q for q in captured.captured_queries if '"wagtailcore_page"."depth" >= 2' in q["sql"]]
    assert len(ancestor_queries) <= 1


def test_favicon_is_found_where_browsers_look(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    assert b"".join(icon.streaming_content if icon.streaming else [icon.content])[:4] == b"\x00\x00\x01\x00"


@pytest.mark.parametrize("language", ["it", "fr"])
def test_pages_declare_their_icons(client, demo_site, language):
    html = soup(client.get(home_of(demo_site, language).url))
    icons = {
        link["rel"][0] + ":" + link.get("type", ""): link["href"]
        for link in html.select("link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]")
    }
    assert any(href.endswith("favicon.svg") for href in icons.values())
    assert any(href.endswith("apple-touch-icon.png") for href in icons.values())
    for href in icons.values():
        assert client.get(href).status_code == 200, href


def test_a_section_behind_a_password_is_not_in_the_menu(client, demo_site):
    from wagtail.models import PageViewRestriction

    child = demo_site.home_it.get_children().live().in_menu().first()
    PageViewRestriction.objects.create(
        page=child, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    urls = [url for _title, url, _current in menu(soup(client.get(demo_site.home_it.url)))]
    assert child.url not in urls
    assert len(urls) >= 2  # the others stay
