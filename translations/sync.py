"""Syncing translations from the version of the source editors are working on.

wagtail-localize's own "sync" reads the source page's database row, which is the
*live* version: a draft under review cannot be sent to translators before it is
published, so the two languages cannot go live together. Here the source is read
from its latest revision (draft or live), so translators translate what will be
published, and the "translations ready" task can publish both at once.

A source's segments are stored as wagtail-localize's ``refresh_segments`` stores them,
in a few bulk queries rather than about ten for each text (its ``get_or_create`` per
string, context and segment): the rows are the same, which
tests/translations/test_sources.py compares.
"""

import json
import uuid
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    String,
    StringSegment,
    Template,
    TemplateSegment,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
    get_schema_version,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

# What makes two segments of a source the same, as wagtail-localize's get_or_create looks them up.
SAME = {
    StringSegment: ("context_id", "order", "string_id", "attrs"),
    TemplateSegment: ("context_id", "order", "template_id"),
    RelatedObjectSegment: ("context_id", "order", "object_id"),
    OverridableSegment: ("context_id", "order", "data_json"),
}


def source_version(page):
    """The page as editors last saved it: its latest revision, or the row when it has none."""
    page = page.specific
    revision = page.get_latest_revision()
    # What ``revision.as_object()`` builds, without loading the page again.
    return page.with_content_json(revision.content) if revision is not None else page


@transaction.atomic
def sync_from_latest_revision(page):
    """Refresh the page's TranslationSource from its latest revision.

    Segments whose text is unchanged keep their translations (wagtail-localize
    keys them by text and context); only changed text is left for translators.
    ``last_updated_at`` moves even when nothing changed, so the overview shows the
    translation as synced. Returns the source, or None for a page never translated.
    """
    # Locked, as wagtail-localize's update_or_create locks it: two syncs take turns.
    sources = TranslationSource.objects.select_for_update()
    source = sources.filter(object_id=page.translation_key, locale_id=page.locale_id).first()
    if source is None:
        return None
    instance = source_version(page)
    content = content_json(instance)
    fields = ["last_updated_at"]
    # As ``TranslationSource.update_or_create_from_instance``: unchanged content is left alone.
    if json.loads(content) != json.loads(source.content_json):
        source.content_json, source.object_repr = content, str(instance)[:200]
        source.schema_version = get_schema_version(instance._meta.app_label)
        fields += ["content_json", "object_repr", "schema_version"]
        store_segments(source, instance)
    source.last_updated_at = timezone.now()
    source.save(update_fields=fields)
    return source


@transaction.atomic(savepoint=False)
def create_source(instance, schema_versions=None):
    """``TranslationSource.get_or_create_from_instance(instance)`` for an object that has no
    source in its locale yet. ``schema_versions`` (app label → version) may be shared by
    the calls of one job: each would read the same migration."""
    versions = {} if schema_versions is None else schema_versions
    app_label = instance._meta.app_label
    if app_label not in versions:
        versions[app_label] = get_schema_version(app_label)
    object_type = ContentType.objects.get_for_model(instance.get_translation_model())
    TranslatableObject.objects.bulk_create(
        [TranslatableObject(translation_key=instance.translation_key, content_type=object_type)],
        ignore_conflicts=True,
    )
    source = TranslationSource.objects.create(
        object_id=instance.translation_key,
        specific_content_type=ContentType.objects.get_for_model(instance.__class__),
        locale_id=instance.locale_id,
        object_repr=str(instance)[:200],
        content_json=content_json(instance),
        schema_version=versions[app_label],
        last_updated_at=timezone.now(),
    )
    store_segments(source, instance, new=True)
    return source


def content_json(instance):
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


