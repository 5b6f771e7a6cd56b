"""The translation state of every page in every target language, from a fixed number of queries.

A page's source is the version wagtail-localize translates from (its
TranslationSource); a page never translated is its own source. For each other
language the state is:

- missing: no translation started;
- in progress: started, with the share of segments translated;
- out of date: complete, but the source changed after the translation was last
  synced (when, and by whom, comes from the source's latest revision);
- up to date.

``status_rows`` builds the rows in Python: pages, sources, translations, progress and
revisions are each read in one query (progress in one per language). The overview asks
the database instead (``status_listing.Listing``), by the same rules.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Sum,
)
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

MISSING, IN_PROGRESS, OUT_OF_DATE, UP_TO_DATE = "missing", "in_progress", "out_of_date", "up_to_date"
STATES = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    OUT_OF_DATE: _("Out of date"),
    UP_TO_DATE: _("Up to date"),
}
PUBLICATION = {
    "live": _("Live"),
    "live_draft": _("Live, with unpublished changes"),
    "scheduled": _("Scheduled"),
    "draft": _("Draft"),
    "alias": _("Alias: shows the source's language"),
}
# A source live while its translation is not: visitors of the other language find nothing.
PUBLISHED_ALONE = {"it": _("Published in Italian only"), "fr": _("Published in French only")}
LIVE = ("live", "live_draft")
PAGE_FIELDS = (
    "pk",
    "title",
    "path",
    "depth",
    "translation_key",
    "locale_id",
    "content_type_id",
    "live",
    "has_unpublished_changes",
    "go_live_at",
    "latest_revision_id",
    "latest_revision_created_at",
    "alias_of_id",
)


def translate_url(source, language_code):
    """wagtail-localize's "Translate" screen for ``source`` with ``language_code`` ticked:
    unticked, a translator pressing "Submit" would start nothing."""
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    return f"{url}?select_locale={language_code}"


def publication(page, now):
    if page.alias_of_id:
        return "alias"
    if page.live:
        return "live_draft" if page.has_unpublished_changes else "live"
    if page.go_live_at and page.go_live_at > now:
        return "scheduled"
    return "draft"


@dataclass
class Row:
    source: Page
    locale: Locale
    state: str
    target: Page | None = None
    progress: int | None = None  # percent of segments translated
    translation: Translation | None = None
    translation_source: TranslationSource | None = None
    changed_at: object = None
    changed_by: object = None
    source_publication: str = ""
    target_publication: str = ""
    source_language: str = ""

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def published_alone(self):
        """The source is live and its translation is not (missing, draft or scheduled)."""
        return self.source_publication in LIVE and self.target_publication not in (*LIVE, "alias")

    @property
    def source_publication_label(self):
        if self.published_alone and self.source_language in PUBLISHED_ALONE:
            return PUBLISHED_ALONE[self.source_language]
        return PUBLICATION[self.source_publication]

    @property
    def target_publication_label(self):
        return PUBLICATION.get(self.target_publication, "")


def under(paths):
    """Pages in the subtrees starting at ``paths`` (none when there are none)."""
    return reduce(or_, (Q(path__startswith=path) for path in paths), Q(pk__in=[]))


@dataclass
class Scope:
    """The rows one editor may see (permissions.overview_scope decides them): for each
    target language's id, the path prefixes of the source pages shown. A language left
    out shows nothing; a scope of None, everything."""

    prefixes: dict = field(default_factory=dict)

    def sees(self, locale_id):
        return bool(self.prefixes.get(locale_id))

    def q(self, locale_id):
        """The rows into ``locale_id`` as a path-prefix condition on the source page."""
        return under(self.prefixes.get(locale_id, ()))

    def any_q(self):
        """Pages under any prefix (a page is listed if one of its versions is)."""
        return under({path for paths in self.prefixes.values() for path in paths})

    def allows(self, page, locale_id):
        return page.path.startswith(tuple(self.prefixes.get(locale_id, ())))

    @property
    def uniform(self):
        """Every language shown, from the same prefixes."""
        return len({frozenset(paths) for paths in self.prefixes.values()}) == 1


def status_rows(
    root=None, target_language=None, state=None, content_type_id=None, translation_keys=None, scope=None
):
    """Rows for every page under ``root`` (all languages; the whole site when None),
    or for the pages with the given ``translation_keys``; only those ``scope`` shows."""
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    pages = Page.objects.filter(depth__gt=1).only(*PAGE_FIELDS).order_by("path")
    if scope is not None:
        pages = pages.filter(translation_key__in=Page.objects.filter(scope.any_q()).values("translation_key"))
    if root is not None:
        keys = Page.objects.descendant_of(root, inclusive=True).values("translation_key")
        pages = pages.filter(translation_key__in=keys)
    if content_type_id:
        pages = pages.filter(content_type_id=content_type_id)
    if translation_keys is not None:
        pages = pages.filter(translation_key__in=translation_keys)
    by_key = defaultdict(dict)
    for page in pages:
        by_key[page.translation_key][page.locale_id] = page

    sources = {
        source.object_id: source
        # A page translated from two languages has two sources: the latest one counts.
        for source in TranslationSource.objects.filter(object_id__in=list(by_key))
        .only("pk", "object_id", "locale_id", "last_updated_at")
        .order_by("pk")
    }
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(source__in=sources.values()).only(
            "pk", "source_id", "target_locale_id", "enabled"
        )
    }
    progress = translation_progress(list(sources.values()), list(locales))
    source_pages = {}
    for key, versions in by_key.items():
        source = sources.get(key)
        if source is not None and source.locale_id in versions:
            source_pages[key] = versions[source.locale_id]
        else:
            # No source known: the first version in tree order that is not an alias.
            default = min(versions.values(), key=lambda page: (page.alias_of_id is not None, page.path))
            source_pages[key] = default
    revisions = {
        revision.pk: revision
        for revision in Revision.objects.filter(
            pk__in=[page.latest_revision_id for page in source_pages.values() if page.latest_revision_id]
        )
        .select_related("user")
        .only("pk", "created_at", "user__first_name", "user__last_name", "user__username")
    }

    now = timezone.now()
    rows = []
    for key, source_page in source_pages.items():
        source = sources.get(key)
        for locale_id, locale in locales.items():
            if locale_id == source_page.locale_id:
                continue
            if target_language and locale.language_code != target_language:
                continue
            if scope is not None and not scope.allows(source_page, locale_id):
                continue
            target = by_key[key].get(locale_id)
            translation = translations.get((source.pk, locale_id)) if source else None
            row = Row(
                source=source_page,
                locale=locale,
                state=MISSING,
                target=target,
                translation=translation,
                translation_source=source,
                source_publication=publication(source_page, now),
                source_language=locales[source_page.locale_id].language_code,
                target_publication=publication(target, now) if target else "",
            )
            if target is not None and target.alias_of_id:
                pass  # an alias is no translation: visitors read the source's language there
            elif source is None and target is not None:
                # A copy wagtail-localize does not know of (made before it managed the page,
                # or its source was deleted): nothing of it is known to be translated.
                row.state, row.progress = IN_PROGRESS, 0
            elif translation is not None or target is not None:
                total, done = progress.get((source.pk, locale_id), (0, 0))
                row.progress = 100 if total == 0 else int(done * 100 / total)
                if target is None or done < total:
                    row.state = IN_PROGRESS
                elif (
                    source_page.latest_revision_created_at
                    and source.last_updated_at < source_page.latest_revision_created_at
                ):
                    row.state = OUT_OF_DATE
                    revision = revisions.get(source_page.latest_revision_id)
                    row.changed_at = source_page.latest_revision_created_at
                    row.changed_by = revision.user if revision else None
                else:
                    row.state = UP_TO_DATE
            if state and row.state != state:
                continue
            rows.append(row)
    return rows


def translation_progress(sources, locale_ids):
    """(source id, locale id) -> (segments, translated segments): one query per locale."""
    result = {}
    for locale_id in locale_ids:
        translated = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=locale_id,
            has_error=False,
        )
        counts = (
            StringSegment.objects.filter(source__in=sources)
            .exclude(source__locale_id=locale_id)
            .annotate(done=Cast(Exists(translated), IntegerField()))
            .values("source_id")
            .annotate(total=Count("pk"), translated=Sum("done"))
        )
        for item in counts:
            result[(item["source_id"], locale_id)] = (item["total"], item["translated"] or 0)
    return result
