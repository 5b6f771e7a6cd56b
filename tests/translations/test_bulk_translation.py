"""Translating and syncing a whole plan in one admin action, through django-tasks (issue 4)."""

import uuid
from datetime import date

import pytest
from modelsearch.index import insert_or_update_object

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.search.models import IndexEntry
from wagtail_localize.models import StringTranslation

from demo.factories import build_plan, translate_every_segment
from projects.models import ActionPage
from tests.support.wording import said
from translations.bulk import translate_plan
from translations.models import BulkTranslationJob
from translations.roles import TRANSLATORS, plan_group_name, setup_roles
from translations.status import status_rows
from translations.views.bulk import plan_buttons

PAGES = 31  # the plan, 3 projects, 27 actions


@pytest.fixture
def admin(client, demo_site):
    user = get_user_model().objects.create_superuser("coordinatrice", password="pw")
    client.force_login(user)
    return user


@pytest.fixture
def plan(demo_site):
    return build_plan(demo_site.page("projects"), PAGES, slug="pitem-nuovo")


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


def start(client, capture, kind, plan, language="fr"):
    """POST the confirmation form, as the admin would; the task runs on commit."""
    locale = Locale.objects.get(language_code=language).pk if language else ""
    with capture(execute=True):
        response = client.post(reverse(f"translations_bulk_{kind}", args=[plan.pk]), {"locale": locale})
    assert response.status_code == 302
    job = BulkTranslationJob.objects.latest("pk")
    assert response.url == reverse("translations_bulk_job", args=[job.pk])
    return job


