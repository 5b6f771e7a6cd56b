"""Facts follow the source the moment it is published, by any path (issue 10): the French
page's live row and its draft get the Italian page's new budget in the same transaction,
with their French text untouched and no Italian text copied over."""

from datetime import timedelta
from decimal import Decimal
from unittest import mock

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from tests.support.admin import post_edit, project_form
from tests.support.html import soup
from tests.support.users import make_user
from translations import facts
from translations.roles import MODERATORS

NEW_BUDGET, NEW_ERDF = Decimal("500000.00"), Decimal("400000.00")  # ERDF: 80 % of the budget
NEW_BUDGET_FR, RATE_FR = "500 000,00", "80"  # as read, spaces made plain
FRENCH_DRAFT_SUMMARY = "Brouillon : une année d’échanges entre services sanitaires et sociaux."
ITALIAN_BODY = "Testo nuovo del corpo, non ancora tradotto."


@pytest.fixture
def moderator(demo_site):
    return make_user("t-moderator", MODERATORS)


@pytest.fixture
def coor_com(demo_site):
    """COOR-COM in both languages; the French page has an unpublished draft of its own
    (a translator's work in progress), newer than its live version."""
    italian, french = demo_site.page("project:coor-com", "it"), demo_site.page("project:coor-com", "fr")
    draft = french.get_latest_revision_as_object()
    draft.summary = FRENCH_DRAFT_SUMMARY
    draft.save_revision()
    french.refresh_from_db()
    assert french.has_unpublished_changes
    return italian, french


def edit_form(page, **changes):
    """The editor's form for ``page`` with ``changes``, its partners as they are."""
    links = list(page.project_partners.all())
    partners = inline_formset(
        [{"id": link.pk, "partner": link.partner_id, "role": link.role} for link in links], initial=len(links)
    )
    return project_form(page, project_partners=partners, **changes)


def public_text(client, page):
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    return " ".join(soup(response).get_text(" ").split())


def assert_french_follows(client, italian, french, french_summary, french_body):
    french.refresh_from_db()
    assert french.total_budget == NEW_BUDGET and french.erdf_amount == NEW_ERDF
    assert french.cofinancing_rate == 80
    # Its live text is what it was; its draft keeps its own text, with the new facts.
    assert french.summary == french_summary and list(french.body.raw_data) == french_body
    assert french.live and french.has_unpublished_changes
    live = french.live_revision.as_object()
    assert live.total_budget == NEW_BUDGET and live.summary == french_summary
    draft = french.get_latest_revision_as_object()
    assert draft.total_budget == NEW_BUDGET and draft.erdf_amount == NEW_ERDF
    assert draft.summary == FRENCH_DRAFT_SUMMARY
    # Visitors read the new facts in French, and no Italian text.
    shown = public_text(client, french)
    assert NEW_BUDGET_FR in shown and f"({RATE_FR}" in shown
    assert ITALIAN_BODY not in shown and italian.summary not in shown


def test_a_moderators_publish_in_the_editor_brings_the_facts_to_the_french_page(
    client, demo_site, moderator, coor_com
):
    italian, french = coor_com
    french_summary, french_body = french.summary, list(french.body.raw_data)
    client.force_login(moderator)
    data = edit_form(
        italian,
        total_budget=str(NEW_BUDGET),
        erdf_amount=str(NEW_ERDF),
        body=streamfield([("paragraph", rich_text(f"<p>{ITALIAN_BODY}</p>"))]),
    )
    data["action-publish"] = "action-publish"
    response = post_edit(client, italian, data)
    assert response.status_code == 302

    italian.refresh_from_db()
    assert italian.total_budget == NEW_BUDGET and not italian.has_unpublished_changes
    assert ITALIAN_BODY in str(italian.body)
    assert_french_follows(client, italian, french, french_summary, french_body)


def test_revision_publish_in_code_brings_the_facts(client, demo_site, coor_com):
    italian, french = coor_com
    french_summary, french_body = french.summary, list(french.body.raw_data)
    italian.total_budget, italian.erdf_amount = NEW_BUDGET, NEW_ERDF
    italian.save_revision().publish()
    assert_french_follows(client, italian, french, french_summary, french_body)


def test_a_scheduled_publish_brings_the_facts_when_it_goes_live(client, demo_site, coor_com):
    italian, french = coor_com
    french_summary, french_body = french.summary, list(french.body.raw_data)
    go_live = timezone.now() + timedelta(hours=1)
    italian.total_budget, italian.erdf_amount = NEW_BUDGET, NEW_ERDF
    italian.go_live_at = go_live
    italian.save_revision().publish()  # the scene: scheduled, nothing live changed yet
    french.refresh_from_db()
    assert french.total_budget != NEW_BUDGET

    later = go_live + timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    italian.refresh_from_db()
    assert italian.total_budget == NEW_BUDGET and italian.live_revision.approved_go_live_at is None
    assert_french_follows(client, italian, french, french_summary, french_body)


def test_the_source_and_its_translations_facts_commit_together(client, demo_site, moderator, coor_com):
    """A failure while the facts follow undoes the source's publish too."""
    italian, french = coor_com
    live_revision, budget = italian.live_revision_id, italian.total_budget
    client.force_login(moderator)
    data = edit_form(italian, total_budget=str(NEW_BUDGET), erdf_amount=str(NEW_ERDF))
    data["action-publish"] = "action-publish"
    failing = mock.patch.object(facts, "bring_facts", side_effect=RuntimeError("disk full"))
    with failing, pytest.raises(RuntimeError):
        post_edit(client, italian, data)

    italian.refresh_from_db()
    french.refresh_from_db()
    assert italian.live_revision_id == live_revision and italian.total_budget == budget
    assert french.total_budget == budget
    # What the editor typed is kept as a draft, as "Save draft" would.
    assert Revision.objects.filter(object_id=str(italian.pk)).latest("created_at").pk != live_revision
