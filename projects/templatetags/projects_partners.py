"""The partners every footer shows: those of the live projects of the visitor's language."""

from django import template
from django.db.models import Exists, OuterRef, Prefetch
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from projects.models import Partner, ProjectPartner

register = template.Library()

# A logo is shown 40 px high (twice that for sharp screens), never taller than the EU emblem (48 px).
LOGO_FILTER = "height-80|format-webp"
# A strip of logos, not a directory: the project pages list every partner.
MAX_FOOTER_PARTNERS = 24


@register.simple_tag
def footer_partners():
    """Partners with a logo that take part in a live, public project of the language
    shown, by name, with their logo's rendition read in the same query batch."""
    in_live_project = ProjectPartner.objects.filter(partner=OuterRef("pk"), page__live=True)
    logos = get_image_model().objects.prefetch_renditions(LOGO_FILTER)
    partners = (
        Partner.objects.filter(locale__language_code=translation.get_language(), logo__isnull=False)
        .filter(Exists(in_live_project))
        .prefetch_related(Prefetch("logo", queryset=logos))
        .order_by("name")[:MAX_FOOTER_PARTNERS]
    )
    shown = []
    for partner in partners:
        try:
            shown.append({"partner": partner, "logo": partner.logo.get_rendition(LOGO_FILTER)})
        except SourceImageIOError:  # a lost file costs its logo, never the page
            continue
    return shown
