"""The <head> tags search engines and social networks read: description, robots,
canonical URL, Open Graph, Twitter card and JSON-LD (built in cms/seo.py).

Everything comes from the page already loaded, its live translations (shared with
hreflang and the switcher), one query for its ancestors and at most one for its image,
so a page costs the same number of queries whatever it lists.
"""

from django import template
from django.core.paginator import Page as PaginatorPage
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from wagtail.models import Page, Site

from cms import renditions, seo
from cms.models import BasePage
from cms.templatetags.cms_i18n import live_translations

register = template.Library()

OG_LOCALES = {"it": "it_IT", "fr": "fr_FR"}
# Social networks crop to 1.91:1; JPEG is the format every one of them reads.
SHARE_IMAGE_FILTER = renditions.SHARE
SITE_NAME = gettext_noop("ALCOTRA cross-border projects")  # the same words as the <title> suffix in base.html


def share_image(page, request):
    """The picture shown when the page is shared: its listing image, else its own image.

    Returns url, width, height and alt (the page's description of that image, or its
    title), or None when the page has none or the file cannot be read.
    """
    card = page.card_image
    if card is None:
        return None
    image, alt = card
    try:
        rendition = image.get_rendition(SHARE_IMAGE_FILTER)
    except OSError:  # the file is missing or unreadable (SourceImageIOError)
        return None
    if renditions.is_pending(rendition):  # networks keep what they first read: no placeholder
        return None
    return {
        "url": seo.absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or page.title,
    }


def list_page_number(context):
    """The number of the list page shown (a paginated list's page), or None."""
    for value in context.flatten().values():
        # type(), not isinstance(): that would evaluate lazy values such as csrf_token,
        # and asking for the token sets the CSRF cookie on a page that has no form.
        if issubclass(type(value), PaginatorPage):
            return value.number
    return None


def canonical_url(context, page_url):
    """The page's own URL. A list's later pages keep ``?page=N``; filtered lists (and any
    other query string) point to the list itself, whose first page links to the rest."""
    request = context["request"]
    filtered = any(value for key, values in request.GET.lists() if key != "page" for value in values)
    number = list_page_number(context)
    if number and number > 1 and not filtered:
        return f"{page_url}?page={number}"
    return page_url


def page_tags(context, page, language):
    request = context["request"]
    page_url = page.get_full_url(request)
    url = canonical_url(context, page_url) if page_url else None
    image = share_image(page, request)
    open_graph = [
        ("og:type", page.open_graph_type),
        ("og:title", page.seo_title or page.title),
        ("og:description", page.meta_description),
        ("og:url", url),
        ("og:site_name", gettext(SITE_NAME)),
        ("og:locale", OG_LOCALES.get(language)),
        *(
            ("og:locale:alternate", OG_LOCALES.get(code))
            for code in live_translations(page)
            if code != language
        ),
    ]
    if image:
        open_graph += [
            ("og:image", image["url"]),
            ("og:image:width", image["width"]),
            ("og:image:height", image["height"]),
            ("og:image:alt", image["alt"]),
        ]
    open_graph += page.open_graph_extra()
    return {
        "description": page.meta_description,
        "canonical": url,
        "open_graph": [(key, value) for key, value in open_graph if value not in (None, "")],
        "twitter_card": "summary_large_image" if image else "summary",
        "json_ld": [seo.json_ld(item) for item in seo.structured_data(page, context, language, image)],
    }


def search_tags(context, language):
    """Result lists are not worth indexing; links from them are. Canonical: the empty search."""
    request = context["request"]
    url = seo.absolute(request, request.path)
    site = Site.find_for_request(request)
    home = site.root_page.localized if site else None
    trail = [(home.title, home.get_full_url(request))] if home else []
    title = gettext("Search")
    return {
        "description": gettext("Search the plans, projects, news and videos of the site in your language."),
        "robots": "noindex, follow",
        "canonical": url,
        "open_graph": [
            ("og:type", "website"),
            ("og:title", title),
            ("og:url", url),
            ("og:site_name", gettext(SITE_NAME)),
            ("og:locale", OG_LOCALES.get(language)),
        ],
        "twitter_card": "summary",
        "json_ld": [seo.json_ld(seo.breadcrumb_list([*trail, (title, url)]))],
    }


@register.simple_tag(takes_context=True)
def seo_head(context):
    """What seo_head.html shows for the page, the search or an error page."""
    page = context.get("page")
    request = context.get("request")
    language = translation.get_language()
    if isinstance(page, BasePage) and request is not None:
        return page_tags(context, page, language)
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name == "search":
        return search_tags(context, language)
    # An error page: not to be indexed, and no address to claim as canonical.
    return {"robots": "noindex"}


@register.simple_tag(takes_context=True)
def title_suffix(context):
    """What follows the page's name in <title>: the list page number, then the site's
    name, except on the home page, whose name is the site's."""
    page = context.get("page")
    number = list_page_number(context)
    parts = [gettext("Page %(number)s") % {"number": number}] if number and number > 1 else []
    if not (isinstance(page, Page) and page.depth == 2):
        parts.append(gettext(SITE_NAME))
    return "".join(f" · {part}" for part in parts)


@register.simple_tag(takes_context=True)
def page_feeds(context):
    """The feeds the page shown offers to feed readers (``BasePage.feed_links``)."""
    page = context.get("page")
    return page.feed_links(context) if isinstance(page, BasePage) else []