def store_segments(source, instance, new=False):
    """What ``source.refresh_segments()`` stores, ``instance`` being what the source was
    made from: each segment extracted is kept if the source has it already, created if
    not, and the source's other segments are deleted. ``new``: the source has none yet."""
    values = extract_segments(instance)
    contexts = stored_contexts(source.object_id, {value.path for value in values}, instance)
    strings = stored_strings(source.locale_id, [value for value in values if type_of(value) is StringSegment])
    templates = stored_templates([value for value in values if type_of(value) is TemplateSegment])
    related = [
        TranslatableObject(content_type=value.content_type, translation_key=value.translation_key)
        for value in values
        if type_of(value) is RelatedObjectSegment
    ]
    TranslatableObject.objects.bulk_create(related, ignore_conflicts=True)
    wanted = defaultdict(list)
    for value in values:
        model, context = type_of(value), contexts[value.path]
        segment = model(source=source, context=context, order=value.order)
        if model is StringSegment:
            segment.string_id = strings[String._get_data_hash(value.string.data)]
            segment.attrs = json.dumps(value.attrs, cls=DjangoJSONEncoder)
        elif model is TemplateSegment:
            segment.template_id = templates[template_uuid(value)]
        elif model is RelatedObjectSegment:
            segment.object_id = uuid.UUID(str(value.translation_key))
        else:
            segment.data_json = json.dumps(value.data, cls=DjangoJSONEncoder)
        wanted[model].append(segment)
    for model, same in SAME.items():
        existing = {} if new else {identity(old, same): old.pk for old in model.objects.filter(source=source)}
        found = {identity(segment, same): segment for segment in wanted[model]}
        model.objects.bulk_create([segment for key, segment in found.items() if key not in existing])
        stale = [pk for key, pk in existing.items() if key not in found]
        if stale:
            model.objects.filter(pk__in=stale).delete()


def type_of(value):
    """The segment model of an extracted value (wagtail-localize: a string when nothing else)."""
    if isinstance(value, TemplateSegmentValue):
        return TemplateSegment
    if isinstance(value, RelatedObjectSegmentValue):
        return RelatedObjectSegment
    if isinstance(value, OverridableSegmentValue):
        return OverridableSegment
    return StringSegment


def identity(segment, fields):
    values = [getattr(segment, field) for field in fields]
    return tuple(str(value) if isinstance(value, uuid.UUID) else value for value in values)


def stored_contexts(object_id, paths, instance):
    """path → TranslationContext of the object, created where missing with its field path
    (which wagtail-localize fills in after creating it, and for older contexts without one)."""
    path_ids = {TranslationContext._get_path_id(path): path for path in paths}
    stored = TranslationContext.objects.filter(object_id=object_id, path_id__in=path_ids)
    contexts = {context.path: context for context in stored}
    missing = [
        TranslationContext(object_id=object_id, path_id=path_id, path=path, field_path="")
        for path_id, path in path_ids.items()
        if path not in contexts
    ]
    if missing:
        for context in missing:
            context.field_path = unsaved_field_path(context, instance)
        TranslationContext.objects.bulk_create(missing, ignore_conflicts=True)
        created = stored.filter(path_id__in=[context.path_id for context in missing])
        contexts.update((context.path, context) for context in created)
    for context in contexts.values():
        context.get_field_path(instance)  # saves it, for a context older than field paths
    return contexts


def unsaved_field_path(context, instance):
    """``context.get_field_path(instance)`` for a context not saved yet (that method saves it)."""
    context.save = lambda *args, **kwargs: None
    try:
        return context.get_field_path(instance)
    finally:
        del context.save


def stored_strings(locale_id, values):
    """data hash → String id, created where missing (as ``String.from_value``)."""
    texts = {String._get_data_hash(value.string.data): value.string.data for value in values}
    if not texts:
        return {}
    String.objects.bulk_create(
        [String(locale_id=locale_id, data_hash=key, data=text) for key, text in texts.items()],
        ignore_conflicts=True,
    )
    stored = String.objects.filter(locale_id=locale_id, data_hash__in=texts)
    return dict(stored.values_list("data_hash", "pk"))


def template_uuid(value):
    return uuid.uuid5(uuid.uuid5(Template.BASE_UUID_NAMESPACE, value.format), value.template)


def stored_templates(values):
    """uuid → Template id, created where missing (as ``Template.from_value``)."""
    templates = {
        template_uuid(value): Template(
            uuid=template_uuid(value),
            template=value.template,
            template_format=value.format,
            string_count=value.string_count,
        )
        for value in values
    }
    if not templates:
        return {}
    Template.objects.bulk_create(templates.values(), ignore_conflicts=True)
    return dict(Template.objects.filter(uuid__in=templates).values_list("uuid", "pk"))


def text_changed(page, source):
    """Whether the page's translatable strings differ from those last extracted."""
    now = {
        segment.string.data for segment in extract_segments(page) if isinstance(segment, StringSegmentValue)
    }
    before = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    return now != before
