"""A translated page's slug follows its translated title, unless someone wrote it.

wagtail-localize makes the slug a segment of its own: translators had to type
"nouvelle-actualite" after "Nouvelle actualité", and an untouched slug segment kept the
page short of 100 % and its French address in Italian. Whenever a title's translation is
saved (editor, PO or XLIFF file, machine translation), the slug's translation becomes the
slugified title if it is missing, still the source's slug, or was itself derived here.
A derived slug is marked by its ``tool_name``: every other writer (the editor, PO and
XLIFF imports, machine translators) sets its own, so a slug a translator wrote stays.
"""

from django.utils.text import slugify

from wagtail_localize.models import StringSegment, StringTranslation, TranslationContext

FROM_TITLE = "slug from title"


def slug_follows_title(sender, instance, raw=False, **kwargs):
    """post_save of a StringTranslation: derive the slug's translation from the title's."""
    if raw or instance.tool_name == FROM_TITLE:
        return
    title = TranslationContext.objects.filter(pk=instance.context_id, path="title").first()
    slug = slugify(instance.data)
    if title is None or not slug:
        return
    segments = StringSegment.objects.filter(
        context__object_id=title.object_id, context__path="slug"
    ).select_related("string", "context")
    for segment in segments:
        current = StringTranslation.objects.filter(
            translation_of=segment.string, locale_id=instance.locale_id, context=segment.context
        ).first()
        if current is None:
            current = StringTranslation(
                translation_of=segment.string, locale_id=instance.locale_id, context=segment.context
            )
        elif current.tool_name != FROM_TITLE and current.data != segment.string.data:
            continue  # written by someone
        if current.data != slug:
            current.data = slug
            current.translation_type = instance.translation_type
            current.tool_name = FROM_TITLE
            current.last_translated_by = instance.last_translated_by
            current.save()
