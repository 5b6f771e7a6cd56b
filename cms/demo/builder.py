"""Create demo pages in Italian and translate them into French with wagtail-localize.

Each demo page has a fixed ``translation_key``, so it is found again however its
title or slug were edited. A run creates what is missing, leaves what matches
the demo alone, and skips (and reports) what somebody edited: demo data never
overwrites an editor's work.
"""

import uuid
from dataclasses import dataclass, field

from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

DEMO_NAMESPACE = uuid.UUID("8a4f1c1e-3b7a-4a53-9f0e-2f6f1d1a0c11")
TEXT_FIELDS = ("title", "slug", "summary")


@dataclass
class Version:
    """One language's text of a demo page; ``body`` is a list of (block type, value)."""

    title: str
    slug: str
    summary: str = ""
    body: list = field(default_factory=list)

    def field_values(self):
        return {"title": self.title, "slug": self.slug, "summary": self.summary, "body": raw_body(self.body)}

    def strings(self):
        """The translatable strings, in an order shared by both languages."""
        found = [self.title, self.slug, self.summary]
        for block_type, value in self.body:
            found.append(value["text"] if block_type == "heading" else value)
        return found


@dataclass
class DemoPage:
    key: str
    model: type
    it: Version
    fr: Version

    @property
    def translation_key(self):
        return uuid.uuid5(DEMO_NAMESPACE, self.key)


def raw_body(body):
    """(type, value) pairs as StreamField raw data; paragraphs become one <p> each."""
    return [
        {"type": block_type, "value": f"<p>{value}</p>" if block_type == "paragraph" else value}
        for block_type, value in body
    ]


def current_values(page):
    values = {name: getattr(page, name) for name in TEXT_FIELDS}
    values["body"] = [{"type": b["type"], "value": b["value"]} for b in page.body.raw_data]
    return values


class DemoBuilder:
    """Builds demo pages parents first, collecting one report line per page and language."""

    def __init__(self):
        self.report = []
        self.italian, _ = Locale.objects.get_or_create(language_code="it")
        self.french, _ = Locale.objects.get_or_create(language_code="fr")

    def find(self, demo, locale):
        page = Page.objects.filter(translation_key=demo.translation_key, locale=locale).first()
        return page.specific if page else None

    def build(self, demo, parent=None):
        """Ensure the Italian page and its French translation; return the Italian page."""
        with transaction.atomic():
            page = self.ensure_source(demo, parent)
        with transaction.atomic():
            self.ensure_translation(demo, page)
        return page

    def report_existing(self, page, version, label):
        """An existing page is never written to: it is either the demo as loaded, or edited."""
        if current_values(page) == version.field_values():
            self.report.append(f"unchanged {label}")
        else:
            self.report.append(
                f"skipped {label}: it differs from the demo text (edited since it was loaded); left as it is"
            )

    def ensure_source(self, demo, parent):
        page = self.find(demo, self.italian)
        label = f"{demo.model.__name__} «{demo.it.title}» (it)"
        if page is None:
            page = demo.model(
                translation_key=demo.translation_key, locale=self.italian, **demo.it.field_values()
            )
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.report.append(f"created {label}")
        else:
            self.report_existing(page, demo.it, label)
        return page

    def ensure_translation(self, demo, source_page):
        label = f"{demo.model.__name__} «{demo.fr.title}» (fr)"
        page = self.find(demo, self.french)
        if page is not None:
            self.report_existing(page, demo.fr, label)
            return
        source, _ = TranslationSource.update_or_create_from_instance(source_page)
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=self.french, defaults={"enabled": True}
        )
        french_for = dict(zip(demo.it.strings(), demo.fr.strings(), strict=True))
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            text = french_for.get(segment.string.data)
            if text is not None:
                StringTranslation.objects.get_or_create(
                    translation_of=segment.string,
                    locale=self.french,
                    context=segment.context,
                    defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
                )
        total, done = translation.get_progress()
        if done < total:
            # Publishing now would show Italian text under a French URL.
            self.report.append(
                f"not published {label}: {total - done} of {total} segments have no French text "
                "(the Italian page was edited); finish it in the translation editor"
            )
            return
        # save_target(publish=True) would publish in an on-commit callback, after
        # later pages were added below this one; publish now, in this transaction.
        translation.save_target(publish=False)
        translation.get_target_instance().get_latest_revision().publish()
        self.report.append(f"created {label} through wagtail-localize")
