"""translations/sync.py stores a source's segments in a few bulk queries: the rows must be
those wagtail-localize's own ``get_or_create_from_instance`` (a new source) and
``update_or_create_from_instance`` (a sync) store, for every page type of the demo."""

import json

import pytest

from django.db import transaction

from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    StringSegment,
    TemplateSegment,
    TranslatableObject,
    TranslationSource,
)

from tests.support.demo import DEMO_KEYS
from translations.sync import create_source, source_version, sync_from_latest_revision


def source_page(demo_site, key):
    """The demo page in the language it was written in (its translations' source)."""
    page = demo_site.page(key)
    source = TranslationSource.objects.filter(object_id=page.translation_key).first()
    if source is None:
        return page
    return Page.objects.get(translation_key=page.translation_key, locale_id=source.locale_id).specific


SEGMENTS = (StringSegment, TemplateSegment, RelatedObjectSegment, OverridableSegment)


def stored(source, kept=None):
    """The source's row and segments as comparable values; a segment's id only if it was
    among ``kept`` (ids of segments made since depend on the database's sequences)."""
    kept = kept or {model: set() for model in SEGMENTS}

    def rows(model, *values):
        segments = model.objects.filter(source=source).select_related("context")
        return sorted(
            (segment.order, segment.context.path, segment.context.field_path)
            + (segment.pk in kept[model] and segment.pk,)
            + tuple(value(segment) for value in values)
            for segment in segments
        )

    return (
        (source.object_id, source.specific_content_type_id, source.locale_id, source.object_repr),
        (json.loads(source.content_json), source.schema_version),
        rows(StringSegment, lambda s: s.string.data, lambda s: s.string.locale_id, lambda s: s.attrs),
        rows(
            TemplateSegment,
            lambda s: s.template.uuid,
            lambda s: s.template.template,
            lambda s: (s.template.template_format, s.template.string_count),
        ),
        rows(RelatedObjectSegment, lambda s: s.object_id, lambda s: s.object.content_type_id),
        rows(OverridableSegment, lambda s: s.data_json),
    )


def made(make, kept=None):
    """What ``make()`` stores, rolled back afterwards so the next one starts from the same rows."""
    with transaction.atomic():
        result = stored(make(), kept)
        transaction.set_rollback(True)
    return result


@pytest.mark.parametrize("known", [True, False], ids=["object-known", "object-new"])
@pytest.mark.parametrize("key", sorted(DEMO_KEYS.values()))
def test_a_new_source_is_stored_as_wagtail_localize_stores_it(demo_site, key, known):
    page = source_page(demo_site, key)
    TranslationSource.objects.filter(object_id=page.translation_key).delete()
    if not known:  # nor its translation contexts
        TranslatableObject.objects.filter(translation_key=page.translation_key).delete()
    instance = source_version(page)

    theirs = made(lambda: TranslationSource.get_or_create_from_instance(instance)[0])
    ours = made(lambda: create_source(instance))
    assert ours == theirs
    assert theirs[2] or theirs[3]  # the page has text to translate


def edit(page):
    """A new draft whose title and first paragraph changed, the rest kept."""
    page.title = f"{page.title} (riveduto)"
    body = page.body.raw_data if hasattr(page, "body") else []
    for block in body:
        if block["type"] == "paragraph":
            block["value"] = "<p>Un paragrafo riscritto, con <b>una parola</b> in grassetto.</p>"
            page.body = body
            break
    page.save_revision()


@pytest.mark.parametrize("edited", [True, False], ids=["edited", "unchanged"])
@pytest.mark.parametrize("key", sorted(DEMO_KEYS.values()))
def test_a_synced_source_is_stored_as_wagtail_localize_stores_it(demo_site, key, edited):
    page = source_page(demo_site, key)
    source = TranslationSource.objects.get(object_id=page.translation_key, locale_id=page.locale_id)
    if edited:
        edit(page)
    kept = {model: set(model.objects.values_list("pk", flat=True)) for model in SEGMENTS}
    page = Page.objects.get(pk=page.pk).specific

    theirs = made(lambda: TranslationSource.update_or_create_from_instance(source_version(page))[0], kept)
    ours = made(lambda: sync_from_latest_revision(page), kept)
    assert ours == theirs
    assert (ours[1][0]["title"] != json.loads(source.content_json)["title"]) == edited
