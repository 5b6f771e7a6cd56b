"""A visitor on a phone reads the site in Italian, switches to French, and back,
and each page passes axe-core's WCAG 2.x A/AA rules."""

import pytest

from tests.support.axe import assert_accessible

pytestmark = pytest.mark.browser


def test_switch_language_on_home_and_about(browser_page, live_server, live_demo_site):
    page = browser_page
    page.goto(f"{live_server.url}/it/")
    assert page.locator("html").get_attribute("lang") == "it"
    assert page.locator("h1").inner_text() == "Progetti transfrontalieri ALCOTRA"
    assert_accessible(page)

    page.get_by_role("navigation", name="Lingua").get_by_role("link", name="Français").click()
    page.wait_for_url(f"{live_server.url}/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == "Projets transfrontaliers ALCOTRA"
    assert_accessible(page)

    # On a phone the pages of the menu are behind its button.
    page.locator("summary.site-menu__toggle").click()
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Qui sommes-nous").click()
    page.wait_for_url(f"{live_server.url}/fr/a-propos/")
    assert_accessible(page)

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="Italiano").click()
    page.wait_for_url(f"{live_server.url}/it/chi-siamo/")
    assert page.locator("h1").inner_text() == "Chi siamo"
    assert_accessible(page)


def test_skip_link_moves_focus_to_the_content(browser_page, live_server, live_demo_site):
    page = browser_page
    page.goto(f"{live_server.url}/fr/a-propos/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Aller au contenu principal")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible(), "the skip link appears when it has focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_root_follows_the_browser_language(chromium, live_server, live_demo_site):
    context = chromium.new_context(locale="fr-FR")
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/")
        assert page.url == f"{live_server.url}/fr/"
    finally:
        context.close()


def test_404_page_is_accessible_and_localized(browser_page, live_server, live_demo_site):
    page = browser_page
    response = page.goto(f"{live_server.url}/de/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Pagina non trovata"
    assert_accessible(page)
