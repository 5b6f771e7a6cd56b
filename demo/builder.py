"""Create demo content in one language and translate it into the other with wagtail-localize.

Each demo object has a fixed ``translation_key``, so it is found again however its
title or slug were edited. A run creates what is missing, leaves what matches the
demo alone, and skips (and reports) what somebody edited: demo data never
overwrites an editor's work. Either language can be the source, as partners do:
pages from the Italian seed are written in Italian first, those from the French
seed in French.

Text is given per language as a dict of field -> value, where a value is a
string, a ``Paragraphs`` (rich text) or a list of (block type, value) pairs (a
StreamField). Facts (dates, amounts, links) are given once and set on the
source; wagtail-localize synchronises them into the translation.
"""

import uuid
from dataclasses import dataclass, field

from django.db import transaction

from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

DEMO_NAMESPACE = uuid.UUID("8a4f1c1e-3b7a-4a53-9f0e-2f6f1d1a0c11")
LANGUAGES = ("it", "fr")


class Paragraphs(tuple):
    """Rich text written as plain paragraphs; stored as one <p> each."""

    def html(self):
        return "".join(f"<p>{paragraph}</p>" for paragraph in self)


FRENCH_SPACES = {" :": "\u00a0:", " ;": "\u202f;", " ?": "\u202f?", " !": "\u202f!"}


def french_typography(value):
    """Non-breaking spaces before French double punctuation, so ':' never starts a line."""
    if isinstance(value, str):
        for plain, fixed in FRENCH_SPACES.items():
            value = value.replace(plain, fixed)
        return value
    if isinstance(value, Paragraphs):
        return Paragraphs(french_typography(paragraph) for paragraph in value)
    if isinstance(value, list):
        return [(block_type, french_typography(block_value)) for block_type, block_value in value]
    if isinstance(value, tuple):
        return tuple(french_typography(item) for item in value)
    if isinstance(value, dict):
        return {key: french_typography(item) for key, item in value.items()}
    return value


def block_texts(block_type, value):
    if block_type == "paragraph":
        return [value]
    if isinstance(value, dict):
        return [value[name] for name in ("text", "label", "caption", "attribution") if value.get(name)]
    return []


def texts(value):
    """The translatable strings of a value, in an order shared by both languages."""
    if isinstance(value, Paragraphs):
        return list(value)
    if isinstance(value, list):
        return [text for block_type, block_value in value for text in block_texts(block_type, block_value)]
    return [value] if value else []


def stored(value):
    """A demo value as the database keeps it."""
    if isinstance(value, Paragraphs):
        return value.html()
    if isinstance(value, list):
        return [
            {
                "type": block_type,
                "value": f"<p>{block_value}</p>" if block_type == "paragraph" else block_value,
            }
            for block_type, block_value in value
        ]
    return value


def current(obj, name):
    value = getattr(obj, name)
    if isinstance(obj._meta.get_field(name), StreamField):
        return [{"type": block["type"], "value": block["value"]} for block in value.raw_data]
    if hasattr(value, "source"):  # RichText
        return value.source
    return value


@dataclass(frozen=True)
class Ref:
    """A fact that links to another demo object, in the linking object's source language."""

    key: str

    def resolve(self, builder, language):
        return builder.get(self.key, language)


@dataclass(frozen=True)
class Rows:
    """Inline child rows (e.g. a project's partners); Ref values inside are resolved too."""

    model: type
    rows: tuple

    def resolve(self, builder, language):
        return [
            self.model(**{name: resolve(value, builder, language) for name, value in row.items()})
            for row in self.rows
        ]


@dataclass(frozen=True)
class Call:
    """A fact made when it is needed (e.g. an uploaded file), by calling ``function()``."""

    function: object

    def resolve(self, builder, language):
        return self.function()


def resolve(value, builder, language):
    if isinstance(value, Ref | Rows | Call):
        return value.resolve(builder, language)
    if isinstance(value, list):
        return [resolve(item, builder, language) for item in value]
    return value


