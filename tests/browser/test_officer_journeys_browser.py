"""An officer's journeys in the real admin, from the demo, through the UI only (issue 10):
(a) a news item with an image under a project, submitted, translated into French in
wagtail-localize's editor, approved: both languages live together, in at most ten clicks
from the dashboard to "submitted"; (d) a new budget published: the French page shows it
at once."""

import re
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation

from cms.templatetags.cms_format import euros
from news.models import NewsPage
from tests.support.browser import approve_with_translations, log_in, translate_in_editor, wait_until
from tests.support.wording import said

pytestmark = pytest.mark.browser

PASSWORD = "una-password-lunga"
TITLE_IT, TITLE_FR = "Incontro dei partner a Cuneo", "Rencontre des partenaires à Coni"
SUMMARY_IT = "I partner italiani e francesi di COOR-COM si ritrovano a Cuneo."
SUMMARY_FR = "Les partenaires italiens et français de COOR-COM se retrouvent à Coni."
BODY_IT = "Il programma della giornata sarà pubblicato a breve."
BODY_FR = "Le programme de la journée sera publié prochainement."
ALT_IT, ALT_FR = "La sala dell'incontro a Cuneo", "La salle de la rencontre à Coni"
REQUESTED = (
    "Translation requested into: %(languages)s. The page goes live in all its languages "
    "together, once a moderator approves the translations."
)
# What the translator types for each Italian text, tab by tab of wagtail-localize's editor.
# The slug is not among them: it follows the translated title.
FRENCH = {"Contenu": {TITLE_IT: TITLE_FR, SUMMARY_IT: SUMMARY_FR, ALT_IT: ALT_FR, BODY_IT: BODY_FR}}


def demo_user(chromium, server, username, locale):
    """A demo user's own browser, logged in through the login form, on the dashboard."""
    user = get_user_model().objects.get(username=username)
    user.set_password(PASSWORD)
    user.save()
    page = chromium.new_context(locale=locale, viewport={"width": 1280, "height": 900}).new_page()
    return log_in(page, server, username, PASSWORD)


def test_d_an_officers_new_budget_shows_on_the_french_page_at_once(chromium, live_server, live_demo_site):
    italian = live_demo_site.page("project:coor-com", "it")
    french = live_demo_site.page("project:coor-com", "fr")
    officer = demo_user(chromium, live_server.url, "referente-prosol", "it-IT")
    officer.goto(f"{live_server.url}{reverse('wagtailadmin_pages:edit', args=[italian.pk])}")
    officer.locator("input[name=total_budget]").fill("512000.00")
    with translation.override("it"):
        main = translation.gettext("Publish with translations")
        done = translation.ngettext(
            "%(count)d page was published with its translations.",
            "%(count)d pages were published with their translations.",
            1,
        ) % {"count": 1}
    # The main button, as the translations are ready: a fact is not text to translate.
    officer.locator("footer").get_by_role("button", name=main, exact=True).click()
    expect(officer.locator(".messages")).to_contain_text(done)
    officer.context.close()

    visitor = chromium.new_context(locale="fr-FR").new_page()
    for language, page in (("fr", french), ("it", italian)):
        with translation.override(language):
            amount = euros(Decimal("512000.00"))
        visitor.goto(f"{live_server.url}{page.url}")
        expect(visitor.locator("main")).to_contain_text(amount)
    visitor.context.close()


class Clicks:
    """Counts the clicks a person makes, so the journey's length is measured, not guessed."""

    def __init__(self):
        self.count = 0

    def __call__(self, locator):
        locator.click()
        self.count += 1


def png(path):
    from PIL import Image

    Image.new("RGB", (1200, 800), (40, 110, 160)).save(path)
    return path


