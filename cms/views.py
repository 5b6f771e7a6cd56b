"""Views that are not Wagtail pages: site search."""

from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10


def search(request):
    """Search the live pages of the visitor's language only.

    Results in the other language would be links the visitor cannot read; the
    language switcher carries the query over to search there instead.
    """
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "cms/search.html", {"query": query, "results": page_obj, "translatable_url": True})
