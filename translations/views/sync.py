"""Syncing a page's translations from the version under review (GET explains, POST syncs)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page

from ..permissions import may_sync
from ..sync import sync_from_latest_revision


def sync_translations(request, page_id):
    """GET: what a sync does; POST: sync every translation of the page from its latest revision."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_sync(request.user, page):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request)
    if request.method == "POST":
        if sync_from_latest_revision(page) is None:
            messages.error(request, _("“%(title)s” has no translation to sync.") % {"title": page.title})
        else:
            messages.success(
                request,
                _(
                    "The translations of “%(title)s” now follow its latest version; changed text is marked "
                    "untranslated."
                )
                % {"title": page.title},
            )
        return redirect(next_url) if next_url else redirect("translations_readiness", page_id=page.pk)
    return render(request, "translations/sync_confirm.html", {"page": page, "next": next_url})
