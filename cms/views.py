"""Views that are not Wagtail pages: site search."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Locale

from cms.caching import short_public_cache
from cms.search import Query, highlight, search_pages
from cms.sites import site_home

RESULTS_PER_PAGE = 10


@short_public_cache
def search(request):
    """Search the live pages of the visitor's language only, ten per page.

    Results in the other language would be links the visitor cannot read; the
    language switcher carries the query over to search there instead. Whatever was
    typed, the answer is a page: words are searched as plain words (cms/search.py),
    and what is shown back is cut short.
    """
    query = Query.parse(request.GET.get("q", ""))
    results = search_pages(query, Locale.get_active(), site_home(request)) if query.words else []
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    for result in page_obj:
        summary = getattr(result, "summary", "") or result.search_description
        result.highlighted_summary = highlight(summary, query.words)
    carried = f"?{urlencode({'q': ' '.join(query.words)})}" if query.words else ""
    context = {
        "query": query.shown,
        "searched": bool(query.words),
        "shortened": query.shortened,
        "results": page_obj,
        # The switcher carries over the words searched, not 2,000 characters of garbage.
        "translatable_url": request.path + carried,
    }
    return render(request, "cms/search.html", context)
