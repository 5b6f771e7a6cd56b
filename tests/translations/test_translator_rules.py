"""What was seen in the real admin, made impossible (issue 10): a translator deleting a
source draft awaiting moderation, reading a source's revisions, stopping a translation to
change its facts, overriding a video file, making a partner. Each is refused in the
translator's language and changes nothing; the roles that should act still can.
Each step under test goes through the admin's own URLs."""

import pytest

from django.urls import reverse

from wagtail.models import Page, Workflow
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

from news.models import NewsIndexPage
from projects.models import Partner
from tests.support.admin import post_edit, project_form
from tests.support.html import soup
from tests.support.pages import publish
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import MODERATORS, PUBLICATION_WORKFLOW, TRANSLATORS, plan_group_name, setup_roles

pytestmark = pytest.mark.django_db

TEXT_ONLY = (
    "Translators change the text of translations only: this action is for the plan's officers and "
    "the moderators. Nothing was changed."
)


@pytest.fixture
def roles(demo_site):
    setup_roles()
    return {
        "translator": make_user("claire", TRANSLATORS["fr"], language="fr"),
        "moderator": make_user("giulia", MODERATORS, language="it"),
        "officer": make_user("paola", plan_group_name(demo_site.page("plan:pro-sol")), language="it"),
        "graies_officer": make_user(
            "julien", plan_group_name(demo_site.page("plan:graies-lab")), language="fr"
        ),
        "admin": make_user("amministratrice", superuser=True, language="it"),
    }


def text(response):
    return soup(response).get_text()


@pytest.fixture
def french_draft_awaiting_moderation(demo_site, roles):
    """A French source page of GRAIES LAB, never published, submitted for moderation."""
    plan = demo_site.page("plan:graies-lab", "fr")
    page = NewsIndexPage(title="Actualités en préparation", slug="actualites-en-preparation", live=False)
    plan.add_child(instance=page)
    page.save_revision(user=roles["graies_officer"])
    Workflow.objects.get(name=PUBLICATION_WORKFLOW).start(page, roles["graies_officer"])
    return page


