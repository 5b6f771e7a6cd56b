"""The site identity (home/models/identity.py) as the header and footer show it."""

from django import template
from django.db.models import Exists
from django.utils import translation

from wagtail.models import Page, Site

from cms.models import restrictions_over
from home.models import SiteIdentity

register = template.Library()


def identity(context):
    """The site's identity setting, read once per request; None until someone saves it
    (Wagtail's own ``for_request`` would create a row on a visitor's GET)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_cms_site_identity"):
        site = Site.find_for_request(request)
        request._cms_site_identity = (
            SiteIdentity.objects.filter(site=site)
            .select_related(*SiteIdentity.FOOTER_PAGES)
            .prefetch_related("programme_logos")
            .first()
            if site
            else None
        )
    return request._cms_site_identity


@register.simple_tag(takes_context=True)
def programme_logo(context):
    """The programme-supplied logo of the page's language, or None: the block is drawn."""
    setting = identity(context)
    if setting is None:
        return None
    language = translation.get_language()
    return next((logo for logo in setting.programme_logos.all() if logo.language == language), None)


@register.simple_tag(takes_context=True)
def legal_links(context):
    """(kind, title, url) of the legal pages chosen in the setting, each in the language
    shown; a page without a live version in that language is left out."""
    setting = identity(context)
    if setting is None:
        return []
    chosen = setting.footer_pages()
    if not chosen:
        return []
    request = context.get("request")
    versions = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(
            translation_key__in=[page.translation_key for _name, page in chosen],
            locale__language_code=translation.get_language(),
        )
        .exclude(Exists(restrictions_over()))
    }
    links = []
    for name, page in chosen:
        version = versions.get(page.translation_key)
        if version is not None:
            links.append({"kind": name, "title": version.title, "url": version.get_url(request)})
    return links
