"""The bilingual demo site (``manage.py load_demo``) that the fixtures load, and its pages.

A demo page is found by its demo key (see demo/builder.py), e.g. ``"project:care"``.
"""

import uuid
from dataclasses import dataclass
from io import StringIO

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Collection, Locale, Page

from demo.builder import DEMO_NAMESPACE

LANGUAGES = ("it", "fr")

# A demo page of every page type, by the type's name.
DEMO_KEYS = {
    "HomePage": "home",
    "ContentPage": "about",
    "ProjectIndexPage": "projects",
    "PlanPage": "plan:pro-sol",
    "ProjectPage": "project:care",
    "ActionPage": "action:care:prevention",
    "LabelIndexPage": "labels",
    "LabelPage": "label:alcotra-jeunes",
    "NewsIndexPage": "news-index:site",
    "NewsPage": "news:care-alcotra-jeunes",
    "VideoIndexPage": "video-index:site",
    "VideoPage": "video:coor-com-students",
    "AccessibilityStatementPage": "accessibility",
}


def public_urls(demo_site):
    """A demo page of every public page type in both languages, the search, the feeds and a 404."""
    urls = [demo_site.page(key, language).url for key in DEMO_KEYS.values() for language in LANGUAGES]
    for language in LANGUAGES:
        feed = demo_site.page("news-index:site", language).url + "feed/"
        urls += [f"/{language}/search/?q=CARE", feed, f"/{language}/nessuna-pagina/"]
    return urls


@dataclass
class DemoSite:
    home_it: Page
    home_fr: Page
    about_it: Page
    about_fr: Page

    def page(self, key, language="it"):
        """A demo page by its demo key (see demo/builder.py), e.g. ``page("project:care", "fr")``."""
        translation_key = uuid.uuid5(DEMO_NAMESPACE, key)
        return Page.objects.get(translation_key=translation_key, locale__language_code=language).specific


def ensure_wagtail_root():
    """Recreate what Wagtail's data migrations make, after a transactional test flushed it."""
    Locale.objects.get_or_create(language_code="it")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="it")))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    # wagtail-localize's permission comes from a data migration too.
    Permission.objects.get_or_create(
        content_type=ContentType.objects.get_or_create(app_label="wagtail_localize", model="translation")[0],
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


def load_demo_data():
    ensure_wagtail_root()
    # wagtail-localize publishes translations on commit; inside a test's
    # transaction nothing commits, so run those callbacks here.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", stdout=StringIO())


def find_demo_site():
    italian, french = Locale.objects.get(language_code="it"), Locale.objects.get(language_code="fr")
    home_it = Page.objects.get(depth=2, locale=italian).specific
    about_it = home_it.get_children().get(slug="chi-siamo").specific
    return DemoSite(
        home_it=home_it,
        home_fr=home_it.get_translation(french).specific,
        about_it=about_it,
        about_fr=about_it.get_translation(french).specific,
    )


def build_demo_site():
    load_demo_data()
    return find_demo_site()