def test_a_translator_cannot_delete_a_source_draft_awaiting_moderation(
    client, roles, french_draft_awaiting_moderation
):
    page = french_draft_awaiting_moderation
    client.force_login(roles["translator"])
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    for method in (client.get, client.post):
        response = method(url, follow=True)
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
        assert said(TEXT_ONLY, "fr") in text(response)
    assert Page.objects.filter(pk=page.pk).exists()
    assert page.workflow_in_progress

    # Nor through the explorer's bulk delete, nor the admin API.
    bulk = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete")) + f"?id={page.pk}"
    response = client.post(bulk, follow=True)
    assert said(TEXT_ONLY, "fr") in text(response)
    response = client.post(
        reverse("wagtailadmin_api:pages:action", args=[page.pk, "delete"]),
        {},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert Page.objects.filter(pk=page.pk).exists()


def test_the_moderator_deletes_and_unpublishes(client, demo_site, roles, french_draft_awaiting_moderation):
    client.force_login(roles["moderator"])
    response = client.post(reverse("wagtailadmin_pages:delete", args=[french_draft_awaiting_moderation.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=french_draft_awaiting_moderation.pk).exists()

    news = publish(
        demo_site.page("plan:pro-sol"), NewsIndexPage(title="Notizie di prova", slug="notizie-prova")
    )
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[news.pk]))
    assert response.status_code == 302
    news.refresh_from_db()
    assert not news.live


def test_a_translator_sees_no_source_draft(client, demo_site, roles):
    """CARE comes from the French seed: its French page is a source, its authors' work."""
    care = demo_site.page("project:care", "fr")
    care.summary = "Un brouillon que seuls les auteurs voient."
    revision = care.save_revision()
    client.force_login(roles["translator"])
    for url in (
        reverse("wagtailadmin_pages:view_draft", args=[care.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[care.pk, revision.pk]),
        reverse("wagtailadmin_pages:revisions_compare", args=[care.pk, "live", "latest"]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[care.pk]),
    ):
        response = client.get(url, follow=True)
        assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home"), url
        page_text = text(response)
        assert (
            said(
                "A source page's drafts and revisions are for its authors: translators work on the "
                "translation, in the translation editor.",
                "fr",
            )
            in page_text
        )
        assert "seuls les auteurs" not in page_text

    # A translation's own draft stays theirs to see.
    coor_com = demo_site.page("project:coor-com", "fr")
    assert client.get(reverse("wagtailadmin_pages:view_draft", args=[coor_com.pk])).status_code == 200


@pytest.fixture
def coor_com_translation(demo_site):
    french = demo_site.page("project:coor-com", "fr")
    return french, Translation.objects.get(
        source__object_id=french.translation_key, target_locale=french.locale
    )


def test_a_translator_cannot_stop_a_translation(client, roles, coor_com_translation):
    french, translation = coor_com_translation
    client.force_login(roles["translator"])
    url = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    response = client.post(url, {"next": reverse("wagtailadmin_pages:edit", args=[french.pk])}, follow=True)
    assert said(
        "Only an administrator can stop a translation: the page would stop following its source. "
        "Nothing was changed.",
        "fr",
    ) in text(response)
    translation.refresh_from_db()
    assert translation.enabled

    client.force_login(roles["admin"])
    client.post(url)
    translation.refresh_from_db()
    assert not translation.enabled


@pytest.fixture
def stopped_translation(coor_com_translation):
    """The scene: an administrator stopped COOR-COM's French translation."""
    french, translation = coor_com_translation
    Translation.objects.filter(pk=translation.pk).update(enabled=False)
    return french


def test_a_stopped_translation_never_opens_for_a_translator_to_change_its_facts(
    client, roles, stopped_translation
):
    french = stopped_translation
    revision = french.latest_revision_id
    client.force_login(roles["translator"])
    stopped = said(
        "This translation is stopped, so its page would open in the ordinary editor, where facts can "
        "change. Ask a moderator to restart it. Nothing was changed.",
        "fr",
    )
    response = client.get(reverse("wagtailadmin_pages:edit", args=[french.pk]), follow=True)
    assert stopped in text(response)
    response = post_edit(client, french, project_form(french, acronym="AUTRE", total_budget="1.00"))
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.acronym == "COOR-COM"
    assert french.latest_revision_id == revision


def test_the_officer_edits_their_plan_pages(client, demo_site, roles):
    project = demo_site.page("project:coor-com", "it")
    client.force_login(roles["officer"])
    assert client.get(reverse("wagtailadmin_pages:edit", args=[project.pk])).status_code == 200
    response = post_edit(client, project, project_form(project, summary="Riassunto rivisto dalla referente."))
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.get_latest_revision().as_object().summary == "Riassunto rivisto dalla referente."

    # Not another plan's.
    graies = demo_site.page("plan:graies-lab")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[graies.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")


def test_a_translator_cannot_override_the_french_video_file(client, demo_site, roles):
    video = demo_site.page("video:coor-com-students", "fr")
    translation = Translation.objects.get(source__object_id=video.translation_key, target_locale=video.locale)
    segment = OverridableSegment.objects.get(source=translation.source, context__path="video_file")
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])

    client.force_login(roles["translator"])
    response = client.put(url, "value=999", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 403
    assert response.json()["error"] == said(
        "A translation keeps its source's files, images and links. Nothing was changed.", "fr"
    )
    assert not SegmentOverride.objects.filter(context=segment.context).exists()

    client.force_login(roles["moderator"])
    response = client.put(
        url, f"value={video.video_file_id}", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201)
    assert SegmentOverride.objects.filter(context=segment.context, locale=video.locale).exists()


@pytest.fixture
def italian_partner(demo_site):
    """The scene: a partner entered in Italian, not yet translated."""
    return Partner.objects.create(
        name="Comune di Aosta", country="IT", kind=Partner.Kind.values[0], locale=demo_site.home_it.locale
    )


def test_a_translator_cannot_make_a_partner(client, demo_site, roles, italian_partner):
    before = Partner.objects.count()
    client.force_login(roles["translator"])
    snippets = said(
        "Translators do not create or change partners, themes, audiences or programme periods. "
        "Nothing was changed.",
        "fr",
    )
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["projects", "partner", italian_partner.pk]
    )
    response = client.post(url, {"locales": [demo_site.home_fr.locale_id]}, follow=True)
    assert snippets in text(response)
    response = client.post(
        reverse("wagtailsnippets_projects_partner:add"),
        {
            "name": "Partenaire fantôme",
            "country": "FR",
            "kind": "public",
            "locale": demo_site.home_fr.locale_id,
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    # Translators hold no snippet permission: Wagtail refuses before our rule is asked.
    assert said("Sorry, you do not have permission to access this area.", "fr") in text(response)
    assert Partner.objects.count() == before

    client.force_login(roles["admin"])
    client.post(url, {"locales": [demo_site.home_fr.locale_id]})
    assert Partner.objects.count() == before + 1
