"""Coordinated publication (issue 4): the "translations ready" task holds a page back until
every translation matches the revision under review, and approving it makes the page
and its translations live together. Everything goes through the admin's URLs."""

import json
from datetime import timedelta

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Workflow, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from projects.models import ProjectPage
from tests.support.admin import project_form
from tests.support.users import make_user
from tests.support.wording import said
from translations.readiness import readiness
from translations.roles import (
    MODERATORS,
    PUBLICATION_WORKFLOW,
    TRANSLATORS,
    plan_group_name,
    publication_workflow,
)

NEW_SUMMARY_IT = "Un anno di scambi tra servizi sanitari e sociali dei due versanti."
NEW_SUMMARY_FR = "Une année d’échanges entre services sanitaires et sociaux des deux versants."
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def people(demo_site):
    plan = demo_site.page("plan:pro-sol")
    return {
        "officer": make_user("t-officer", plan_group_name(plan)),
        "moderator": make_user("t-moderator", MODERATORS),
        "translator": make_user("t-translator", TRANSLATORS["fr"], language="fr"),
    }


@pytest.fixture
def under_review(demo_site, people):
    """COOR-COM (an Italian source with a French translation) with a new summary, in the
    plan's workflow, waiting at "translations ready"."""
    page = demo_site.page("project:coor-com", "it")
    page.summary = NEW_SUMMARY_IT
    page.save_revision(user=people["officer"])
    Workflow.objects.get(name=PUBLICATION_WORKFLOW).start(page, people["officer"])
    return page


def approve(client, page, user):
    """The moderator's approve dialog, as Wagtail's modal posts it."""
    client.force_login(user)
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress").current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    return client.post(url, {"page": page.pk, "comment": ""}, **XHR)


def workflow_status(page):
    return WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at").status


def translate_missing(source_page, locale, text, user):
    """What the translator does in wagtail-localize's editor for the one changed segment."""
    source = TranslationSource.objects.get(object_id=source_page.translation_key, locale=source_page.locale)
    segment = StringSegment.objects.get(source=source, string__data=NEW_SUMMARY_IT)
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        data=text,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        last_translated_by=user,
    )


def test_plans_use_the_publication_workflow(demo_site):
    page = demo_site.page("project:coor-com", "it")
    assert page.get_workflow() == publication_workflow()
    assert demo_site.page("project:coor-com", "fr").get_workflow() == publication_workflow()
    task = page.get_workflow().tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]


def test_page_and_translation_go_live_together_once_the_translation_is_ready(
    client, demo_site, people, under_review, django_capture_on_commit_callbacks
):
    page, french = under_review, demo_site.page("project:coor-com", "fr")
    french_summary_before = french.summary

    # The French translation was made for the old summary: the moderator cannot approve.
    response = approve(client, page, people["moderator"])
    assert (
        said("The translations are not ready, so the page cannot be approved. %(details)s")
        in response.json()["html"]
    )
    assert workflow_status(page) == "in_progress"

    # The editor sees why on the page and in the readiness view.
    client.force_login(people["officer"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert said("This page waits for its translations: it cannot be approved until they are ready.") in (
        response.content.decode()
    )
    response = client.get(reverse("translations_readiness", args=[page.pk]))
    assert said("The source text changed since the translation was synced.") in response.content.decode()

    # The translator syncs from the version under review: one segment left to translate.
    client.force_login(people["translator"])
    response = client.post(reverse("translations_sync", args=[page.pk]))
    assert response.status_code == 302
    response = approve(client, page, people["moderator"])
    (entry,) = readiness(page)
    assert entry.state == "in_progress" and 0 < entry.progress < 100
    assert (
        said("%(progress)s%% of the text is translated.", progress=entry.progress) in response.json()["html"]
    )
    assert workflow_status(page) == "in_progress"

    translate_missing(page, french.locale, NEW_SUMMARY_FR, people["translator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = approve(client, page, people["moderator"])
    assert response.json()["step"] == "success"
    assert workflow_status(page) == "approved"

    page.refresh_from_db()
    french.refresh_from_db()
    assert page.summary == NEW_SUMMARY_IT and page.live and not page.has_unpublished_changes
    assert french.summary == NEW_SUMMARY_FR != french_summary_before
    assert french.live and not french.has_unpublished_changes
    # Same approval, same moment: both live revisions come from this one action.
    assert abs(page.last_published_at - french.last_published_at) < timedelta(seconds=5)
    assert french.live_revision.user == people["moderator"]


def test_a_draft_translation_is_not_published_before_its_source(client, demo_site, people, under_review):
    """While the source waits, the live French page keeps its old text."""
    french = demo_site.page("project:coor-com", "fr")
    before = french.summary
    client.force_login(people["translator"])
    client.post(reverse("translations_sync", args=[under_review.pk]))
    translate_missing(under_review, french.locale, NEW_SUMMARY_FR, people["translator"])
    french.refresh_from_db()
    assert french.summary == before
    client.get(reverse("translations_readiness", args=[under_review.pk]))
    assert demo_site.page("project:coor-com", "fr").summary == before


def test_a_scheduled_source_schedules_its_translations_for_the_same_moment(
    client, demo_site, people, django_capture_on_commit_callbacks
):
    page, french = demo_site.page("project:coor-com", "it"), demo_site.page("project:coor-com", "fr")
    go_live = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    page.summary = NEW_SUMMARY_IT
    page.go_live_at = go_live
    page.save_revision(user=people["officer"])
    client.force_login(people["translator"])
    client.post(reverse("translations_sync", args=[page.pk]))
    translate_missing(page, french.locale, NEW_SUMMARY_FR, people["translator"])
    Workflow.objects.get(name=PUBLICATION_WORKFLOW).start(page, people["officer"])

    with django_capture_on_commit_callbacks(execute=True):
        assert approve(client, page, people["moderator"]).json()["step"] == "success"

    page.refresh_from_db()
    french.refresh_from_db()
    assert page.summary != NEW_SUMMARY_IT and french.summary != NEW_SUMMARY_FR, "nothing live changed yet"
    assert page.get_latest_revision().approved_go_live_at == go_live
    assert french.get_latest_revision().approved_go_live_at == go_live


def test_approving_from_the_editor_cannot_skip_the_check(client, demo_site, people, under_review):
    """The page editor's approve posts the dialog's data straight to the task, without
    the dialog's form: here it names another, ready page. The task itself refuses."""
    client.force_login(people["moderator"])
    french = demo_site.page("project:coor-com", "fr")
    data = project_form(under_review, summary=NEW_SUMMARY_IT)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"page": demo_site.about_it.pk, "comment": ""}),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[under_review.pk]), data)
    assert response.status_code == 302
    assert workflow_status(under_review) == "in_progress"
    french.refresh_from_db()
    assert french.summary != NEW_SUMMARY_FR and not french.has_unpublished_changes