def test_a_news_item_goes_live_in_both_languages_through_the_admin(
    chromium, live_server, live_demo_site, tmp_path, mailoutbox
):
    server = live_server.url
    coor_com_news = live_demo_site.page("news-index:coor-com")
    get_user_model().objects.filter(username="traductrice").update(email="claire@example.org")

    # The officer: from the dashboard to "submitted", every click counted.
    officer = demo_user(chromium, server, "referente-prosol", "it-IT")
    click = Clicks()
    panel = officer.locator("section", has=officer.locator("#write-panel-title"))
    click(panel.get_by_role("link", name=f"{said('Add', 'it')}: {coor_com_news.title}"))
    officer.locator("input[name=title]").fill(TITLE_IT)
    officer.locator("textarea[name=summary]").fill(SUMMARY_IT)
    click(officer.locator("#id_image-chooser button[data-chooser-action-choose]").first)
    modal = officer.locator(".modal-dialog")
    click(modal.get_by_role("tab", name=said("Upload", "it")))
    modal.locator("input[type=file]").set_input_files(png(tmp_path / "cuneo.png"))
    expect(modal.locator("input[name$=title]")).to_have_value("cuneo")  # filled from the file's name
    click(
        modal.locator("form[action*=upload] button[type=submit], form button.button")
        .filter(has_text=said("Upload", "it"))
        .first
    )
    expect(modal).to_be_hidden()
    officer.locator("input[name=image_alt]").fill(ALT_IT)
    click(
        officer.locator(
            "[data-contentpath=body] button[title], [data-contentpath=body] .c-sf-add-button"
        ).first
    )
    click(officer.get_by_role("option", name=said("Paragraph", "it")).first)
    # Draftail reads key strokes, not a filled value.
    body = officer.locator("[data-contentpath=body] [contenteditable=true]").first
    click(body)
    expect(body).to_be_focused()
    officer.keyboard.type(BODY_IT)
    expect(body).to_have_text(BODY_IT)
    # What the form sends: Draftail writes it a moment after the key strokes.
    expect(officer.locator("input[name='body-0-value']")).to_have_value(re.compile("programma"))
    click(
        officer.locator("footer").get_by_role(
            "button", name=said("Submit for publication with translations", "it")
        )
    )
    requested = said(REQUESTED, "it", languages="francese")
    expect(officer.locator(".messages")).to_contain_text(requested)
    assert click.count <= 10, f"{click.count} clicks from the dashboard to submitted"
    news = NewsPage.objects.get(title=TITLE_IT)
    assert news.workflow_in_progress and not news.live and news.image is not None
    assert [message.to for message in mailoutbox] == [["claire@example.org"]]
    officer.context.close()

    # The French translator: told by email and on her dashboard, she translates in
    # wagtail-localize's editor and marks the translation as ready.
    assert news.title in mailoutbox[0].subject
    translator = demo_user(chromium, server, "traductrice", "fr-FR")
    waiting = translator.locator("section", has=translator.locator("#waiting-panel-title"))
    waiting.get_by_role("link", name=TITLE_IT).click()
    translator.locator("form").get_by_role("button", name=said("Submit", "fr")).click()
    translate_in_editor(translator, FRENCH)
    translator.get_by_role("button", name=said("Mark as ready", "fr")).click()
    translator.wait_for_url(f"{server}/admin/")
    french = news.get_translation(live_demo_site.home_fr.locale)
    assert not french.live
    translator.context.close()

    # The moderator approves from her dashboard: both languages go live together.
    moderator = demo_user(chromium, server, "moderatrice", "it-IT")
    approve_with_translations(moderator, TITLE_IT)
    moderator.context.close()

    news.refresh_from_db()
    french.refresh_from_db()
    assert news.live and french.live
    assert french.slug == "rencontre-des-partenaires-a-coni"  # followed the translated title
    visitor = chromium.new_context(locale="fr-FR").new_page()
    for url, title, alt in ((french.url, TITLE_FR, ALT_FR), (news.url, TITLE_IT, ALT_IT)):
        visitor.goto(f"{server}{url}")
        expect(visitor.locator("h1")).to_have_text(title)
        expect(visitor.locator(f'main img[alt="{alt}"]')).to_have_count(1)
    visitor.context.close()


def test_submitting_while_the_first_autosave_is_still_saving_submits_that_one_page(
    chromium, live_server, live_demo_site
):
    """Seen in CI under load: Wagtail's autosave was still creating the page when the
    officer pressed "Submit", which posted to the create address again: a 500. Here the
    autosave is held until the button is pressed, then both reach the server together."""
    server = live_server.url
    coor_com_news = live_demo_site.page("news-index:coor-com")
    officer = demo_user(chromium, server, "referente-prosol", "it-IT")
    held = []

    def hold_posts(route):
        if route.request.method == "POST" and len(held) < 2:
            held.append(route)
        else:
            route.continue_()

    officer.route(re.compile(r".*/admin/pages/add/news/newspage/\d+/$"), hold_posts)
    # Wagtail watches the form for edits two seconds after it loads; a person is slower.
    officer.add_init_script(
        "document.addEventListener('w-unsaved:watch-edits', () => { window.watching = true; });"
    )
    officer.goto(f"{server}{reverse('wagtailadmin_pages:add', args=('news', 'newspage', coor_com_news.pk))}")
    wait_until(lambda: officer.evaluate("window.watching === true"), officer, "Wagtail's watch")
    officer.locator("input[name=title]").fill(TITLE_IT)
    officer.locator("textarea[name=summary]").fill(SUMMARY_IT)
    body = "[data-contentpath=body]"
    officer.locator(f"{body} button[title], {body} .c-sf-add-button").first.click()
    officer.get_by_role("option", name=said("Paragraph", "it")).first.click()
    officer.locator("[data-contentpath=body] [contenteditable=true]").first.click()
    officer.keyboard.type(BODY_IT)
    expect(officer.locator("input[name='body-0-value']")).to_have_value(re.compile("programma"))
    wait_until(lambda: held, officer, "the autosave's post")
    officer.locator("footer").get_by_role(
        "button", name=said("Submit for publication with translations", "it")
    ).click(no_wait_after=True)  # its post is held here, so its page cannot load yet
    wait_until(lambda: len(held) == 2, officer, "the button's post")
    assert "json" in held[0].request.headers.get("accept", "") and "html" in held[1].request.headers["accept"]
    for route in held:
        route.continue_()

    requested = said(REQUESTED, "it", languages="francese")
    expect(officer.locator(".messages")).to_contain_text(requested)
    news = NewsPage.objects.get(title=TITLE_IT)
    assert news.workflow_in_progress and not news.live
    assert BODY_IT in str(news.get_latest_revision_as_object().body)
    officer.context.close()
