"""A translated page's slug follows its translated title, unless a translator words it.

wagtail-localize makes the slug a segment of its own: translators had to type
"nouvelle-actualite" after "Nouvelle actualité", and an untouched slug segment kept
the page at 9x % and its French address in Italian. Whenever a title's translation is
saved (editor, PO or XLIFF file, machine translation), the slug's translation becomes
the slugified title, if it was empty, still the source's slug, or the slug of the
previous title; a slug the translator wrote stays.
"""

from django.utils.text import slugify

from wagtail_localize.models import StringSegment, StringTranslation, TranslationContext


def remember_previous_title(sender, instance, raw=False, **kwargs):
    """pre_save: keep the title's previous translation to recognise a derived slug."""
    instance._previous_data = None
    if instance.pk and not raw:
        instance._previous_data = (
            StringTranslation.objects.filter(pk=instance.pk).values_list("data", flat=True).first()
        )


def slug_follows_title(sender, instance, raw=False, **kwargs):
    """post_save: derive the slug's translation from the title's."""
    if raw or instance.context_id is None:
        return
    context = instance.context
    if context.path != "title":
        return
    slug_context = TranslationContext.objects.filter(object_id=context.object_id, path="slug").first()
    slug = slugify(instance.data)
    if slug_context is None or not slug:
        return
    previous = getattr(instance, "_previous_data", None)
    segments = StringSegment.objects.filter(context=slug_context).select_related("string")
    for string in {segment.string for segment in segments}:
        current = StringTranslation.objects.filter(
            translation_of=string, locale_id=instance.locale_id, context=slug_context
        ).first()
        derived = {string.data, slugify(previous)} if previous else {string.data}
        if current is None:
            StringTranslation.objects.create(
                translation_of=string,
                locale_id=instance.locale_id,
                context=slug_context,
                data=slug,
                translation_type=instance.translation_type,
                tool_name=instance.tool_name,
                last_translated_by=instance.last_translated_by,
            )
        elif current.data in derived and current.data != slug:
            current.data = slug
            current.save(update_fields=["data", "updated_at"])
