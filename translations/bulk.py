"""Bulk translation work on a plan, run as django-tasks tasks so no request waits for it.

The worker (`manage.py worker`) runs them; the test suite runs them at once, in the
request (TASKS_BACKEND=immediate). Either way the work goes in batches, each in
its own transaction: the job row shows progress after every batch, wagtail-localize's
``on_commit`` callbacks run at each batch's commit, and a page that fails (a
validation error, say) is rolled back alone, reported as "title: message" in the
job's errors, while the others are kept.

A plan has hundreds of pages, so nothing is looked up once per page that can be read
once per batch: the pages as their specific types with their latest revisions, which of
them and of their parents exist in the target language, their sources (``prepare``).
Sources are stored in bulk (translations/sync.py), and the search and reference indexes,
which Wagtail updates at every save (four for each translated page), are updated once
per page when its batch ends (``indexed_once``). ``manage.py bench --bulk`` prints the
queries per page.
"""

import logging
import threading
from collections import defaultdict
from contextlib import contextmanager

from django_tasks import task
from modelsearch import signal_handlers as search_signal_handlers
from modelsearch.backends import get_search_backends_with_name
from modelsearch.index import get_indexed_models

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import DatabaseError, transaction
from django.db.models.signals import post_save
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from modelcluster.fields import ParentalKey
from wagtail.models import Page, ReferenceIndex, Revision
from wagtail.signal_handlers import update_reference_index_on_save
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
from .sync import create_source, source_version, sync_from_latest_revision

logger = logging.getLogger(__name__)

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
        pages = pages.only("pk", "title", "path", "depth", "translation_key")
        return [(page, locale) for page in pages for locale in locales]

    run(job, units, PlanTranslation(user=job.user))


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

    run(job, units, PlanSync())


def translated_page_exists(page, locale):
    return Page.objects.filter(translation_key=page.translation_key, locale=locale).exists()


def specific_pages(pages):
    """pk → each page as its specific type, with its latest revision: a query per type."""
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[page.pk for page in pages]).specific()}
    revisions = Revision.objects.in_bulk({p.latest_revision_id for p in specific.values()} - {None})
    for page in specific.values():
        if page.latest_revision_id in revisions:
            page.latest_revision = revisions[page.latest_revision_id]
    return specific


class PlanSync:
    """``sync_from_latest_revision`` for each page of a batch, the pages read together."""

    def __init__(self):
        self.pages = {}  # pk → the specific page, this batch's

    def prepare(self, batch):
        self.pages = specific_pages([page for page, _locale in batch])

    def __call__(self, page, _locale):
        return DONE if sync_from_latest_revision(self.pages.get(page.pk, page)) else SKIPPED


class PlanTranslation:
    """What wagtail-localize's "Translate" view does, for each page and language of a batch.

    The source text is the latest revision, as when syncing (translations/sync.py). What
    every page would look up again (itself as its specific type, its latest revision,
    whether it and its parent exist in the language, whether its translation was started)
    is read once per batch; pages translated since are remembered.
    """

    def __init__(self, user=None):
        self.user = user
        self.pages = {}  # pk → the specific page, this batch's
        self.parent_keys = {}  # path → translation key, of this batch's parents
        self.present = defaultdict(set)  # locale pk → translation keys of pages in that locale
        self.started = defaultdict(set)  # locale pk → translation keys with a Translation there
        self.sources = {}  # (translation key, locale pk) → TranslationSource, of this batch's pages
        self.schema_versions = {}  # app label → its last migration, recorded in each source

    def prepare(self, batch):
        pages = [page for page, _locale in batch]
        self.pages = specific_pages(pages)
        parents = {page.path[: -Page.steplen] for page in pages}
        self.parent_keys = dict(Page.objects.filter(path__in=parents).values_list("path", "translation_key"))
        keys = {page.translation_key for page in pages} | set(self.parent_keys.values())
        sources = TranslationSource.objects.filter(object_id__in=[page.translation_key for page in pages])
        self.sources = {(source.object_id, source.locale_id): source for source in sources}
        for locale in {locale for _page, locale in batch}:
            present = Page.objects.filter(locale=locale, translation_key__in=keys)
            self.present[locale.pk] = set(present.values_list("translation_key", flat=True))
            started = Translation.objects.filter(target_locale=locale, source__object_id__in=keys)
            self.started[locale.pk] = set(started.values_list("source__object_id", flat=True))

    def __call__(self, page, locale):
        key = page.translation_key
        if key in self.present[locale.pk] or key in self.started[locale.pk]:
            return SKIPPED
        if page.depth > 2 and self.parent_keys.get(page.path[: -Page.steplen]) not in self.present[locale.pk]:
            raise ValidationError(
                _("The page above it is not translated into %(language)s.")
                % {"language": locale.get_display_name()}
            )
        # A page deleted since the batch began is not there: .specific raises DoesNotExist.
        instance = source_version(self.pages.get(page.pk) or page)
        # As TranslationSource.get_or_create_from_instance: an existing source is used as it is.
        source = self.sources.get((key, instance.locale_id)) or create_source(instance, self.schema_versions)
        # No translation into this language was started (above): there is none to get.
        target = Translation.objects.create(source=source, target_locale=locale)
        target.save_target(user=self.user, publish=False)
        self.present[locale.pk].add(key)
        self.sources[key, instance.locale_id] = source
        return DONE