def refused(response):
    """The admin turns PermissionDenied into a redirect to its dashboard, with a message."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def french_versions(plan, french):
    keys = Page.objects.descendant_of(plan, inclusive=True).values("translation_key")
    return Page.objects.filter(translation_key__in=keys, locale=french)


def test_translating_a_plan_makes_a_french_draft_of_every_page(
    client, admin, plan, french, django_capture_on_commit_callbacks
):
    confirm = client.get(reverse("translations_bulk_translate", args=[plan.pk]))
    assert confirm.status_code == 200
    plan_pages = said(
        "“%(plan)s” and its subpages make %(pages)s page.",
        plural="“%(plan)s” and its subpages make %(pages)s pages.",
        count=PAGES,
        plan=plan.title,
        pages=PAGES,
    )
    assert plan_pages in confirm.content.decode()

    job = start(client, django_capture_on_commit_callbacks, "translate", plan)
    job.refresh_from_db()
    assert (job.status, job.total, job.done, job.skipped, job.errors) == ("done", PAGES, PAGES, 0, [])
    assert job.finished_at is not None
    drafts = french_versions(plan, french)
    assert drafts.count() == PAGES
    assert not drafts.filter(live=True).exists()
    assert all(not problems for problems in Page.find_problems())

    french_plan = plan.get_translation(french)
    explorer = client.get(reverse("wagtailadmin_explore", args=[french_plan.pk])).content.decode()
    for child in french_plan.get_children():
        assert reverse("wagtailadmin_pages:edit", args=[child.pk]) in explorer

    page = client.get(reverse("translations_bulk_job", args=[job.pk])).content.decode()
    assert f'<progress id="job-progress" max="{PAGES}" value="{PAGES}">' in page
    assert 'http-equiv="refresh"' not in page
    assert reverse("translations_overview") + f"?plan={plan.pk}" in page

    again = start(client, django_capture_on_commit_callbacks, "translate", plan, language=None)
    again.refresh_from_db()
    assert (again.status, again.done, again.skipped) == ("done", 0, PAGES)
    assert french_versions(plan, french).count() == PAGES


def test_syncing_a_plan_sends_only_the_changed_text(
    client, admin, plan, french, django_capture_on_commit_callbacks
):
    start(client, django_capture_on_commit_callbacks, "translate", plan)
    pages = Page.objects.descendant_of(plan, inclusive=True)
    translate_every_segment(pages, french)
    edited = [page.specific for page in pages.order_by("path")[::10]]
    for page in edited:
        page.summary = "Una sintesi riscritta."
        page.save_revision(user=admin)
    rows = {row.source.pk: row.state for row in status_rows(root=plan, target_language="fr")}
    assert {pk for pk, state in rows.items() if state == "out_of_date"} == {page.pk for page in edited}
    kept = StringTranslation.objects.filter(locale=french).count()

    job = start(client, django_capture_on_commit_callbacks, "sync", plan)
    job.refresh_from_db()
    assert (job.status, job.total, job.done, job.errors) == ("done", len(edited), len(edited), [])
    rows = {row.source.pk: row.state for row in status_rows(root=plan, target_language="fr")}
    assert {pk for pk, state in rows.items() if state != "up_to_date"} == {page.pk for page in edited}
    assert {rows[page.pk] for page in edited} == {"in_progress"}
    assert StringTranslation.objects.filter(locale=french).count() == kept


def test_a_page_failing_validation_is_reported_and_the_others_translated(
    client, admin, plan, french, django_capture_on_commit_callbacks
):
    broken = ActionPage.objects.descendant_of(plan).order_by("path").last()
    ActionPage.objects.filter(pk=broken.pk).update(start_date=date(2020, 5, 1), end_date=date(2020, 1, 1))

    job = start(client, django_capture_on_commit_callbacks, "translate", plan)
    job.refresh_from_db()
    assert job.status == "done"
    assert job.done == PAGES - 1
    with translation.override("it"):  # the admin language of the user who started the job
        message = translation.gettext("The end date cannot come before the start date.")
    assert job.errors == [f"{broken.title}: {message}"]
    assert french_versions(plan, french).count() == PAGES - 1
    assert all(not problems for problems in Page.find_problems())
    page = client.get(reverse("translations_bulk_job", args=[job.pk])).content.decode()
    assert message in page


def test_a_plan_whose_parent_is_not_translated_is_refused(
    client, admin, plan, french, demo_site, django_capture_on_commit_callbacks
):
    catalogue_fr = demo_site.page("projects", "fr")
    Page.objects.filter(pk=catalogue_fr.pk).update(translation_key=uuid.uuid4())

    job = start(client, django_capture_on_commit_callbacks, "translate", plan)
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.errors[0] == said(
        "The page above the plan, “%(title)s”, is not translated into %(language)s yet.",
        title=demo_site.page("projects").title,
        language=french.get_display_name(),
    )
    assert not french_versions(plan, french).exists()


def test_the_job_page_refreshes_while_the_job_runs(client, admin, plan):
    job = BulkTranslationJob.objects.create(kind="translate", root=plan, user=admin)
    page = client.get(reverse("translations_bulk_job", args=[job.pk])).content.decode()
    assert "<progress" in page
    assert '<meta http-equiv="refresh" content="2">' in page
    BulkTranslationJob.objects.filter(pk=job.pk).update(status="running", total=40, done=10, skipped=2)
    page = client.get(reverse("translations_bulk_job", args=[job.pk])).content.decode()
    assert '<progress id="job-progress" max="40" value="12">' in page
    progress = (
        "%(processed)s of %(total)s pages dealt with: %(done)s done, %(skipped)s skipped "
        "(nothing to do), %(failed)s failed."
    )
    assert said(progress, processed=12, total=40, done=10, skipped=2, failed=0) in page


def test_only_plans_have_bulk_actions(client, admin, demo_site, django_assert_num_queries):
    project = demo_site.page("project:coor-com")
    for name in ("translations_bulk_translate", "translations_bulk_sync"):
        assert client.get(reverse(name, args=[project.pk])).status_code == 404
    project.specific_class  # noqa: B018 (content types cached, as in a real admin request)
    with django_assert_num_queries(0):
        assert plan_buttons(project, admin) == []
    plan = demo_site.page("plan:pro-sol")
    assert len(plan_buttons(plan, admin)) == 2
    header = client.get(reverse("wagtailadmin_explore", args=[plan.pk])).content.decode()
    assert reverse("translations_bulk_translate", args=[plan.pk]) in header
    assert reverse("translations_bulk_sync", args=[plan.pk]) in header


@pytest.fixture
def people(demo_site):
    setup_roles()
    groups = {
        "translator_fr": TRANSLATORS["fr"],
        "translator_it": TRANSLATORS["it"],
        "officer_a": plan_group_name(demo_site.page("plan:pro-sol")),
        "officer_b": plan_group_name(demo_site.page("plan:graies-lab", "fr")),
    }
    users = {"anonymous": None}
    for name, group in groups.items():
        users[name] = get_user_model().objects.create_user(name, password="pw")
        users[name].groups.add(Group.objects.get(name=group))
    return users


# PITEM PRO-SOL is an Italian source: (may translate, may sync).
RIGHTS = {
    "translator_fr": (False, True),
    "translator_it": (False, False),
    "officer_a": (True, True),
    "officer_b": (False, False),
}


@pytest.mark.parametrize("person", sorted(RIGHTS))
def test_who_may_translate_and_sync_a_plan(client, demo_site, people, person):
    plan = demo_site.page("plan:pro-sol")
    client.force_login(people[person])
    outcome = tuple(
        client.get(reverse(name, args=[plan.pk])).status_code == 200
        for name in ("translations_bulk_translate", "translations_bulk_sync")
    )
    assert outcome == RIGHTS[person]
    assert len(plan_buttons(plan, people[person])) == sum(RIGHTS[person])
    if not RIGHTS[person][0]:
        assert refused(client.post(reverse("translations_bulk_translate", args=[plan.pk]), {}))
        assert not BulkTranslationJob.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login_page(client, demo_site, admin):
    plan = demo_site.page("plan:pro-sol")
    job = BulkTranslationJob.objects.create(kind="sync", root=plan, user=admin)
    client.logout()
    for url in (
        reverse("translations_bulk_translate", args=[plan.pk]),
        reverse("translations_bulk_sync", args=[plan.pk]),
        reverse("translations_bulk_job", args=[job.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))


def test_a_job_is_shown_to_those_who_may_start_it(client, demo_site, people, admin):
    job = BulkTranslationJob.objects.create(kind="sync", root=demo_site.page("plan:pro-sol"), user=admin)
    client.force_login(people["translator_fr"])
    assert client.get(reverse("translations_bulk_job", args=[job.pk])).status_code == 200
    client.force_login(people["officer_b"])
    assert refused(client.get(reverse("translations_bulk_job", args=[job.pk])))


def translation_queries(plan, user):
    """Queries the translating task makes for ``plan``, per page it translates."""
    job = BulkTranslationJob.objects.create(
        kind="translate", root=plan, locale=Locale.objects.get(language_code="fr"), user=user
    )
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        translate_plan.enqueue(job.pk)
    job.refresh_from_db()
    assert (job.status, job.errors) == ("done", [])
    return len(queries) / job.done


def test_the_queries_per_page_do_not_grow_with_the_plan(admin, demo_site):
    """What each page needs is read once per batch, and nothing per page grows with the plan.
    About 105 queries a page remain, nearly all Wagtail's copy, saves and revisions of the new
    page; there were about 220 when each page repeated its look-ups and indexed itself at
    every save (``manage.py bench --bulk`` prints them for 1,000 pages)."""
    small = translation_queries(build_plan(demo_site.page("projects"), 20, slug="pitem-20"), admin)
    large = translation_queries(build_plan(demo_site.page("projects"), 40, slug="pitem-40"), admin)
    assert large <= small * 1.05
    assert small < 125


def indexes(pages):
    """The pages' search entries and outgoing references, as comparable values."""
    ids, types = [str(page.pk) for page in pages], {page.content_type_id for page in pages}
    entries = IndexEntry.objects.filter(object_id__in=ids, content_type__in=types)
    fields = ("content_type_id", "object_id", "title", "autocomplete", "body")
    search = sorted(map(str, entries.values_list(*fields)))
    fields = (
        "object_id",
        "content_type_id",
        "to_content_type_id",
        "to_object_id",
        "model_path",
        "content_path",
    )
    references = ReferenceIndex.objects.filter(object_id__in=ids, base_content_type__app_label="wagtailcore")
    references = sorted(references.values_list(*fields))
    return search, references


def test_the_translations_are_indexed_as_if_saved_one_by_one(admin, demo_site, french):
    """The job indexes each page once, when its batch ends, rather than at each of its saves."""
    plan = build_plan(demo_site.page("projects"), 12, slug="pitem-indici")
    receivers = {key for key, *_rest in post_save.receivers}
    job = BulkTranslationJob.objects.create(kind="translate", root=plan, locale=french, user=admin)
    translate_plan.enqueue(job.pk)
    assert {key for key, *_rest in post_save.receivers} == receivers
    drafts = list(french_versions(plan, french).specific())
    search, references = indexes(drafts)
    assert len(search) == len(drafts) == 12
    assert {reference[-2] for reference in references} >= {
        "project_partners.item.partner",
        "programme_period",
    }

    for page in drafts:  # what Wagtail's signal handlers do at each save
        insert_or_update_object(page)
        with transaction.atomic():
            ReferenceIndex.create_or_update_for_object(page)
    assert indexes(drafts) == (search, references)
