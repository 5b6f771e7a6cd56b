"""The translation models moved from cms to the translations app (cms 0005, translations
0001). A database of the version before the move, with demo data, an open translation
request, a bulk job and a workflow waiting at "translations ready", migrates forward
with every row kept, and the moderator then completes the workflow in the admin."""

from decimal import Decimal

import pytest

from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from wagtail.models import Workflow, WorkflowState

from tests.support.users import make_user
from translations.models import BulkTranslationJob, TranslationRequest, TranslationsReadyTask
from translations.roles import MODERATORS, PUBLICATION_WORKFLOW, plan_group_name

pytestmark = pytest.mark.django_db(transaction=True)

MOVED = ("translationrequest", "bulktranslationjob", "translationsreadytask", "translationsreadytask_groups")
NEW_BUDGET = Decimal("512000.00")


def tables():
    return set(connection.introspection.table_names())


def content_type_app(model):
    with connection.cursor() as cursor:
        cursor.execute("SELECT app_label FROM django_content_type WHERE model = %s", [model])
        return [row[0] for row in cursor.fetchall()]


def task_content_type_of(state_pk):
    """The content type a workflow's current task points at, read with SQL: between the
    two migrations the models and their tables do not match."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ct.app_label, ct.model FROM wagtailcore_workflowstate ws "
            "JOIN wagtailcore_taskstate ts ON ts.id = ws.current_task_state_id "
            "JOIN wagtailcore_task t ON t.id = ts.task_id "
            "JOIN django_content_type ct ON ct.id = t.content_type_id WHERE ws.id = %s",
            [state_pk],
        )
        return cursor.fetchone()


def test_database_from_before_the_move_migrates_and_its_workflow_completes(client, live_demo_site):
    # The scene, as it stood before the move: a fact changed under review in the plan's
    # workflow, an open request for translators and a finished bulk job.
    page = live_demo_site.page("project:coor-com", "it")
    french = live_demo_site.page("project:coor-com", "fr")
    officer = make_user("m-officer", plan_group_name(live_demo_site.page("plan:pro-sol")))
    moderator = make_user("m-moderator", MODERATORS)
    page.total_budget = NEW_BUDGET
    revision = page.save_revision(user=officer)
    state = Workflow.objects.get(name=PUBLICATION_WORKFLOW).start(page, officer)
    TranslationRequest.objects.create(page=page, locale=french.locale, revision=revision)
    BulkTranslationJob.objects.create(kind="sync", root=page.get_parent(), user=officer, status="done")
    task_groups = list(TranslationsReadyTask.objects.get().groups.values_list("name", flat=True))

    # Back to the schema and content types of the version before the move.
    call_command("migrate", "translations", "zero", verbosity=0)
    call_command("migrate", "cms", "0004", verbosity=0)
    assert {f"cms_{name}" for name in MOVED} <= tables()
    assert not {f"translations_{name}" for name in MOVED} & tables()
    assert task_content_type_of(state.pk) == ("cms", "translationsreadytask")

    # Forward, as an upgrade runs it.
    call_command("migrate", verbosity=0)
    assert {f"translations_{name}" for name in MOVED} <= tables()
    assert not {f"cms_{name}" for name in MOVED} & tables()
    for model in ("translationrequest", "bulktranslationjob", "translationsreadytask"):
        assert content_type_app(model) == ["translations"]
    assert task_content_type_of(state.pk) == ("translations", "translationsreadytask")
    assert TranslationRequest.objects.get().revision_id == revision.pk
    assert BulkTranslationJob.objects.get().status == "done"
    assert list(TranslationsReadyTask.objects.get().groups.values_list("name", flat=True)) == task_groups

    # The moderator approves in the admin (the dialog's post): both languages go live
    # with the new budget, the same moment.
    state = WorkflowState.objects.get(pk=state.pk)
    assert isinstance(state.current_task_state.task.specific, TranslationsReadyTask)
    client.force_login(moderator)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk]
    )
    response = client.post(url, {"page": page.pk, "comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200, response.content[:500]
    state.refresh_from_db()
    assert state.status == "approved"
    page.refresh_from_db()
    french.refresh_from_db()
    assert page.total_budget == french.total_budget == NEW_BUDGET
    assert not page.has_unpublished_changes
