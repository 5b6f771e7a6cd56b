"""The translation overview in the admin: every page × language, filterable, exportable."""

import csv

from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from wagtail.admin.paginator import WagtailPaginator
from wagtail.models import Page, get_page_models

from projects.models import PlanPage

from ..permissions import overview_scope
from ..status import STATES, status_rows, translate_url
from ..status_listing import Listing

# The database counts every row; Python builds only the rows of the page shown.
ROWS_PER_PAGE = 100


class RowPaginator(WagtailPaginator):
    """Wagtail's admin pagination, counting rows (a page × a target language)."""

    @cached_property
    def items_count_label(self):
        return ngettext("%(number)s row", "%(number)s rows", self.count) % {
            "number": number_format(self.count, force_grouping=True)
        }


def row_actions(row):
    """Where an editor goes next from a row: (label, url) pairs."""
    actions = []
    if (row.target is None or row.target.alias_of_id) and row.translation is None:
        actions.append((_("Translate"), translate_url(row.source, row.locale.language_code)))
    if row.state == "out_of_date":
        actions.append((_("Sync"), reverse("translations_sync", args=[row.source.pk])))
    if row.target is not None:
        actions.append((_("Open the translation"), reverse("wagtailadmin_pages:edit", args=[row.target.pk])))
    if row.translation is not None:
        actions.append((_("XLIFF file"), reverse("translations_download_xliff", args=[row.translation.pk])))
        actions.append((_("Upload XLIFF"), reverse("translations_upload_xliff", args=[row.translation.pk])))
    actions.append((_("Open the source"), reverse("wagtailadmin_pages:edit", args=[row.source.pk])))
    return actions


def plan_choices(language, scope=None):
    """One entry per plan (not one per language version), titled in ``language`` when
    the plan has that version; only the plans with a row in ``scope``."""
    chosen = {}
    plans = PlanPage.objects.select_related("locale").order_by("path")
    if scope is not None:
        shown = PlanPage.objects.filter(scope.any_q()).values("translation_key")
        plans = plans.filter(translation_key__in=shown)
    for plan in plans:
        kept = chosen.get(plan.translation_key)
        if kept is None or (plan.locale.language_code == language != kept.locale.language_code):
            chosen[plan.translation_key] = plan
    return sorted(chosen.values(), key=lambda plan: plan.title)


def overview(request):
    scope = overview_scope(request.user)
    plans = plan_choices(get_language(), scope)
    page_types = sorted(
        (
            (ContentType.objects.get_for_model(model).pk, str(model._meta.verbose_name).capitalize())
            for model in get_page_models()
            if model is not Page
        ),
        key=lambda item: item[1],
    )
    # Any language version's id chooses the plan (links elsewhere give the version they have).
    asked = request.GET.get("plan", "")
    plan = PlanPage.objects.filter(pk=asked).first() if asked.isdigit() else None
    plan = next((p for p in plans if plan and p.translation_key == plan.translation_key), None)
    language = request.GET.get("language") if request.GET.get("language") in ("it", "fr") else None
    state = request.GET.get("state") if request.GET.get("state") in STATES else None
    type_ids = {pk for pk, _name in page_types}
    content_type_id = int(request.GET["type"]) if request.GET.get("type", "").isdigit() else None
    content_type_id = content_type_id if content_type_id in type_ids else None

    filters = {
        "root": plan,
        "target_language": language,
        "state": state,
        "content_type_id": content_type_id,
        "scope": scope,
    }
    if request.GET.get("format") == "csv":
        return csv_response(status_rows(**filters))
    listing = Listing(**filters)
    paginator = RowPaginator(listing, ROWS_PER_PAGE)
    shown = paginator.get_page(request.GET.get("p"))
    return render(
        request,
        "translations/overview.html",
        {
            "rows": [(row, row_actions(row)) for row in shown],
            "shown": shown,
            "page_range": paginator.get_elided_page_range(shown.number),
            "plans": plans,
            "page_types": page_types,
            "states": STATES.items(),
            "counts": [(STATES[key], value) for key, value in listing.counts.items()],
            "chosen": {
                "plan": plan.pk if plan else None,
                "language": language,
                "state": state,
                "type": content_type_id,
            },
            "csv_query": request.GET.urlencode(),
        },
    )


def csv_response(rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translations.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Page"),
            _("Source language"),
            _("Target language"),
            _("State"),
            _("Translated segments (%)"),
            _("Source"),
            _("Translation"),
            _("Source changed at"),
            _("Source changed by"),
        ]
    )
    for row in rows:
        writer.writerow(
            [
                row.source.title,
                row.source_language,
                row.locale.language_code,
                row.state_label,
                "" if row.progress is None else row.progress,
                row.source_publication_label,
                row.target_publication_label,
                row.changed_at.isoformat() if row.changed_at else "",
                row.changed_by.get_username() if row.changed_by else "",
            ]
        )
    return response
