"""The publication workflow speaks the editor's language: its buttons, without doubled
verbs (Wagtail built them from English database names and added "and Publish" to ours),
and its and its task's names wherever Wagtail shows them, screens and emails alike."""

import html

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import Task, Workflow

from tests.support.admin import post_edit, project_form
from tests.support.html import soup
from tests.support.users import make_user
from tests.support.wording import said
from translations.roles import (
    MODERATORS,
    PUBLICATION_WORKFLOW,
    TRANSLATIONS_READY_TASK,
    ensure_plan_group,
    plan_group_name,
    publication_workflow,
)

pytestmark = pytest.mark.django_db


def action_labels(client, page):
    page_html = soup(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    footer = page_html.select_one("footer") or page_html
    return " ".join(footer.get_text(" ").split())


@pytest.mark.parametrize("language", ["it", "fr"])
def test_officer_submits_for_publication_with_translations_in_their_language(client, demo_site, language):
    officer = make_user("w-officer", plan_group_name(demo_site.page("plan:pro-sol")), language=language)
    client.force_login(officer)
    labels = action_labels(client, demo_site.page("project:coor-com"))  # the Italian source
    assert said("Submit for publication with translations", language) in labels
    assert PUBLICATION_WORKFLOW not in labels


@pytest.mark.parametrize("language", ["it", "fr"])
def test_moderator_approves_with_one_verb_in_their_language(client, demo_site, language):
    page = demo_site.page("project:coor-com")
    officer = make_user("w-officer", plan_group_name(demo_site.page("plan:pro-sol")))
    page.save_revision(user=officer)
    Workflow.objects.get(name=PUBLICATION_WORKFLOW).start(page, officer)
    client.force_login(make_user("w-moderator", MODERATORS, language=language))
    labels = action_labels(client, page)
    approve = said("Approve and publish with translations", language)
    assert approve in labels
    assert said("%(label)s and Publish", language, label=approve) not in labels


# The workflow's and task's names (translations/names.py): stored in English, read in
# the reader's admin language wherever Wagtail shows them.

WORKFLOW_NAME = PUBLICATION_WORKFLOW
TASK_NAME = TRANSLATIONS_READY_TASK
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def seen(client, url):
    """A screen's text and attributes (Wagtail puts task names in tooltips and dialog titles)."""
    return html.unescape(client.get(url).content.decode())


def submitted(page, officer, in_language="it"):
    """The page in its workflow, started by an officer whose admin speaks ``in_language``
    (Wagtail's history keeps the names as they read then)."""
    page.save_revision(user=officer)
    with translation.override(in_language):
        return publication_workflow().start(page, officer)


def submitted_form(form):
    """What a browser posts for ``form`` unchanged."""
    data = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name = field["name"]
        if field.name == "select":
            chosen = field.select("option[selected]")
            value = chosen[0].get("value", chosen[0].get_text()) if chosen else None
        elif field.name == "textarea":
            value = field.get_text()
        elif field.get("type") in ("checkbox", "radio"):
            value = field.get("value", "on") if field.has_attr("checked") else None
        elif field.get("type") in ("submit", "button", "file"):
            value = None
        else:
            value = field.get("value", "")
        if value is not None:
            data.setdefault(name, []).append(value)
    return data


@pytest.mark.parametrize("language", ["it", "fr"])
def test_officer_reads_the_task_and_workflow_names_in_their_language(client, demo_site, language):
    page = demo_site.page("project:coor-com")
    officer = make_user("w-officer", plan_group_name(demo_site.page("plan:pro-sol")), language=language)
    submitted(page, officer, in_language="fr" if language == "it" else "it")
    client.force_login(officer)
    dashboard = seen(client, reverse("wagtailadmin_home"))  # "your pages in a workflow"
    editor = seen(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))  # status side panel
    assert said(TASK_NAME, language) in dashboard
    assert said(TASK_NAME, language) in editor
    assert said(WORKFLOW_NAME, language) in editor
    for screen in (dashboard, editor):
        assert TASK_NAME not in screen
        assert WORKFLOW_NAME not in screen