def run(job, units, work):
    """Do ``work(page, locale)`` for each pair ``units()`` gives, in batches, recording progress;
    ``work.prepare(batch)`` reads at the start of each batch what its pages will need.

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
                batch = todo[start : start + BATCH_SIZE]
                with transaction.atomic():
                    with indexed_once():
                        work.prepare(batch)
                        for page, locale in batch:
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


@contextmanager
def indexed_once():
    """Search and reference index updates done once per saved object, when the batch ends.

    Wagtail updates both indexes after every save: translating a page saves it four
    times, and its child rows (a project's partners) each update their page's references
    again. Here, in this thread, those saves are only noted; when the block ends, each
    object is indexed once, in its final state (the search index in bulk), still inside
    the batch's transaction. Saves in other threads are indexed as usual meanwhile.
    """
    thread, saved = threading.get_ident(), {"search": {}, "references": {}}

    def noting(kind, handler):
        def receiver(sender, instance, raw=False, **kwargs):
            if threading.get_ident() != thread:
                return handler(sender=sender, instance=instance, raw=raw, **kwargs)
            if not raw:  # as Wagtail's handlers: fixtures are not indexed
                saved[kind].pop((sender, instance.pk), None)
                saved[kind][sender, instance.pk] = None  # remembered in the order of last save
            return None

        return receiver

    search, references = search_signal_handlers.post_save_signal_handler, update_reference_index_on_save
    swaps = [  # each handler, and the models it may be connected to
        (search, noting("search", search), get_indexed_models()),
        (references, noting("references", references), list(ReferenceIndex.tracked_models)),
    ]
    swapped = []
    for handler, receiver, models in swaps:
        for model in models:
            # Connected before the handler is taken off: no save in between goes unindexed.
            post_save.connect(receiver, sender=model, weak=False)
            if post_save.disconnect(handler, sender=model):
                swapped.append((model, handler, receiver))
            else:  # not connected (a model left out of automatic updates)
                post_save.disconnect(receiver, sender=model)
    try:
        yield
    finally:
        for model, handler, receiver in swapped:
            post_save.connect(handler, sender=model)
            post_save.disconnect(receiver, sender=model)
    update_search_index(saved["search"])
    update_reference_index(saved["references"])


def update_search_index(saved):
    """What modelsearch's ``insert_or_update_object`` task does for each object, in bulk."""
    by_model = defaultdict(list)
    for model, pk in saved:
        by_model[model].append(pk)
    indexed = defaultdict(dict)
    for model, pks in by_model.items():
        for obj in model._default_manager.filter(pk__in=pks):
            instance = obj.get_indexed_instance()
            if instance is not None:
                indexed[type(instance)][instance.pk] = instance
    for model, objects in indexed.items():
        present = set(model.get_indexed_objects().filter(pk__in=objects).values_list("pk", flat=True))
        items = [obj for pk, obj in objects.items() if pk in present]
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, items)
            except Exception:
                logger.exception(
                    "Exception raised while adding %d %s into the '%s' search backend",
                    len(items),
                    model.__name__,
                    name,
                )
                if not backend.catch_indexing_errors:
                    raise


def update_reference_index(saved):
    """What Wagtail's ``update_reference_index_task`` does for each object, once per object."""
    roots = reference_roots(saved)
    by_model = defaultdict(list)
    for model, pk in roots:
        by_model[model].append(pk)
    objects = {}
    for model, pks in by_model.items():
        if ReferenceIndex.is_indexed(model):
            objects.update(((model, obj.pk), obj) for obj in model._default_manager.filter(pk__in=pks))
    for root in roots:
        if root in objects:
            ReferenceIndex.create_or_update_for_object(objects[root])


def reference_roots(saved):
    """The objects whose references the saves changed, in the order of their last save: a
    child row (a ParentalKey's, such as a project's partner) stands for its parent."""
    objects = list(saved)
    while True:
        children = defaultdict(list)
        for model, pk in objects:
            if pk is not None and parental_key(model) is not None:
                children[model].append(pk)
        if not children:
            break
        parents = {}
        for model, pks in children.items():
            key = parental_key(model)
            rows = model._default_manager.filter(pk__in=pks).values_list("pk", key.attname)
            parents[model] = (key.related_model, dict(rows))
        objects = [
            (parents[model][0], parents[model][1].get(pk)) if model in parents else (model, pk)
            for model, pk in objects
        ]
    roots = {}
    for root in objects:
        if root[1] is not None:
            roots.pop(root, None)
            roots[root] = None
    return list(roots)


def parental_key(model):
    return next((field for field in model._meta.get_fields() if isinstance(field, ParentalKey)), None)