@dataclass
class Demo:
    """One demo page or snippet, in both languages."""

    key: str
    model: type
    it: dict
    fr: dict
    facts: dict = field(default_factory=dict)
    source: str = "it"

    @property
    def translation_key(self):
        return uuid.uuid5(DEMO_NAMESPACE, self.key)

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    def __post_init__(self):
        self.fr = french_typography(self.fr)

    def text(self, language):
        return self.it if language == "it" else self.fr

    @property
    def target(self):
        return "fr" if self.source == "it" else "it"

    def translations(self):
        """source string -> target string, field by field."""
        pairs = {}
        for name, value in self.text(self.source).items():
            pairs.update(zip(texts(value), texts(self.text(self.target)[name]), strict=True))
        return pairs


class DemoBuilder:
    """Builds demo objects parents first, collecting one report line per object and language."""

    def __init__(self):
        self.report = []
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
        self.built = {}

    def find(self, demo, language):
        manager = Page.objects if demo.is_page else demo.model.objects
        found = manager.filter(translation_key=demo.translation_key, locale=self.locales[language]).first()
        return found.specific if demo.is_page and found else found

    def label(self, demo, language):
        text = demo.text(language)
        return f"{demo.model.__name__} «{text.get('title') or text.get('name')}» ({language})"

    def resolve_facts(self, demo):
        return {name: resolve(value, self, demo.source) for name, value in demo.facts.items()}

    def get(self, key, language="it"):
        """A demo object already built, in the given language (for facts that link to it)."""
        return self.built[key][language]

    def build(self, demo, parent=None):
        """Ensure the source object and its translation; remember both for later facts."""
        with transaction.atomic():
            source = self.ensure_source(demo, parent)
        with transaction.atomic():
            target = self.ensure_translation(demo, source)
        self.built[demo.key] = {demo.source: source, demo.target: target}
        return source

    def report_existing(self, obj, demo, language):
        """An existing object is never written to: it is either the demo as loaded, or edited."""
        expected = {name: stored(value) for name, value in demo.text(language).items()}
        if all(current(obj, name) == value for name, value in expected.items()):
            self.report.append(f"unchanged {self.label(demo, language)}")
        else:
            self.report.append(
                f"skipped {self.label(demo, language)}: it differs from the demo text "
                "(edited since it was loaded); left as it is"
            )

    def ensure_source(self, demo, parent):
        obj = self.find(demo, demo.source)
        if obj is not None:
            self.report_existing(obj, demo, demo.source)
            return obj
        values = {name: stored(value) for name, value in demo.text(demo.source).items()}
        facts = self.resolve_facts(demo)
        many = {name: facts.pop(name) for name in list(facts) if isinstance(facts[name], list)}
        obj = demo.model(
            translation_key=demo.translation_key, locale=self.locales[demo.source], **values, **facts
        )
        for name, items in many.items():
            setattr(obj, name, items)
        if demo.is_page:
            parent.get_translation(self.locales[demo.source]).add_child(instance=obj)
            obj.save_revision().publish()
        else:
            obj.save()
            for name, items in many.items():
                getattr(obj, name).set(items)
        self.report.append(f"created {self.label(demo, demo.source)}")
        return obj

    def ensure_translation(self, demo, source_obj):
        language = demo.target
        obj = self.find(demo, language)
        if obj is not None:
            self.report_existing(obj, demo, language)
            return obj
        source, _ = TranslationSource.update_or_create_from_instance(source_obj)
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=self.locales[language], defaults={"enabled": True}
        )
        wanted = demo.translations()
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            text = wanted.get(segment.string.data)
            if text is not None:
                # update: saving the title has already given the slug one from the title.
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=self.locales[language],
                    context=segment.context,
                    defaults={
                        "data": text,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "tool_name": "",  # written, not derived (translations/slugs.py)
                    },
                )
        total, done = translation.get_progress()
        if done < total:
            # Publishing now would show one language's text under the other's URL.
            self.report.append(
                f"not published {self.label(demo, language)}: {total - done} of {total} segments have "
                "no translation (the source was edited); finish it in the translation editor"
            )
            return None
        if demo.is_page:
            # save_target(publish=True) would publish in an on-commit callback, after
            # later pages were added below this one; publish now, in this transaction.
            translation.save_target(publish=False)
            translation.get_target_instance().get_latest_revision().publish()
        else:
            translation.save_target(publish=True)
        self.report.append(f"created {self.label(demo, language)} through wagtail-localize")
        return self.find(demo, language)
