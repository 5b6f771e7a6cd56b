"""No one reads another plan's drafts (issue 13) in Wagtail's own screens.

Wagtail lets an officer open the explorer at any page below the pages common to their
plans (the site's root, for a plan in two languages): the header and breadcrumbs then
show another plan's draft titles. Its page chooser lists every page, drafts included,
its page-types report names each type's last edited page, and its workflow screens
answer a page that is not awaiting moderation with a message naming its latest title,
whoever asks. Here the explorer sends them back to what they may explore, the chooser
shows their own pages and published ones, the report names only pages they may explore,
and the workflow screens refuse, without a title, who neither explores nor reviews the
page. The rules are in
permissions.py; the other reports, the search and the admin API already follow
Wagtail's page permissions (tests/translations/test_draft_titles.py tries every URL).
"""

import sys
from functools import update_wrapper

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect

from wagtail import hooks
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

from ..permissions import choosable_pages, explorable_pages


def guard(view, may_open, refuse):
    """``view`` (Wagtail's, taking ``parent_page_id``) unless the user may not open that page."""

    def guarded(request, *args, parent_page_id=None, **kwargs):
        user = request.user
        if parent_page_id is not None and user.is_authenticated and not may_open(user, parent_page_id):
            return refuse()
        return view(request, *args, parent_page_id=parent_page_id, **kwargs)

    return guarded


def explorer_guard(view):
    """Opening the explorer at a page the user may not explore leads to their own pages."""
    return guard(
        view,
        lambda user, pk: explorable_pages(user).filter(pk=pk).exists(),
        lambda: redirect("wagtailadmin_explore_root"),
    )


def refuse_as_missing():
    raise Http404


def chooser_guard(view):
    """Browsing the chooser into a page it would not list is refused."""
    return guard(
        view,
        lambda user, pk: Page.objects.filter(choosable_pages(user), pk=pk).exists(),
        refuse_as_missing,
    )


def reviews(user, page_id):
    """Whether ``user`` is a reviewer of the task ``page_id`` waits at."""
    page = Page.objects.filter(pk=page_id).first()
    task = page.current_workflow_task if page is not None else None
    groups = getattr(task.specific, "groups", None) if task is not None else None
    return groups is not None and groups.filter(user=user).exists()


def workflow_guard(view):
    """Wagtail's workflow screens name the page in their "not awaiting moderation"
    message before checking who asks: refused, without a title, to who may neither
    explore the page nor review it."""

    def guarded(request, *args, page_id=None, **kwargs):
        user = request.user
        if (
            user.is_authenticated
            and not explorable_pages(user).filter(pk=page_id).exists()
            and not reviews(user, page_id)
        ):
            raise PermissionDenied
        return view(request, *args, page_id=page_id, **kwargs)

    return guarded


class PageTypesUsageView(PageTypesUsageReportView):
    """Wagtail's report, naming a type's last edited page only to who may explore it."""

    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        shown = {item.last_edited_page.pk for item in page_types if item.last_edited_page is not None}
        shown = set(explorable_pages(self.request.user).filter(pk__in=shown).values_list("pk", flat=True))
        for item in page_types:
            if item.last_edited_page is not None and item.last_edited_page.pk not in shown:
                item.last_edited_page = None
        return page_types


GUARDS = {
    "wagtailadmin_explore": explorer_guard,
    "wagtailadmin_explore_results": explorer_guard,
    "wagtailadmin_choose_page_child": chooser_guard,
}
PAGE_GUARDS = {
    "workflow_action": workflow_guard,
    "collect_workflow_action_data": workflow_guard,
    "workflow_preview": workflow_guard,
    "confirm_workflow_cancellation": workflow_guard,
}
REPORT_VIEWS = {
    "page_types_usage": PageTypesUsageView.as_view(),
    "page_types_usage_results": PageTypesUsageView.as_view(results_only=True),
}


@hooks.register("register_admin_urls")
def guard_wagtail_readers():
    """Wraps the explorer, chooser and workflow views, and takes over the page-types report, where
    Wagtail defines them; adds no URL. Wagtail asks for admin URLs while ``wagtail.admin.urls``
    is being built, so its list is read from there."""
    from wagtail.admin.urls import pages, reports

    for patterns, guards in (
        (sys.modules["wagtail.admin.urls"].urlpatterns, GUARDS),
        (pages.urlpatterns, PAGE_GUARDS),
    ):
        for pattern in patterns:
            guard = guards.get(getattr(pattern, "name", None))
            if guard is not None and not getattr(pattern.callback, "guarded_by_privacy", False):
                pattern.callback = update_wrapper(guard(pattern.callback), pattern.callback)
                pattern.callback.guarded_by_privacy = True
    for pattern in reports.urlpatterns:
        view = REPORT_VIEWS.get(pattern.name)
        if view is not None:
            pattern.callback = view
    return []


@hooks.register("construct_page_chooser_queryset")
def choose_what_one_may_read(pages, request):
    return pages.filter(choosable_pages(request.user))
