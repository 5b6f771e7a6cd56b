"""One page's readiness: each language's state, with the links that fix it."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render

from wagtail.models import Page

from ..permissions import may_see_translations


def translation_readiness(request, page_id):
    """Each language's state for one page, with the links that fix it; for those who
    work on the page or its translations only (its title may be a draft's)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_see_translations(request.user, page):
        raise PermissionDenied
    return render(request, "translations/readiness.html", {"page": page})
