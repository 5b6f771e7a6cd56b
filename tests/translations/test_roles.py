"""Who may do what, checked through the admin's own URLs (issue 4, roles)."""

from datetime import date

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import PageLogEntry, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import NewsPage
from projects.models import PlanPage
from tests.support.pages import publish
from translations.roles import MODERATORS, PUBLICATION_WORKFLOW, TRANSLATORS, plan_group_name, setup_roles

ACTORS = ("anonymous", "translator_fr", "translator_it", "officer_a", "officer_b", "moderator", "admin")


@pytest.fixture
def actors(demo_site):
    setup_roles()
    User = get_user_model()
    pro_sol, graies = demo_site.page("plan:pro-sol"), demo_site.page("plan:graies-lab", "fr")
    groups = {
        "translator_fr": TRANSLATORS["fr"],
        "translator_it": TRANSLATORS["it"],
        "officer_a": plan_group_name(pro_sol),
        "officer_b": plan_group_name(graies),
        "moderator": MODERATORS,
    }
    users = {"anonymous": None, "admin": User.objects.create_superuser("boss", password="pw")}
    for actor, group in groups.items():
        user = User.objects.create_user(actor, password="pw")
        user.groups.add(Group.objects.get(name=group))
        users[actor] = user
    return users


def as_actor(client, actors, actor):
    client.logout()
    if actors[actor] is not None:
        client.force_login(actors[actor])
    return client


def allowed(response):
    """200 means the admin let the user in; login redirects and 403 mean it did not."""
    return response.status_code == 200


def publish_through_admin(client, page):
    """The bulk 'publish' action, as the page explorer posts it."""
    before = PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={page.pk}"
    client.post(url, {"include_descendants": False})
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() > before


# COOR-COM belongs to PITEM PRO-SOL (officer A's plan); Italian is its source language.
# Columns: view draft, edit IT source, edit FR translation, publish IT, publish FR,
# submit translation, approve the "translations ready" task, change synchronised facts.
# Issue 10: a translator into Italian sees no draft of an Italian source and starts no
# translation out of Italian; an officer starts translations in their own plan only.
EXPECTED = {
    "anonymous": (False, False, False, False, False, False, False, False),
    "translator_fr": (False, False, True, False, False, True, False, False),
    "translator_it": (False, False, False, False, False, False, False, False),
    "officer_a": (True, True, True, True, True, True, False, True),
    "officer_b": (False, False, False, False, False, False, False, False),
    "moderator": (True, True, True, True, True, True, True, True),
    "admin": (True, True, True, True, True, True, True, True),
}


def approve_through_admin(client, page, starter):
    """The moderator's approve dialog on a page whose translations are ready."""
    Workflow.objects.get(name=PUBLICATION_WORKFLOW).start(page, starter)
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state_id]
    )
    client.post(url, {"page": page.pk, "comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    state.refresh_from_db()
    return state.status == "approved"


def change_facts_through_admin(client, demo_site):
    """Post the editor's form with a new date, to a news item's source and to its
    translation; True if either saved version now has that date."""
    source = NewsPage.objects.descendant_of(demo_site.page("plan:pro-sol")).get(
        locale__language_code="it", slug="pro-sol-quattro-progetti"
    )
    translation = source.get_translation(demo_site.home_fr.locale)
    changed = []
    for page in (source, translation):
        data = nested_form_data(
            {
                "title": page.title,
                "slug": page.slug,
                "summary": page.summary,
                "date": NEW_DATE.isoformat(),
                "image_alt": page.image_alt,
                "body": streamfield([("heading", {"text": page.title, "level": "h2"})]),
                "related_pages": inline_formset([]),
                "comments": inline_formset([]),
            }
        )
        client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
        page.refresh_from_db()
        changed.append(page.date == NEW_DATE or page.get_latest_revision().as_object().date == NEW_DATE)
    return any(changed)


NEW_DATE = date(2031, 3, 14)


@pytest.mark.parametrize("actor", ACTORS)
def test_permission_matrix(client, demo_site, actors, actor):
    source = demo_site.page("project:coor-com", "it")
    translation = demo_site.page("project:coor-com", "fr")
    client = as_actor(client, actors, actor)
    outcome = (
        allowed(client.get(reverse("wagtailadmin_pages:view_draft", args=[source.pk]))),
        allowed(client.get(reverse("wagtailadmin_pages:edit", args=[source.pk]))),
        allowed(client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))),
        publish_through_admin(client, source),
        publish_through_admin(client, translation),
        allowed(client.get(reverse("wagtail_localize:submit_page_translation", args=[source.pk]))),
        approve_through_admin(client, source, actors["admin"]),
        change_facts_through_admin(client, demo_site),
    )
    assert outcome == EXPECTED[actor]


def test_translator_into_italian_edits_italian_translations(client, demo_site, actors):
    """CARE comes from the French seed: its Italian version is a translation."""
    client = as_actor(client, actors, "translator_it")
    care_it = demo_site.page("project:care", "it")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[care_it.pk]))
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in {t.name for t in response.templates}


def test_setup_roles_is_idempotent(demo_site):
    from wagtail.models import GroupPagePermission

    setup_roles()
    before = (Group.objects.count(), GroupPagePermission.objects.count())
    setup_roles()
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before


def test_a_new_plan_gets_its_officers_group(demo_site):
    catalogue = demo_site.page("projects")
    period = demo_site.page("plan:pro-sol").programme_period
    publish(
        catalogue,
        PlanPage(
            title="PITEM BIODIV", slug="biodiv", acronym="BIODIV", full_name="B", programme_period=period
        ),
    )
    group = Group.objects.get(name="Plan officers: BIODIV")
    assert group.page_permissions.filter(page__slug="biodiv", permission__codename="publish_page").exists()
