"""On a phone, every plan and project page shows the programme's block (EU emblem,
funding statement, programme, acronym) in its header without scrolling, the emblem no
smaller than any partner logo; the accessibility statement passes axe-core in both
languages."""

import pytest

from wagtail.models import Locale

from demo.factories import sample_project
from tests.support.axe import assert_accessible
from tests.support.pages import publish

pytestmark = pytest.mark.browser

PHONES = [{"width": 390, "height": 844}, {"width": 320, "height": 640}]
PLANS_AND_PROJECTS = [
    "plan:pro-sol",
    "plan:graies-lab",
    "project:coor-com",
    "project:senior",
    "project:giovani",
    "project:donne",
    "project:we-pro",
    "project:socialab",
    "project:care",
]
# Wherever partner logos are shown (the page's partners, the footer's strip), the EU
# emblem must be at least as large.
PARTNER_LOGOS = ".partners img, img.partner-logo, .partner-logos img"
# The emblem's smallest size on a phone, in CSS pixels (72 x 48 on wide screens).
PHONE_EMBLEM = (60, 40)


def long_titled_project(language):
    """A title and full name of several lines on a phone: the EU block must not move down."""
    project = sample_project(Locale.objects.get(language_code=language), 99, slug_prefix="titolo-lungo-")
    project.title = "Réseau transfrontalier de santé de proximité pour les vallées alpines " * 2
    project.full_name = project.title.strip()
    project.summary = "Un projet dont le titre occupe plusieurs lignes sur un téléphone."
    return project


@pytest.fixture
def phone(chromium, request):
    viewport, language = request.param
    context = chromium.new_context(locale=f"{language}-{language.upper()}", viewport=viewport)
    yield context.new_page(), viewport, language
    context.close()


@pytest.mark.parametrize(
    "phone",
    [(viewport, language) for viewport in PHONES for language in ("it", "fr")],
    indirect=True,
    ids=lambda param: f"{param[0]['width']}x{param[0]['height']}-{param[1]}",
)
def test_emblem_and_statement_are_above_the_fold(phone, live_server, live_demo_site):
    page, viewport, language = phone
    urls = [live_demo_site.page(key, language).url for key in PLANS_AND_PROJECTS]
    urls.append(publish(live_demo_site.page("projects", language), long_titled_project(language)).url)
    for url in urls:
        assert page.goto(live_server.url + url).status == 200, url
        assert page.evaluate("window.scrollY") == 0
        block = page.locator("header .eu-funding")
        emblem = block.locator("img.eu-funding__emblem")
        assert emblem.evaluate("img => img.complete && img.naturalWidth > 0"), "the emblem loads"
        for part in (
            emblem,
            block.locator(".eu-funding__statement"),
            block.locator(".eu-funding__programme"),
            block.locator(".eu-funding__project"),
        ):
            box = part.bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"], (url, box)
            assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], (url, box)
        size = emblem.bounding_box()
        assert (size["width"], size["height"]) == PHONE_EMBLEM, url
        for logo in page.locator(PARTNER_LOGOS).all():
            logo.scroll_into_view_if_needed()
            other = logo.bounding_box()
            assert size["height"] >= other["height"], (url, other)


@pytest.mark.parametrize("language", ["it", "fr"])
def test_accessibility_statement_is_accessible(browser_page, live_server, live_demo_site, language):
    statement = live_demo_site.page("accessibility", language)
    home = live_demo_site.home_it if language == "it" else live_demo_site.home_fr
    browser_page.goto(live_server.url + home.url)
    # From any page, the footer leads to the statement of the page's language.
    browser_page.locator("footer .footer-accessibility a").click()
    assert browser_page.url == live_server.url + statement.url
    assert browser_page.locator("html").get_attribute("lang") == language
    assert_accessible(browser_page)
