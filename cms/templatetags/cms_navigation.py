"""The main menu and the breadcrumb of every public page.

Both start from the home page of the visitor's language: the menu lists its live
children marked "show in menus", the breadcrumb the live ancestors of the page (the
same list as the JSON-LD trail, so it costs no second query).
"""

from django import template
from django.db.models import Exists
from django.utils import translation

from wagtail.models import Page

from cms.models import restrictions_over
from cms.seo import live_ancestors
from cms.templatetags.cms_i18n import locale_home

register = template.Library()


def language_home(context):
    """The home page of the language shown: the page's own ancestor at depth 2, or,
    on views that are not pages (search, errors), the site root's translation."""
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        if page.depth == 2:
            return page
        ancestors = live_ancestors(page)
        if ancestors:
            return ancestors[0]
    request = context.get("request")
    return locale_home(request, translation.get_language()) if request is not None else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page and its live, public children shown in menus, in tree order; the
    entry of the section the page is in is marked current (aria-current)."""
    request = context.get("request")
    home = language_home(context)
    if home is None:
        return {"entries": []}
    page = context.get("page")
    path = page.url_path if isinstance(page, Page) else ""
    entries = []
    children = home.get_children().live().in_menu().exclude(Exists(restrictions_over()))
    for child in children.order_by("path"):
        if path == child.url_path:
            current = "page"
        elif path.startswith(child.url_path):
            current = "true"
        else:
            current = None
        entries.append({"title": child.title, "url": child.get_url(request), "current": current})
    return {"home_url": home.get_url(request), "home_current": path == home.url_path, "entries": entries}


@register.inclusion_tag("includes/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    """Home › section › … › this page, for every saved page below the home page."""
    page = context.get("page")
    if not isinstance(page, Page) or page.pk is None or page.depth <= 2:
        return {"trail": []}
    request = context.get("request")
    ancestors = live_ancestors(page)
    trail = [{"title": ancestor.title, "url": ancestor.get_url(request)} for ancestor in ancestors]
    if trail:
        trail[0]["home"] = True
    return {"trail": trail, "current": page.title}
