"""The French translator in wagtail-localize's editor, in Chromium: no Delete, Convert to
alias or Stop on offer; she translates each text, presses "Mark as ready" (the bar's main
action) and is told it is saved as a draft; visitors still find no French page.

Screenshots of the editor at 390 and 1280 px go to /tmp/editor-shots/ for a human look."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail_localize.models import Translation, TranslationSource

from home.models import ContentPage
from tests.support.browser import log_in, translate_in_editor
from tests.support.pages import publish
from tests.support.wording import said
from translations.roles import setup_roles

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/editor-shots")
TITLE_IT, TITLE_FR = "Note legali", "Mentions légales"
SUMMARY_IT = "Il sito è curato dai partner ALCOTRA."
SUMMARY_FR = "Le site est tenu par les partenaires ALCOTRA."
# The editor's tabs, and the Italian texts each shows, with their French.
TEXTS = {
    "Contenu": {TITLE_IT: TITLE_FR, SUMMARY_IT: SUMMARY_FR},
    "Promotion": {"note-legali": "mentions-legales"},
}


@pytest.fixture
def legal_notice_to_translate(live_demo_site):
    """A new live Italian page, its French translation started (a draft, nothing translated)."""
    source = publish(
        live_demo_site.home_it, ContentPage(title=TITLE_IT, slug="note-legali", summary=SUMMARY_IT)
    )
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation = Translation.objects.create(
        source=translation_source, target_locale=live_demo_site.home_fr.locale
    )
    translation.save_target(publish=False)
    return translation.get_target_instance()


def log_in_as_the_demo_translator(page, server):
    """Claire, the demo's translator into French ("traductrice", admin in French)."""
    setup_roles()
    claire = get_user_model().objects.get(username="traductrice")
    claire.set_password("mot-de-passe-long")
    claire.save()
    log_in(page, server, "traductrice", "mot-de-passe-long")


def visible_actions(page):
    """What the editor's bottom bar offers, as the translator sees it."""
    bars = page.locator("footer.footer:visible")
    expect(bars).to_have_count(1)
    return [text.strip() for text in bars.locator("a:visible, button:visible").all_inner_texts()]


def shoot(page, name):
    """The top of the screen, and where the editor's bar is (at the end of the page on a phone)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    bar = page.locator("[data-translation-editor-bar]")
    for width, height in ((390, 844), (1280, 900)):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=SHOTS / f"{name}-{width}.png")
        if bar.count():
            bar.scroll_into_view_if_needed()
            page.screenshot(path=SHOTS / f"{name}-{width}-bar.png")
    page.set_viewport_size({"width": 390, "height": 844})


def test_translator_translates_and_marks_ready_without_publishing(
    browser_page, live_server, live_demo_site, legal_notice_to_translate
):
    french = legal_notice_to_translate
    page = browser_page
    server = live_server.url
    log_in_as_the_demo_translator(page, server)

    page.goto(server + reverse("wagtailadmin_pages:edit", args=[french.pk]))
    expect(page.locator("li.incomplete").first).to_be_visible()
    assert visible_actions(page) == [said("Mark as ready", "fr"), said("Preview", "fr")]
    shoot(page, "1-opened")

    translate_in_editor(page, TEXTS)
    page.get_by_role("tab", name="Contenu").click()
    shoot(page, "2-translated")

    page.get_by_role("button", name=said("Mark as ready", "fr")).click()
    page.wait_for_url(f"{server}/admin/")
    expect(
        page.get_by_text(
            said(
                "The translation of “%(title)s” into %(language)s is marked as ready and saved as a draft. "
                "It is not published: it goes live with its source page.",
                "fr",
                title=TITLE_FR,
                language="français",
            )
        )
    ).to_be_visible()
    shoot(page, "3-marked-ready")

    french.refresh_from_db()
    assert not french.live
    assert french.get_latest_revision().as_object().title == TITLE_FR
    visitor = page.context.browser.new_page()
    assert visitor.goto(f"{server}{french.get_url()}").status == 404
    visitor.close()
