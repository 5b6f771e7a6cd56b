"""A translator's path in the real admin: log in, open the overview from the
dashboard, find the page that is missing in French and start its translation; the
French page is a draft that no visitor sees until it goes through publication."""

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.models import UserProfile

from home.models import ContentPage
from news.models import NewsIndexPage, NewsPage
from tests.support.browser import log_in
from tests.support.news import new_list_with_news
from tests.support.pages import publish
from translations.roles import TRANSLATORS, setup_roles

pytestmark = pytest.mark.browser


def missing_in_french(page, live_server):
    """Claire, a translator into French, logs in and opens the overview from the dashboard,
    filtered to the pages missing in French."""
    setup_roles()
    user = get_user_model().objects.create_user("claire", password="mot-de-passe-long")
    user.groups.add(Group.objects.get(name=TRANSLATORS["fr"]))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    log_in(page, live_server.url, "claire", "mot-de-passe-long")
    page.get_by_role("link", name="Ouvrir le tableau des traductions").click()
    page.get_by_label("État").select_option("missing")
    page.get_by_label("Vers").select_option("fr")
    page.get_by_role("button", name="Afficher", exact=True).click()
    return page


def test_translator_finds_and_starts_a_missing_translation(browser_page, live_server, live_demo_site):
    source = publish(live_demo_site.home_it, ContentPage(title="Note legali", slug="note-legali"))

    page = missing_in_french(browser_page, live_server)
    rows = page.locator("tr.translation-row")
    expect(rows).to_have_count(1)
    expect(rows.first.locator("th").first).to_have_text("Note legali")

    rows.first.get_by_role("link", name="Traduire").click()
    page.wait_for_url("**/admin/localize/submit/page/**")
    page.get_by_label("Français").check()
    page.get_by_role("button", name="Soumettre").click()
    # wagtail-localize opens the French draft in its translation editor.
    page.wait_for_url("**/admin/pages/*/edit/")

    french = ContentPage.objects.get(translation_key=source.translation_key, locale__language_code="fr")
    assert not french.live
    visitor = page.context.browser.new_page()
    response = visitor.goto(f"{live_server.url}{french.get_url()}")
    assert response.status == 404
    visitor.goto(f"{live_server.url}/fr/")
    expect(visitor.get_by_text("Note legali")).to_have_count(0)
    assert "Note legali" not in visitor.goto(f"{live_server.url}/sitemap-pages.xml").text()
    visitor.close()


def test_translating_a_page_under_an_untranslated_list_makes_draft_translations(
    browser_page, live_server, live_demo_site
):
    """A news item in a project's new news list, neither translated: the translator's
    Translate makes both French pages drafts to translate; no alias, nothing public."""
    news_list, item = new_list_with_news(live_demo_site.page("project:senior"))

    page = missing_in_french(browser_page, live_server)
    row = page.locator("tr.translation-row", has_text="Senior: la prima giornata di scambio")
    row.get_by_role("link", name="Traduire").click()
    page.get_by_label("Français").check()
    page.get_by_role("button", name="Soumettre").click()
    page.wait_for_url("**/admin/pages/*/edit/")

    french_list = NewsIndexPage.objects.get(
        translation_key=news_list.translation_key, locale__language_code="fr"
    )
    french_item = NewsPage.objects.get(translation_key=item.translation_key, locale__language_code="fr")
    assert french_list.alias_of_id is None and not french_list.live and not french_item.live
    # The list is work to do, shown as such in the overview.
    page.goto(f"{live_server.url}/admin/translations/?language=fr&state=in_progress")
    expect(page.locator("tr.translation-row", has_text="Notizie Senior")).to_have_count(1)
    visitor = page.context.browser.new_page()
    for url in (french_list.get_url(), french_item.get_url()):
        assert visitor.goto(f"{live_server.url}{url}").status == 404
    visitor.close()
