"""The translation states of ``status``, computed by the database, for the overview.

``Listing`` counts and orders every row (page × other language) by the rules of
``status.status_rows`` in SQL, and builds in Python only the page of rows shown, so its
cost in Python and in queries does not grow with the site.
tests/translations/test_overview_pages.py checks that paging through gives the CSV's rows.
"""

from functools import cached_property, reduce
from operator import or_

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Concat

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .status import IN_PROGRESS, MISSING, OUT_OF_DATE, STATES, UP_TO_DATE, status_rows

ALIAS_LAST = Case(When(alias_of__isnull=True, then=Value(0)), default=Value(1), output_field=IntegerField())


def version_rank(source_locale):
    """Sorts a page's versions as ``status_rows`` picks the source: the version in the
    source's language, then those that are not aliases, then tree order."""
    return Concat(
        Case(When(locale_id=source_locale, then=Value("0")), default=Value("1")),
        Case(When(alias_of__isnull=True, then=Value("0")), default=Value("1")),
        "path",
        output_field=CharField(),
    )


def source_pages(root=None, content_type_id=None):
    """Each translation key's source version (as ``status_rows`` chooses it), annotated
    with its (latest) TranslationSource's id, language and last sync."""
    versions = Page.objects.filter(translation_key=OuterRef("translation_key"))
    source = TranslationSource.objects.filter(object_id=OuterRef("translation_key")).order_by("-pk")
    pages = Page.objects.filter(depth__gt=1)
    if root is not None:
        pages = pages.filter(
            translation_key__in=Page.objects.descendant_of(root, inclusive=True).values("translation_key")
        )
    if content_type_id:
        pages = pages.filter(content_type_id=content_type_id)
    pages = pages.annotate(
        source_id=Subquery(source.values("pk")[:1]),
        source_locale_id=Subquery(source.values("locale_id")[:1]),
        synced_at=Subquery(source.values("last_updated_at")[:1]),
        rank=version_rank(F("source_locale_id")),
    )
    better = (
        versions.exclude(pk=OuterRef("pk"))
        .annotate(rank=version_rank(OuterRef("source_locale_id")))
        .filter(rank__lt=OuterRef("rank"))
    )
    return pages.filter(~Exists(better))


def with_state_into(pages, locale, shown=None):
    """``pages`` (from ``source_pages``) annotated with ``state_<locale id>``, their state
    in ``locale`` by the rules of ``status_rows`` (None for the pages in ``locale``, and
    for those outside ``shown``, a condition on the source page, when given)."""
    target = Page.objects.filter(translation_key=OuterRef("translation_key"), locale_id=locale.pk)
    translation = Translation.objects.filter(source_id=OuterRef("source_id"), target_locale_id=locale.pk)
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale.pk,
        has_error=False,
    )
    untranslated = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .exclude(source__locale_id=locale.pk)
        .filter(~Exists(translated))
    )
    alias = f"alias_{locale.pk}"  # of the target: None (no target), 0 (a page) or 1 (an alias)
    hidden = [When(~shown, then=Value(None))] if shown is not None else []
    state = Case(
        When(locale_id=locale.pk, then=Value(None)),
        *hidden,
        When(
            **{f"{alias}__isnull": True},
            then=Case(When(Exists(translation), then=Value(IN_PROGRESS)), default=Value(MISSING)),
        ),
        When(**{alias: 1}, then=Value(MISSING)),  # an alias is no translation
        When(source_id__isnull=True, then=Value(IN_PROGRESS)),  # a copy wagtail-localize does not know of
        When(Exists(untranslated), then=Value(IN_PROGRESS)),
        When(latest_revision_created_at__gt=F("synced_at"), then=Value(OUT_OF_DATE)),
        default=Value(UP_TO_DATE),
        output_field=CharField(),
    )
    return pages.annotate(**{alias: Subquery(target.values(alias=ALIAS_LAST)[:1])}).annotate(
        **{f"state_{locale.pk}": state}
    )


