"""Which site a request is for, when several Wagtail sites share one instance (one
domain per plan or programme): what is site-wide (lists, search, the footer's
statement and partners) stays inside the site asked for.

A site is a home page per language, each at the top of its own tree (depth 2): the
site's root page and its translations.
"""

from wagtail.models import Locale, Page, Site

SITE_ROOT_DEPTH = 2  # home pages


def site_home(request):
    """The home page, in the active language, of the site asked for (None if none)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.get_translation_or_none(Locale.get_active()) or site.root_page


def home_path(context):
    """The tree path of the home page the page shown lives under, read from the page
    itself (no query); for views without a page (search, errors), the site's home."""
    page = context.get("page")
    if isinstance(page, Page) and page.path and page.depth >= SITE_ROOT_DEPTH:
        return page.path[: SITE_ROOT_DEPTH * Page.steplen]
    request = context.get("request")
    home = site_home(request) if request is not None else None
    return home.path if home is not None else ""
