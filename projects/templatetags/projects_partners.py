"""The partners every footer shows: those of the live projects of the visitor's language
and of the site shown."""

from django import template
from django.db.models import Exists, OuterRef
from django.utils import translation

from cms.freshness import kept
from cms.sites import home_path
from projects.models import Partner, ProjectPartner
from projects.models.projects import PARTNER_LOGO_FILTER, images_by_id, partner_logo

register = template.Library()

# A strip of logos, not a directory: the project pages list every partner.
MAX_FOOTER_PARTNERS = 24


@register.simple_tag(takes_context=True)
def footer_partners(context):
    """Partners with a logo that take part in a live project of the language shown, by
    name, each logo as the project pages show it (partner_logo: 40 px high at most).
    Every page shows them: kept until the public content changes (cms/freshness.py)."""
    language, home = translation.get_language(), home_path(context)
    return kept("footer-partners", [language, home], lambda: partners_with_logos(language, home))


def partners_with_logos(language, home):
    in_live_project = ProjectPartner.objects.filter(
        partner=OuterRef("pk"), page__live=True, page__path__startswith=home
    )
    partners = list(
        Partner.objects.filter(locale__language_code=language, logo__isnull=False)
        .filter(Exists(in_live_project))
        .order_by("name")[:MAX_FOOTER_PARTNERS]
    )
    images = images_by_id((partner.logo_id for partner in partners), PARTNER_LOGO_FILTER)
    entries = [{"name": partner.name, "logo": partner_logo(partner, images)} for partner in partners]
    return [entry for entry in entries if entry["logo"]]
