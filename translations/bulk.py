"""Bulk translation work on a plan, run as django-tasks tasks so no request waits for it.

The worker (`manage.py worker`) runs them; the test suite runs them at once, in the
request (TASKS_BACKEND=immediate). Either way the work goes in batches, each in
its own transaction: the job row shows progress after every batch, wagtail-localize's
``on_commit`` callbacks run at each batch's commit, and a page that fails (a
validation error, say) is rolled back alone, reported as "title: message" in the
job's errors, while the others are kept.
"""

from django_tasks import task

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    SourceDeletedError,
    Translation,
    TranslationSource,
)

from .models import BulkTranslationJob
from .status import OUT_OF_DATE, status_rows
from .sync import source_version, sync_from_latest_revision

BATCH_SIZE = 25
DONE, SKIPPED = "done", "skipped"
# What one page can raise without the rest of the job being wrong.
PAGE_ERRORS = (
    ValidationError,
    DatabaseError,
    ObjectDoesNotExist,
    MissingRelatedObjectError,
    MissingTranslationError,
    SourceDeletedError,
)


class JobRefused(Exception):
    """The job cannot start; its message is shown on the job page."""


@task()
def translate_plan(job_id):
    """Drafts in every target language for the plan and its subpages not translated yet.

    Pages go in tree order, parents first, so each page's parent is translated before
    it. The plan's own parent must already be translated: the job fails with a message
    rather than letting wagtail-localize copy the parent chain untranslated
    (``save_target`` passes ``copy_parent_pages=True``). A page whose parent could not
    be translated in this job is reported for the same reason.
    """
    job = BulkTranslationJob.objects.select_related("root", "locale", "user").get(pk=job_id)

    def units():
        locales = job.target_locales()
        parent = job.root.get_parent()
        for locale in locales:
            if not parent.is_root() and not translated_page_exists(parent, locale):
                raise JobRefused(
                    _("The page above the plan, “%(title)s”, is not translated into %(language)s yet.")
                    % {"title": parent.title, "language": locale.get_display_name()}
                )
        pages = Page.objects.descendant_of(job.root, inclusive=True).order_by("path")
        return [(page, locale) for page in pages.only("pk", "title", "path", "depth") for locale in locales]

    run(job, units, lambda page, locale: translate_page(page, locale, user=job.user))


@task()
def sync_plan(job_id):
    """Sync every out-of-date translation under the plan from its source's latest revision."""
    job = BulkTranslationJob.objects.select_related("root", "locale").get(pk=job_id)

    def units():
        language = job.locale.language_code if job.locale_id else None
        sources = {}
        for row in status_rows(root=job.root, target_language=language, state=OUT_OF_DATE):
            sources.setdefault(row.source.pk, row.source)
        return [(source, None) for source in sources.values()]

    run(job, units, lambda page, _locale: DONE if sync_from_latest_revision(page) else SKIPPED)


def translated_page_exists(page, locale):
    return Page.objects.filter(translation_key=page.translation_key, locale=locale).exists()


def translated(page, locale):
    """True when the page exists in ``locale`` or its translation there was started."""
    return (
        translated_page_exists(page, locale)
        or Translation.objects.filter(source__object_id=page.translation_key, target_locale=locale).exists()
    )


def translate_page(page, locale, user=None):
    """What wagtail-localize's "Translate" view does, for one page and one language.

    The source text is the latest revision, as when syncing (translations/sync.py).
    """
    page = page.specific
    if translated(page, locale):
        return SKIPPED
    parent = page.get_parent()
    if not parent.is_root() and not translated_page_exists(parent, locale):
        raise ValidationError(
            _("The page above it is not translated into %(language)s.")
            % {"language": locale.get_display_name()}
        )
    source, _created = TranslationSource.get_or_create_from_instance(source_version(page))
    target, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    target.save_target(user=user, publish=False)
    return DONE


def run(job, units, work):
    """Do ``work(page, locale)`` for each pair ``units()`` gives, in batches, recording progress.

    Messages are written in the admin language of the job's user, wherever the task runs.
    """
    language = UserProfile.get_for_user(job.user).get_preferred_language() if job.user else None
    with translation.override(language or translation.get_language()):
        try:
            claim(job)
            todo = units()
            job.total = len(todo)
            job.save(update_fields=["total"])
            for start in range(0, len(todo), BATCH_SIZE):
                with transaction.atomic():
                    for page, locale in todo[start : start + BATCH_SIZE]:
                        record(job, work, page, locale)
                    job.heartbeat_at = timezone.now()
                    job.save(update_fields=["done", "skipped", "errors", "heartbeat_at"])
            finish(job, BulkTranslationJob.Status.DONE)
        except JobRefused as refusal:
            job.errors.append(str(refusal))
            finish(job, BulkTranslationJob.Status.FAILED)
        except Exception as error:
            job.errors.append(_("The job stopped: %(error)s") % {"error": error})
            finish(job, BulkTranslationJob.Status.FAILED)
            raise


def claim(job):
    """Mark the job running, unless another job on its plan is: two jobs on one plan
    would translate the same pages at once. The plan's row is locked meanwhile, so two
    workers claiming jobs on one plan take turns (PostgreSQL; SQLite writes one at a time).

    A resumed job starts its counts again: pages it already did are "skipped" now.
    """
    with transaction.atomic():
        list(Page.objects.select_for_update().filter(pk=job.root_id).values_list("pk", flat=True))
        other = BulkTranslationJob.active_on(job.root_id)
        if other is not None and other.pk != job.pk and other.status == BulkTranslationJob.Status.RUNNING:
            raise JobRefused(_("Another job is already running on this plan."))
        job.status, job.heartbeat_at = BulkTranslationJob.Status.RUNNING, timezone.now()
        job.done, job.skipped, job.errors, job.finished_at = 0, 0, [], None
        job.save(update_fields=["status", "heartbeat_at", "done", "skipped", "errors", "finished_at"])


def record(job, work, page, locale):
    """One page in its own savepoint: a failure undoes that page only."""
    try:
        with transaction.atomic():
            outcome = work(page, locale)
    except PAGE_ERRORS as error:
        job.errors.append(f"{page.title}: {message(error)}")
        return
    if outcome == SKIPPED:
        job.skipped += 1
    else:
        job.done += 1


def message(error):
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or error.__class__.__name__


def finish(job, status):
    job.status, job.finished_at = status, timezone.now()
    job.save(update_fields=["status", "finished_at", "done", "skipped", "errors"])
