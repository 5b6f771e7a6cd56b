"""Translation files from agencies (PO, XLIFF): what a file may bring, and saving it all
or nothing.

Both imports check the whole file before writing: its size, that every text belongs to
this translation, that a text given twice is translated the same way both times, and
that every translation fits its field. A title over 255 characters made PostgreSQL
refuse the write halfway (a server error); a translation longer than its block allows
would have stopped the page from being published later. Then every text is saved in
one transaction.

The work is bounded: a file is at most MAX_FILE_BYTES (parsed in under a second) and
brings at most MAX_TEXTS texts, duplicates counted once. wagtail-localize's
``import_po`` ran five queries per entry of the file, duplicates included: 10,000
copies of one entry took over 30 s.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.db.models.fields.reverse_related import ManyToOneRel
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail_localize.models import StringSegment, StringTranslation

# Two megabytes: a page's file is tens of kilobytes; the largest page imaginable, some hundreds.
MAX_FILE_BYTES = 2 * 1024 * 1024
# Texts one file may bring (duplicates counted once): 500 are saved in about 2.5 s on a busy
# machine, within the 5 s an upload may take. The largest demo page has 13; a longer page
# is translated in several files, since a file may bring any part of a translation.
MAX_TEXTS = 500


class FileRefused(ValueError):
    """A file that cannot be imported; the message is for the person who uploaded it."""


def read_upload(upload):
    """The uploaded file's bytes (empty when there is none), refused above MAX_FILE_BYTES."""
    if upload is None:
        return b""
    if upload.size > MAX_FILE_BYTES:
        raise FileRefused(
            _("This file is over %(limit)s, the largest a translation file can be. Nothing was imported.")
            % {"limit": filesizeformat(MAX_FILE_BYTES)}
        )
    return upload.read()


def segments_of(translation):
    return (
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )


def once_each(pairs):
    """{segment: text} from (segment, text) pairs, blank texts left out; a segment given two
    different texts refuses the file."""
    texts = {}
    for segment, text in pairs:
        if not (text or "").strip():
            continue
        if texts.setdefault(segment, text) != text:
            raise FileRefused(
                _(
                    "This file translates the same text in two different ways (“%(text)s”); "
                    "nothing was imported."
                )
                % {"text": segment.string.data[:80]}
            )
    return texts


def check_texts(translation, texts):
    """Refuse the file if it brings too many texts, or a translation longer than its field
    or block takes."""
    if len(texts) > MAX_TEXTS:
        raise FileRefused(
            _(
                "This file brings %(number)s translations; one file can bring at most %(most)s. "
                "Split it into several files. Nothing was imported."
            )
            % {"number": len(texts), "most": MAX_TEXTS}
        )
    source = []
    for segment, text in texts.items():
        over = over_limit(translation, segment, text, source)
        if over is not None:
            raise FileRefused(
                _(
                    "The translation of “%(field)s” has %(length)s characters; at most %(limit)s fit. "
                    "Nothing was imported."
                )
                % over
            )


def over_limit(translation, segment, text, source=None):
    """{field, length, limit} when ``text`` is longer than the field or block of ``segment``
    takes (PostgreSQL would refuse the page's save), else None. ``source`` (a list) keeps
    the source's content once read, for a file's many texts."""
    if source is None:
        source = []
    if "." in segment.context.path and not source:
        source.append(translation.source.as_instance())
    limit = text_limit(
        source[0] if source else translation.source.specific_content_type.model_class(),
        segment.context.path,
    )
    if limit and len(text) > limit[1]:
        return {"field": limit[0], "length": len(text), "limit": limit[1]}
    return None


def text_limit(instance, path):
    """(name, max_length) of the text at a segment's path in the source (a model class
    will do for a field of its own), or None when nothing limits it."""
    name, _dot, rest = path.partition(".")
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if not rest:
        if isinstance(field, models.CharField) and field.max_length:
            return field.verbose_name, field.max_length
        return None
    if isinstance(instance, type):
        return None  # nested texts need the source's content
    if isinstance(field, StreamField):
        return block_limit(field.stream_block, getattr(instance, name), rest.split("."))
    if isinstance(field, ManyToOneRel):  # inline children, by translation key
        key, _dot, rest = rest.partition(".")
        child = next((c for c in getattr(instance, name).all() if str(c.translation_key) == key), None)
        return text_limit(child, rest) if child is not None else None
    return None


def block_limit(block, value, steps):
    """(label, max_length) of a text inside a StreamField value, following block ids and names."""
    try:
        if not steps:
            field = getattr(block, "field", None)
            if isinstance(block, blocks.CharBlock | blocks.TextBlock) and field.max_length:
                return block.label, field.max_length
            return None
        step, rest = steps[0], steps[1:]
        if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
            child = by_id(value)[step]
            return block_limit(child.block, child.value, rest)
        if isinstance(block, blocks.StructBlock):
            return block_limit(block.child_blocks[step], value.get(step), rest)
    except (KeyError, AttributeError, TypeError):
        pass  # not a shape this knows: the editor still validates it when the page is saved
    return None


def by_id(value):
    """A stream's or list's children by block id, worked out once per value (a page of a
    thousand blocks is looked up a thousand times)."""
    if not hasattr(value, "_children_by_id"):
        children = value.bound_blocks if isinstance(value, blocks.list_block.ListValue) else value
        value._children_by_id = {child.id: child for child in children}
    return value._children_by_id


def save_texts(translation, texts, user, tool_name):
    """Save {segment: text} as manual translations in one transaction, in the file's order;
    unchanged texts are left alone. Each text is saved on its own, so wagtail-localize's
    and this app's signals run as for any other edit: the page's draft title, and the
    slug that follows the title (which a slug later in the file then replaces, as in
    wagtail-localize's import). A text missing when the import began is looked up again
    before it is created, since the title's signal may have created the slug's."""
    mine = StringTranslation.objects.filter(locale=translation.target_locale).select_related(
        "translation_of", "context"
    )
    existing = {
        (item.translation_of_id, item.context_id): item
        for item in mine.filter(context__in={segment.context_id for segment in texts})
    }
    with transaction.atomic():
        for segment, text in texts.items():
            item = (
                existing.get((segment.string_id, segment.context_id))
                or mine.filter(translation_of=segment.string_id, context=segment.context_id).first()
            )
            if item is not None and item.data == text:
                continue
            if item is None:
                item = StringTranslation(
                    translation_of=segment.string, locale=translation.target_locale, context=segment.context
                )
            item.data = text
            item.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
            item.tool_name = tool_name
            item.last_translated_by = user
            item.has_error, item.field_error = False, ""
            item.save()
    return len(texts)
