"""Demo addresses in each page's own language: a slug follows the page's title.

The rule, for every live page below a home page (a home page's slug is never part of
an address), in each language:

- the slug's words (split on "-") are words of the page's title, in the title's order,
  where the title's words are Django's ``slugify`` of the title with apostrophes read as
  spaces ("Déclaration d’accessibilité" → declaration, d, accessibilite). The slug may
  leave words out ("Notizie del PITEM PRO-SOL" → notizie-pro-sol) but never takes one
  from elsewhere, e.g. from the other language's title;
- a page whose title is the same in both languages (an acronym such as COOR-COM, CARE,
  PITEM PRO-SOL) has the same slug in both.

translations/slugs.py derives a translated slug from the translated title in the
same way (there, slugify drops apostrophes: "declaration-daccessibilite").
"""

import re

from django.utils.text import slugify

# Addresses older than this rule, linked from elsewhere and kept: (demo key, language).
KEPT = {("about", "fr"): "a-propos"}  # title "Qui sommes-nous"


def title_words(title):
    return slugify(re.sub(r"['’]", " ", title)).split("-")


def follows(slug, title):
    words = iter(title_words(title))
    return all(word in words for word in slug.split("-"))  # a subsequence, in order


def live_pages(home):
    return [page.specific for page in home.get_descendants().live()]


def kept(demo_site, page):
    for (key, language), slug in KEPT.items():
        if page.locale.language_code == language and page.slug == slug:
            return page.pk == demo_site.page(key, language).pk
    return False


def test_every_slug_follows_its_title(demo_site):
    wrong = []
    for home in (demo_site.home_it, demo_site.home_fr):
        for page in live_pages(home):
            if not follows(page.slug, page.title) and not kept(demo_site, page):
                wrong.append((page.locale.language_code, page.title, page.slug))
    assert not wrong, wrong


def test_pages_titled_alike_in_both_languages_have_the_same_slug(demo_site):
    french = demo_site.home_fr.locale
    pages = live_pages(demo_site.home_it)
    assert len(pages) > 40
    for italian in pages:
        translation = italian.get_translation_or_none(french)
        if translation is not None and translation.title == italian.title:
            assert translation.slug == italian.slug, italian.title


def test_french_pages_have_french_slugs(demo_site):
    """The pages that used to have Italian slugs under /fr/."""
    for key, slug in {
        "action:coor-com:governance": "coordonner-le-partenariat",
        "action:coor-com:comunicazione": "communiquer-suivre-evaluer",
        "action:coor-com:innovazione-sociale": "parcours-d-innovation-sociale",
        "action:care:promotion-sante": "promouvoir-la-sante",
        "news:care-lead": "val-guiers-cheffe-de-file-de-care",
        "video:coor-com-students": "sante-de-proximite-racontee-par-les-eleves",
    }.items():
        assert demo_site.page(key, "fr").slug == slug


def test_the_rule_itself():
    assert follows("notizie-pro-sol", "Notizie del PITEM PRO-SOL")
    assert follows("declaration-d-accessibilite", "Déclaration d’accessibilité")
    assert follows("coor-com-bilancio", "COOR-COM: l’85% del bilancio dal FESR")
    assert not follows("governance", "Coordonner le partenariat")
    assert not follows("pro-sol-notizie", "Notizie del PITEM PRO-SOL")
