"""Nothing is ever live in the wrong language, whichever button is pressed: wagtail-localize's
"Translate" makes drafts, untranslated parents become draft translations (never aliases),
and the overview and dashboard stay truthful, and up, whatever state a page is in.
Each step under test goes through the admin's own URLs."""

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from news.models import NewsIndexPage
from tests.support.admin import press_translate
from tests.support.html import soup
from tests.support.news import new_list_with_news
from tests.support.pages import publish
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import TRANSLATORS, plan_group_name

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_translator(demo_site):
    return make_user("claire", TRANSLATORS["fr"], language="fr")


def public_status(client, path):
    client.logout()
    return client.get(path).status_code


@pytest.fixture
def news_under_untranslated_list(demo_site):
    """The scene: an Italian news list, new under the Senior project, with one news item;
    neither has a French version yet."""
    return new_list_with_news(demo_site.page("project:senior"))


def test_translate_on_a_live_page_makes_a_draft_that_no_visitor_sees(
    client, demo_site, french_translator, news_under_untranslated_list, django_capture_on_commit_callbacks
):
    news_list, item = news_under_untranslated_list
    french = demo_site.home_fr.locale
    response = press_translate(client, french_translator, item, french, django_capture_on_commit_callbacks)
    assert response.status_code == 302

    french_item = item.get_translation(french)
    assert not french_item.live
    assert french_item.title == item.title  # untranslated, and kept from visitors
    french_url = french_item.get_url()
    assert public_status(client, french_url) == 404
    for path in ("/fr/actualites/", "/fr/actualites/feed/", "/sitemap-pages.xml"):
        assert item.title not in client.get(path).content.decode()
    # The Italian page links no French version (its switcher honestly offers the French home).
    assert french_url not in client.get(item.get_url()).content.decode()


def test_untranslated_parents_become_draft_translations_not_aliases(
    client, demo_site, french_translator, news_under_untranslated_list, django_capture_on_commit_callbacks
):
    news_list, item = news_under_untranslated_list
    french = demo_site.home_fr.locale
    press_translate(client, french_translator, item, french, django_capture_on_commit_callbacks)

    french_list = news_list.get_translation(french)
    assert french_list.alias_of_id is None
    assert not french_list.live
    assert Page.objects.filter(alias_of__isnull=False).count() == 0
    # The parent is work to do in wagtail-localize, like the page itself.
    assert Translation.objects.filter(
        source__object_id=news_list.translation_key, target_locale=french
    ).exists()

    client.force_login(french_translator)
    response = client.get(reverse("translations_overview"), {"language": "fr", "state": "in_progress"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Notizie Senior" in page and "Senior: la prima giornata di scambio" in page
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    # Its editor is wagtail-localize's, where the translator translates it.
    response = client.get(reverse("wagtailadmin_pages:edit", args=[french_list.pk]))
    assert response.status_code == 200
    assert (
        "data-wagtail-localize" in response.content.decode()
        or "wagtail_localize" in response.content.decode()
    )


def test_an_alias_left_by_an_earlier_version_never_breaks_the_overview(client, demo_site):
    """Aliases made before this rule (or by an administrator) show as what visitors see."""
    news_list = publish(demo_site.page("project:senior"), NewsIndexPage(title="Notizie Senior", slug="ns"))
    french_project = demo_site.page("project:senior", "fr")
    news_list.create_alias(
        parent=french_project, update_locale=french_project.locale, reset_translation_key=False
    )
    admin = make_user("amministratrice", superuser=True, language="fr")
    client.force_login(admin)
    response = client.get(reverse("translations_overview"), {"language": "fr", "state": "missing"})
    assert response.status_code == 200
    assert said("Alias: shows the source's language", "fr") in response.content.decode()
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get(reverse("translations_overview"), {"format": "csv"}).status_code == 200
    assert client.get(reverse("translations_readiness", args=[news_list.pk])).status_code == 200


def test_the_plan_filter_lists_each_plan_once(client, demo_site):
    client.force_login(make_user("amministratrice", superuser=True, language="fr"))
    options = soup(client.get(reverse("translations_overview"))).select("#tr-plan option")
    assert [option.text for option in options[1:]] == ["PITEM PRO-SOL", "PITER GRAIES LAB"]
    # Either language version's id chooses the plan.
    for language in ("it", "fr"):
        plan = demo_site.page("plan:pro-sol", language)
        chosen = soup(client.get(reverse("translations_overview"), {"plan": plan.pk})).select_one(
            "#tr-plan option[selected]"
        )
        assert chosen.text == "PITEM PRO-SOL"


def test_convert_to_alias_is_refused_and_changes_nothing(client, demo_site, french_translator):
    french = demo_site.page("project:coor-com", "fr")
    client.force_login(french_translator)
    for method in (client.get, client.post):
        response = method(reverse("wagtail_localize:convert_to_alias", args=[french.pk]), follow=True)
        assert response.redirect_chain[0][0] == reverse("wagtailadmin_pages:edit", args=[french.pk])
        assert (
            said(
                "A translation cannot become an alias of its source: visitors would read the source's "
                "language at this address. Nothing was changed.",
                "fr",
            )
            in response.content.decode()
        )
    french.refresh_from_db()
    assert french.alias_of_id is None and french.live
    assert Translation.objects.filter(
        source__object_id=french.translation_key, target_locale=french.locale
    ).exists()


def test_sync_translated_pages_never_publishes(client, demo_site, french_translator):
    """wagtail-localize's "Sync translated pages" with its "publish" box ticked: the
    translator lands on this app's sync, which syncs drafts and publishes nothing."""
    plan = demo_site.page("plan:pro-sol")
    french = demo_site.page("plan:pro-sol", "fr")
    live_revision = french.live_revision_id
    plan.summary = "Un nuovo riassunto del piano, in attesa di traduzione."
    plan.save_revision().publish()
    source = TranslationSource.objects.get(object_id=plan.translation_key, locale=plan.locale)

    client.force_login(french_translator)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    assert response["Location"] == reverse("translations_sync", args=[plan.pk])
    french.refresh_from_db()
    assert french.live_revision_id == live_revision

    # An officer of another plan may not sync (nor publish) this plan's pages.
    client.force_login(make_user("julien", plan_group_name(demo_site.page("plan:graies-lab")), language="fr"))
    response = client.post(url, {"publish_translations": "on"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert said("Sorry, you do not have permission to access this area.", "fr") in soup(response).get_text()
    french.refresh_from_db()
    assert french.live_revision_id == live_revision
