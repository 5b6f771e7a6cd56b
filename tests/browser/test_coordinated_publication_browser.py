"""The whole coordinated path in the real admin: a French translator translates a news
item of a plan in wagtail-localize's editor, a moderator approves "translations ready",
and the Italian and French pages go live together."""

import pytest
from playwright.sync_api import expect

from django.urls import reverse

from wagtail.models import Workflow
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsPage
from tests.support.browser import approve_with_translations, log_in
from tests.support.users import make_user
from translations.roles import MODERATORS, PUBLICATION_WORKFLOW, TRANSLATORS, plan_group_name

pytestmark = pytest.mark.browser

TITLE_IT, TITLE_FR = "Il forum di Torino", "Le forum de Turin"
SUMMARY_IT = "Partner italiani e francesi si incontrano a Torino."
SUMMARY_FR = "Les partenaires italiens et français se retrouvent à Turin."
BODY_IT, BODY_FR = "Il programma arriverà a breve.", "Le programme suivra bientôt."
FRENCH = {TITLE_IT: TITLE_FR, "forum-torino": "forum-turin", SUMMARY_IT: SUMMARY_FR, BODY_IT: BODY_FR}


@pytest.fixture
def news_under_review(live_demo_site):
    """An officer's Italian news item, not yet live, its French translation started, and
    the plan's workflow waiting at "translations ready"."""
    plan = live_demo_site.page("plan:pro-sol")
    officer = make_user("t-officer", plan_group_name(plan))
    index = live_demo_site.page("news-index:pro-sol")
    news = NewsPage(
        title=TITLE_IT,
        slug="forum-torino",
        summary=SUMMARY_IT,
        body=[("paragraph", RichText(f"<p>{BODY_IT}</p>"))],
        live=False,
    )
    index.add_child(instance=news)
    news.save_revision(user=officer)
    source, _created = TranslationSource.get_or_create_from_instance(news)
    translation = Translation.objects.create(source=source, target_locale=live_demo_site.home_fr.locale)
    translation.save_target(user=officer, publish=False)
    Workflow.objects.get(name=PUBLICATION_WORKFLOW).start(news, officer)
    return news


def test_translated_page_goes_live_with_its_source_through_the_workflow(
    chromium, live_server, live_demo_site, news_under_review
):
    make_user("t-translator", TRANSLATORS["fr"], language="fr")
    make_user("t-moderator", MODERATORS, language="it")
    server = live_server.url
    french = news_under_review.get_translation(live_demo_site.home_fr.locale)
    assert not french.live and not news_under_review.live

    # The translator finds the page in the overview and translates every segment.
    translator = chromium.new_context(locale="fr-FR").new_page()
    log_in(translator, server, "t-translator")
    translator.goto(f"{server}{reverse('translations_overview')}?language=fr&state=in_progress")
    row = translator.locator("tr.translation-row", has_text=TITLE_IT)
    row.get_by_role("link", name="Ouvrir la traduction").click()
    for tab, sources in (("Contenu", (TITLE_IT, SUMMARY_IT, BODY_IT)), ("Promotion", ("forum-torino",))):
        translator.get_by_role("tab", name=tab).click()
        for source in sources:
            segment = translator.locator("li.incomplete").filter(has_text=source)
            segment.get_by_role("button", name="Traduire").click()
            segment.locator("textarea").fill(FRENCH[source])
            segment.get_by_role("button", name="Enregistrer").click()
            expect(translator.locator("li.incomplete").filter(has_text=source)).to_have_count(0)
    translator.goto(f"{server}{reverse('translations_readiness', args=[news_under_review.pk])}")
    expect(translator.locator(".translation-readiness__up_to_date")).to_have_count(1)
    translator.context.close()

    # The moderator approves from the dashboard's review panel, through the dialog.
    moderator = chromium.new_context(locale="it-IT").new_page()
    log_in(moderator, server, "t-moderator")
    approve_with_translations(moderator, TITLE_IT)
    moderator.context.close()

    news_under_review.refresh_from_db()
    french.refresh_from_db()
    assert news_under_review.live and french.live
    assert french.title == TITLE_FR and french.summary == SUMMARY_FR

    visitor = chromium.new_context(locale="fr-FR").new_page()
    visitor.goto(f"{server}{french.url}")
    expect(visitor.locator("h1")).to_have_text(TITLE_FR)
    visitor.context.close()
