"""The bilingual demo site (``manage.py load_demo``) that the fixtures load, and its pages.

A demo page is found by its demo key (see demo/builder.py), e.g. ``"project:care"``.
"""

import uuid
from dataclasses import dataclass
from io import StringIO

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import Client, TestCase

from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from demo.builder import DEMO_NAMESPACE
from tests.support import snapshot

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


# The demo pictures' renditions, made once per session: (image title, filter spec, focal
# point key, file name, width, height). See keep_renditions().
RENDITIONS = []


def load_demo_data():
    ensure_wagtail_root()
    # wagtail-localize publishes translations on commit; inside a test's
    # transaction nothing commits, so run those callbacks here.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", stdout=StringIO())
    restore_renditions()


def keep_renditions():
    """Render every public demo page once and remember the renditions it made.

    Encoding the cards' AVIF and WebP pictures takes most of a page's first render
    (seconds for the home page). Made once here, they are part of the state the
    database tests roll back to; a transactional test that rebuilds the demo gets them
    back through restore_renditions(), since the demo draws the same bytes each time."""
    client = Client()
    demo_site = find_demo_site()
    for url in public_urls(demo_site):
        client.get(url)
    Rendition = get_image_model().get_rendition_model()
    RENDITIONS[:] = Rendition.objects.values_list(
        "image__title", "filter_spec", "focal_point_key", "file", "width", "height"
    )


def restore_renditions():
    """The renditions keep_renditions() made, for the images of the same titles."""
    if not RENDITIONS:
        return
    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    images = dict(Image.objects.filter(title__in={row[0] for row in RENDITIONS}).values_list("title", "pk"))
    Rendition.objects.bulk_create(
        [
            Rendition(
                image_id=images[title], filter_spec=spec, focal_point_key=key, file=name, width=w, height=h
            )
            for title, spec, key, name, w, h in RENDITIONS
            # A test that deleted an image on commit took its renditions' files with it.
            if title in images and default_storage.exists(name)
        ],
        ignore_conflicts=True,
    )


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
    """The demo after a transactional test flushed it: the session's copy when there is one."""
    if snapshot.taken():
        snapshot.restore()
    else:
        load_demo_data()
    return find_demo_site()