@pytest.mark.parametrize("language", ["it", "fr"])
def test_moderator_reads_the_names_in_their_language_on_dashboard_and_history(client, demo_site, language):
    page = demo_site.page("project:coor-com")
    officer = make_user("w-officer", plan_group_name(demo_site.page("plan:pro-sol")))
    other = "fr" if language == "it" else "it"
    submitted(page, officer, in_language=other)
    client.force_login(make_user("w-moderator", MODERATORS, language=language))
    dashboard = seen(client, reverse("wagtailadmin_home"))  # "awaiting your review"
    workflows = seen(client, reverse("wagtailadmin_pages:workflow_history", args=[page.pk]))
    history = seen(client, reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert said(TASK_NAME, language) in dashboard
    assert said(WORKFLOW_NAME, language) in workflows
    # Logged while the officer's admin spoke the other language, read in the moderator's.
    assert said(WORKFLOW_NAME, language) in history
    assert said(TASK_NAME, language) in history
    for screen in (dashboard, workflows, history):
        for name in (TASK_NAME, WORKFLOW_NAME):
            assert name not in screen
            assert said(name, other) not in screen


def test_notification_emails_name_the_task_and_workflow_in_the_recipients_language(
    client, demo_site, mailoutbox, django_capture_on_commit_callbacks
):
    page = demo_site.page("project:coor-com")
    plan = demo_site.page("plan:pro-sol")
    officer = make_user("w-officer", plan_group_name(plan), language="fr", email="officer@example.org")
    make_user("w-moderateur", MODERATORS, language="fr", email="moderateur@example.org")
    moderator = make_user("w-moderatore", MODERATORS, language="it", email="moderatore@example.org")
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        post_edit(client, page, project_form(page, **{"action-submit": "1"}))
    to_moderators = {mail.to[0]: mail for mail in mailoutbox}
    french, italian = to_moderators["moderateur@example.org"], to_moderators["moderatore@example.org"]
    assert said(TASK_NAME, "fr") in french.subject and said(TASK_NAME, "fr") in french.body
    assert said(TASK_NAME, "it") in italian.subject and said(TASK_NAME, "it") in italian.body

    mailoutbox.clear()
    client.force_login(moderator)
    state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"comment": "Manca il riassunto."}, **XHR)
    [rejected] = [mail for mail in mailoutbox if mail.to == ["officer@example.org"]]
    assert said(WORKFLOW_NAME, "fr") in rejected.subject
    assert said(TASK_NAME, "fr") in rejected.body and said(WORKFLOW_NAME, "fr") in rejected.body
    for mail in (french, italian, rejected):
        for name in (TASK_NAME, WORKFLOW_NAME):
            assert name not in mail.subject + mail.body


def test_a_renamed_workflow_keeps_its_own_name_and_stays_the_plans_workflow(client, demo_site):
    workflow = publication_workflow()
    task = workflow.tasks.get()
    workflows = Workflow.objects.count()
    Workflow.objects.filter(pk=workflow.pk).update(name="Piani ALCOTRA")
    Task.objects.filter(pk=task.pk).update(name="Controllo finale")
    plan = demo_site.page("plan:pro-sol")
    ensure_plan_group(plan)  # finds the renamed workflow by its task, makes no other one
    assert publication_workflow() == workflow
    assert Workflow.objects.count() == workflows
    page = demo_site.page("project:coor-com")
    officer = make_user("w-officer", plan_group_name(plan), language="fr")
    client.force_login(officer)
    assert said("Submit for publication with translations", "fr") in action_labels(client, page)
    submitted(page, officer)
    editor = seen(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Piani ALCOTRA" in editor
    assert "Controllo finale" in editor


def test_saving_wagtails_workflow_and_task_forms_keeps_the_english_default(client, demo_site):
    workflow = publication_workflow()
    task = workflow.tasks.get()
    client.force_login(make_user("w-admin", superuser=True, language="it"))
    for url, name in (
        (reverse("wagtailadmin_workflows:edit", args=[workflow.pk]), WORKFLOW_NAME),
        (reverse("wagtailadmin_workflows:edit_task", args=[task.pk]), TASK_NAME),
    ):
        data = submitted_form(soup(client.get(url)).select_one("form[method=post]"))
        assert data["name"] == [said(name, "it")]  # the administrator reads it in Italian
        assert client.post(url, data).status_code == 302, url
    assert Workflow.objects.filter(pk=workflow.pk, name=WORKFLOW_NAME).exists()
    assert Task.objects.filter(pk=task.pk, name=TASK_NAME).exists()
    assert Workflow.objects.only("pk").get(pk=workflow.pk).name == said(WORKFLOW_NAME, "it")
    with translation.override("fr"):
        assert Task.objects.get(pk=task.pk).specific.name == said(TASK_NAME, "fr")