def test_only_moderators_may_approve(client, demo_site, people, under_review):
    client.force_login(people["officer"])
    state = WorkflowState.objects.get(object_id=str(under_review.pk), status="in_progress").current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[under_review.pk, "approve", state.pk])
    assert client.post(url, {"page": under_review.pk, "comment": ""}, **XHR).status_code == 403
    assert workflow_status(under_review) == "in_progress"


def test_publish_with_translations_publishes_what_is_ready_and_names_the_rest(
    client, demo_site, people, django_capture_on_commit_callbacks
):
    """The explorer's bulk action on a plan and its subpages."""
    plan = demo_site.page("plan:pro-sol")
    coor_com = demo_site.page("project:coor-com", "it")
    coor_com.summary = NEW_SUMMARY_IT  # new text: the French translation is out of date
    coor_com.save_revision(user=people["officer"])
    italian_sources = TranslationSource.objects.filter(locale=plan.locale).values("object_id")
    sibling = (
        ProjectPage.objects.child_of(plan)
        .filter(locale=plan.locale, translation_key__in=italian_sources)
        .exclude(pk=coor_com.pk)
        .first()
    )
    sibling.total_budget = 123456  # a fact: nothing for translators to do
    sibling.save_revision(user=people["officer"])

    client.force_login(people["officer"])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish_with_translations"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{url}?id={plan.pk}", {"include_descendants": "on"}, follow=True)

    sibling_fr = sibling.get_translation(demo_site.home_fr.locale).specific
    sibling.refresh_from_db()
    assert sibling.total_budget == sibling_fr.total_budget == 123456
    assert not sibling.has_unpublished_changes and not sibling_fr.has_unpublished_changes
    coor_com.refresh_from_db()
    assert coor_com.summary != NEW_SUMMARY_IT and coor_com.has_unpublished_changes
    message = " ".join(str(m) for m in response.context["messages"])
    assert f"“{coor_com.title}”" in message
    assert f"“{sibling.title}”" not in message


def test_the_confirmation_lists_each_languages_state(client, demo_site, people, under_review):
    client.force_login(people["officer"])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish_with_translations"))
    response = client.get(f"{url}?id={under_review.pk}")
    assert response.status_code == 200
    page = response.content.decode()
    assert said("translations not ready") in page
    assert said("The source text changed since the translation was synced.") in page


def test_only_those_working_on_the_page_may_sync_it(client, demo_site, people):
    """The French translator and the plan's officer may; the officer of another plan may not."""
    other_officer = make_user("t-other", plan_group_name(demo_site.page("plan:graies-lab", "fr")))
    page = demo_site.page("project:coor-com", "it")
    url = reverse("translations_sync", args=[page.pk])
    for user, allowed in ((people["translator"], True), (people["officer"], True), (other_officer, False)):
        client.force_login(user)
        assert (client.get(url).status_code == 200) is allowed, user.username
