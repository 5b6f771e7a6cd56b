"""One page's readiness: each language's state, with the links that fix it."""

from django.shortcuts import get_object_or_404, render

from wagtail.models import Page


def translation_readiness(request, page_id):
    """Each language's state for one page, with the links that fix it."""
    page = get_object_or_404(Page, pk=page_id).specific
    return render(request, "translations/readiness.html", {"page": page})
