"""The demo command: idempotent, translated through wagtail-localize, respectful of edits."""

from collections import Counter
from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from tests.support.demo import build_demo_site


def run_load_demo():
    out = StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", stdout=out)
    return out.getvalue()


def test_running_twice_leaves_one_page_per_locale_and_slug(demo_site):
    before = Page.objects.count()
    output = run_load_demo()

    assert Page.objects.count() == before
    per_locale_slug = Counter(Page.objects.filter(depth__gt=1).values_list("locale__language_code", "slug"))
    assert max(per_locale_slug.values()) == 1
    assert {("it", "home"), ("fr", "accueil"), ("it", "chi-siamo"), ("fr", "a-propos")} <= set(
        per_locale_slug
    )
    lines = output.splitlines()
    assert lines and all(line.startswith("unchanged ") for line in lines), output
    assert Site.objects.get(is_default_site=True).root_page_id == demo_site.home_it.pk


def test_french_pages_are_wagtail_localize_translations(demo_site):
    for italian, french in [(demo_site.home_it, demo_site.home_fr), (demo_site.about_it, demo_site.about_fr)]:
        translation = Translation.objects.get(
            source__object_id=italian.translation_key, target_locale=french.locale
        )
        assert translation.source.get_source_instance().pk == italian.pk
        assert translation.get_target_instance().pk == french.pk
        total, done = translation.get_progress()
        assert total > 0 and done == total, "every segment has a French text"
    assert demo_site.about_fr.get_parent().pk == demo_site.home_fr.pk


def test_edited_pages_are_skipped_and_reported(demo_site):
    about = demo_site.about_it
    about.title = "Chi siamo: il partenariato"
    about.save_revision().publish()

    output = run_load_demo()

    about.refresh_from_db()
    assert about.title == "Chi siamo: il partenariato"
    assert "skipped ContentPage «Chi siamo» (it): it differs from the demo text" in output


def test_missing_french_page_is_not_published_with_italian_text(demo_site):
    """If the Italian page was edited before its French translation exists, the
    demo must not publish Italian words under the French URL."""
    Translation.objects.filter(source__object_id=demo_site.about_it.translation_key).delete()
    demo_site.about_fr.delete()
    demo_site.about_it.summary = "Un riassunto scritto da una redattrice."
    demo_site.about_it.save_revision().publish()

    output = run_load_demo()

    assert "not published ContentPage «Qui sommes-nous» (fr)" in output
    french_about = Page.objects.filter(
        translation_key=demo_site.about_it.translation_key, locale=demo_site.home_fr.locale
    )
    assert not french_about.exists()
    # The translation is prepared for the translation editor, just not published.
    assert Translation.objects.filter(source__object_id=demo_site.about_it.translation_key).exists()


def test_rebuilds_after_a_flush(transactional_db):
    """The fixture used by browser tests: works on an emptied database too."""
    site = build_demo_site()
    assert site.home_fr.live and site.about_fr.live


# The pages the footer links to, by demo key: (Italian slug, French slug).
LEGAL_PAGES = {
    "legal-notice": ("note-legali-e-crediti", "mentions-legales-et-credits"),
    "privacy": ("privacy", "donnees-personnelles"),
    "contact": ("contatti", "contact"),
}


def test_legal_pages_exist_in_both_languages_outside_the_menu(demo_site):
    for key, slugs in LEGAL_PAGES.items():
        for language, slug in zip(("it", "fr"), slugs, strict=True):
            page = demo_site.page(key, language)
            assert page.live and page.slug == slug and page.body
            assert page.get_parent().pk == (demo_site.home_it if language == "it" else demo_site.home_fr).pk
            assert not page.show_in_menus, key


def test_main_menu_pages_in_order(demo_site):
    for home in (demo_site.home_it, demo_site.home_fr):
        in_menu = [page.specific for page in home.get_children().live().in_menu().order_by("path")]
        assert [type(page).__name__ for page in in_menu] == [
            "ProjectIndexPage",
            "NewsIndexPage",
            "VideoIndexPage",
            "LabelIndexPage",
            "ContentPage",
        ]
        assert in_menu[-1].translation_key == demo_site.about_it.translation_key
