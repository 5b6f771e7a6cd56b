"""The header's menu as visitors use it: on a phone it opens from a button (no JavaScript
needed) and from the keyboard; on a laptop it is always shown."""

import pytest

from tests.support.wording import said

pytestmark = pytest.mark.browser


def home_of(site, language):
    return site.home_it if language == "it" else site.home_fr


def first_section(site, language):
    return home_of(site, language).get_children().live().in_menu().first()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", ["it", "fr"])
def test_on_a_phone_the_menu_opens_from_the_keyboard(
    chromium, live_server, live_demo_site, language, javascript
):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=javascript)
    page = context.new_page()
    try:
        page.goto(live_server.url + home_of(live_demo_site, language).url)
        menu = page.get_by_role("navigation", name=said("Main menu", language))
        section = first_section(live_demo_site, language)
        link = menu.get_by_role("link", name=section.title, exact=True)
        toggle = page.locator("summary.site-menu__toggle")
        assert toggle.is_visible() and not link.is_visible()
        box = toggle.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44
        # Tab from the top of the page until the menu button has focus, then open it.
        for _step in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('summary.site-menu__toggle')"):
                break
        else:
            pytest.fail("the menu button never got focus")
        page.keyboard.press("Enter")
        assert link.is_visible()
        assert page.get_by_role("searchbox").is_visible()
        tabbed = []
        for _step in range(4):
            page.keyboard.press("Tab")
            tabbed.append(page.evaluate("document.activeElement.textContent.trim()"))
            if tabbed[-1] == section.title:
                break
        assert tabbed == [said("Home", language), section.title], tabbed
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url == live_server.url + section.url
        assert page.locator("nav.main-menu a[aria-current=page]").text_content().strip() == section.title
    finally:
        context.close()


@pytest.mark.parametrize("language", ["it", "fr"])
def test_on_a_laptop_the_menu_is_always_shown(chromium, live_server, live_demo_site, language):
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        page.goto(live_server.url + home_of(live_demo_site, language).url)
        section = first_section(live_demo_site, language)
        menu = page.get_by_role("navigation", name=said("Main menu", language))
        assert menu.get_by_role("link", name=section.title, exact=True).is_visible()
        assert not page.locator("summary.site-menu__toggle").is_visible()
        assert page.get_by_role("searchbox").is_visible()
    finally:
        context.close()


def follow(page, title):
    """Click the first visible link named ``title`` in the page's main content."""
    link = page.locator("main").get_by_role("link", name=title, exact=True).first
    with page.expect_navigation():
        link.click()


def clicks_from_home_to(page, server, home, project, item):
    """Clicks a visitor makes from the home page to ``item``, through its project (and
    the project's plan when the home does not show the project itself)."""
    page.goto(server + home.url)
    clicks = 0
    if not page.locator("main").get_by_role("link", name=project.title, exact=True).count():
        follow(page, project.get_parent().title)
        clicks += 1
    follow(page, project.title)
    follow(page, item.title)
    assert page.url == server + item.url
    return clicks + 2


@pytest.mark.parametrize("language", ["it", "fr"])
def test_from_the_home_page_a_projects_news_and_video_are_three_clicks_away(
    chromium, live_server, live_demo_site, language
):
    from media.models import VideoPage
    from news.models import NewsPage

    home = home_of(live_demo_site, language)
    video = VideoPage.objects.live().filter(locale=home.locale).order_by("-date").first()
    news = NewsPage.objects.live().filter(locale=home.locale).order_by("-date").first()
    for width in (390, 1280):
        context = chromium.new_context(viewport={"width": width, "height": 844})
        page = context.new_page()
        try:
            for item in (news, video):
                project = item.get_parent().get_parent().specific
                assert clicks_from_home_to(page, live_server.url, home, project, item) <= 3, (
                    item.title,
                    width,
                )
        finally:
            context.close()