class Listing:
    """The rows ``status_rows`` would give, for a Paginator: the database counts them by
    state and picks a page of them (a query each), and only that page is built in Python."""

    def __init__(self, root=None, target_language=None, state=None, content_type_id=None, scope=None):
        self.state = state
        locales = list(Locale.objects.all())
        chosen = [locale for locale in locales if target_language in (None, locale.language_code)]
        # Rows per listed page: one per other language (one when a language is chosen).
        self.per_page = 1 if target_language else len(chosen) - 1
        self.targets = [locale for locale in chosen if scope is None or scope.sees(locale.pk)]
        pages = source_pages(root, content_type_id)
        if target_language:
            pages = pages.exclude(locale_id__in=[locale.pk for locale in chosen])
        # Every listed page gives ``per_page`` rows, unless the scope shows some of its languages only.
        self.even = scope is None or (len(self.targets) == len(locales) and scope.uniform)
        if scope is not None and self.targets:
            # Pages with a row shown: a path-prefix condition, so the database picks them by index.
            if self.even:
                pages = pages.filter(scope.q(self.targets[0].pk))
            else:
                pages = pages.filter(
                    reduce(or_, (scope.q(locale.pk) & ~Q(locale_id=locale.pk) for locale in self.targets))
                )
        for locale in self.targets:
            shown = None if self.even or self.per_page == 1 else scope.q(locale.pk)
            pages = with_state_into(pages, locale, shown)
        self.pages = pages
        self.columns = [f"state_{locale.pk}" for locale in self.targets]
        if state and self.columns:
            self.pages = pages.filter(reduce(or_, (Q(**{column: state}) for column in self.columns)))

    @cached_property
    def counts(self):
        """Rows in each state (those of the state filtered on only, if any): one query."""
        counts = dict.fromkeys(STATES, 0)
        if not self.columns:
            return counts
        for group in self.pages.order_by().values(*self.columns).annotate(number=Count("pk")):
            for column in self.columns:
                if group[column] and (not self.state or group[column] == self.state):
                    counts[group[column]] += group["number"]
        return counts

    def count(self):
        return sum(self.counts.values())

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        """The rows in ``window`` (a slice) in tree order of their source, then by language."""
        if self.per_page < 1 or not self.targets:
            return []
        if (self.state or not self.even) and self.per_page > 1:
            chosen = self.chosen_by_language(window)
        else:
            # Every listed page gives ``per_page`` rows: the window is a window of pages.
            first = window.start // self.per_page
            last = -(-window.stop // self.per_page)
            pages = self.pages.order_by("path").values_list("translation_key", "locale_id")[first:last]
            chosen = [
                (key, target.pk)
                for key, locale_id in pages
                for target in self.targets
                if target.pk != locale_id
            ]
            skipped = window.start - first * self.per_page
            chosen = chosen[skipped : skipped + window.stop - window.start]
        if not chosen:
            return []
        built = {
            (row.source.translation_key, row.locale.pk): row
            for row in status_rows(translation_keys={key for key, _locale_id in chosen})
        }
        return [built[pair] for pair in chosen if pair in built]

    def chosen_by_language(self, window):
        """(key, language) of the rows in ``window`` in one state (or shown), from three
        languages on: a page may then have that state, or be shown, in some languages only."""
        parts = [
            self.pages.filter(**({column: self.state} if self.state else {f"{column}__isnull": False}))
            .annotate(target_locale_id=Value(locale.pk), language_code=Value(locale.language_code))
            .values("translation_key", "target_locale_id", "path", "language_code")
            .order_by()
            for locale, column in zip(self.targets, self.columns, strict=True)
        ]
        rows = parts[0].union(*parts[1:], all=True).order_by("path", "language_code")[window]
        return [(item["translation_key"], item["target_locale_id"]) for item in rows]
