"""Facts follow their source the moment it is published, whatever publishes it.

Facts (dates, amounts, partners, themes, images, links to other pages: every field
wagtail-localize synchronises rather than translates) are language-neutral, so the two
languages must never show different ones. wagtail-localize copies them only when a
translation is synced and published again: after an officer's plain "Publish" of a new
budget, the French page kept the old budget and ERDF rate until someone synced and a
moderator republished (issue 10).

``follow_source`` receives Wagtail's ``page_published`` (connected in apps.py):

- when a source goes live, every other language version takes its facts at once: the
  row Wagtail serves (written with ``page.save()``, so the search and reference indexes
  follow), the stored content of its live revision and of its latest draft (so the
  editor, "compare" and a later publish of that draft carry them too). Its text stays
  as it was: the live text is not replaced by the draft's, and no untranslated text is
  copied. Only fields wagtail-localize marks as synchronised are copied, not what its
  ``copy_synchronised_fields`` copies besides (StreamField structure, emptied text),
  which is only safe when the translated strings are put back right after.
- when a translation goes live, it takes its live source's facts, so whichever of the
  two goes live last (a scheduled pair), the facts are the source's.

Nothing is published here: no request for translators, no workflow cancelled, no
"live + draft" state made up. The revisions are corrected in place rather than new ones
made, because a new revision would become the translation's latest (hiding a scheduled
one, or turning a live page into "live + draft") for a change nobody made to its text.
``publication.publish_with_translations`` needs no exception: it publishes the source
(its translations' facts follow here), then builds each ready translation from the same
source, so each translation is published once, with the same facts.

Same transaction: Wagtail sends ``page_published`` synchronously, just after writing the
page's row, but opens no transaction around a publish (``PublishRevisionAction.execute``
and the edit view's publish are not atomic; ATOMIC_REQUESTS is off). Outside a caller's
transaction the source would be committed before its translations follow, and a failure
here would leave the languages apart. ``make_publishing_atomic`` (called once from
apps.py) wraps ``PublishPageRevisionAction.execute``, the class every page publish goes
through (the edit view, ``revision.publish()``, bulk publish, workflow approval,
``publish_scheduled``), in ``transaction.atomic``: the source and its translations'
facts commit together or not at all.
"""

import functools

from django.db import models, transaction

from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import TranslationSource


def fact_fields(model):
    """The model's facts: the fields (and child relations) wagtail-localize synchronises."""
    return [
        field.get_field(model)
        for field in get_translatable_fields(model)
        if isinstance(field, SynchronizedField)
    ]


def copy_facts(source, target):
    """Copy the facts of ``source`` onto ``target`` (same page type), in memory."""
    for field in fact_fields(type(source)):
        if isinstance(field, models.ManyToOneRel):  # a child relation (ParentalKey)
            source.copy_child_relation(field.name, target)
        elif isinstance(field, ParentalManyToManyField):
            setattr(target, field.name, list(getattr(source, field.name).all()))
        else:
            setattr(target, field.attname, getattr(source, field.attname))


def facts_of(obj, data=None):
    """The facts of ``obj`` as comparable data (children without their ids and parent)."""
    data = obj.serializable_data() if data is None else data
    facts = {}
    for field in fact_fields(type(obj)):
        value = data.get(field.name)
        if isinstance(field, models.ManyToOneRel):
            ignored = {"pk", "id", field.field.name}
            value = [
                {key: item for key, item in child.items() if key not in ignored} for child in value or []
            ]
        elif isinstance(field, ParentalManyToManyField):
            value = sorted(value or [])
        facts[field.name] = value
    return facts


def correct_revision(revision, facts, data):
    """Write the fact fields of ``data`` into the revision's stored content, unless it
    already holds ``facts``."""
    if facts_of(revision.as_object()) == facts:
        return False
    content = dict(revision.content)
    content.update({name: data[name] for name in facts if name in data})
    revision.content = content
    revision.save(update_fields=["content"])
    return True


def bring_facts(source, target):
    """Give ``target`` (another language version of ``source``) the facts of ``source``:
    its row, its live revision and its latest draft; its text is left alone."""
    row = Page.objects.get(pk=target.pk).specific
    if type(row) is not type(source):
        return
    facts = facts_of(source)
    if facts_of(row) != facts:
        copy_facts(source, row)
        row.save(clean=False)
        row = Page.objects.get(pk=row.pk).specific  # children and relations as stored
    if row.live and row.live_revision_id:
        correct_revision(row.live_revision, facts, row.serializable_data())
    latest = row.get_latest_revision()
    if latest is not None and latest.pk != row.live_revision_id:
        draft = latest.as_object()
        copy_facts(source, draft)
        correct_revision(latest, facts, draft.serializable_data())


def follow_source(sender, instance, revision=None, **kwargs):
    """``page_published`` receiver: see the module's docstring."""
    page = instance
    if revision is None or page.alias_of_id or not page.live or page.live_revision_id != revision.pk:
        return  # scheduled for later: the facts follow when it goes live
    source_locales = set(
        TranslationSource.objects.filter(object_id=page.translation_key).values_list("locale_id", flat=True)
    )
    if not source_locales:
        return  # never translated
    versions = Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True).exclude(
        pk=page.pk
    )
    if page.locale_id in source_locales:
        for target in versions:
            bring_facts(page, target)
    else:
        source = versions.filter(locale_id__in=source_locales, live=True).first()
        if source is not None:
            bring_facts(source.specific, page)


def make_publishing_atomic():
    """Run every page publish, and so its ``page_published`` receivers, in one transaction."""
    from wagtail.actions.publish_page_revision import PublishPageRevisionAction

    execute = PublishPageRevisionAction.execute
    if getattr(execute, "publishes_atomically", False):
        return

    @functools.wraps(execute)
    def atomic_execute(self, *args, **kwargs):
        with transaction.atomic():
            return execute(self, *args, **kwargs)

    atomic_execute.publishes_atomically = True
    PublishPageRevisionAction.execute = atomic_execute
