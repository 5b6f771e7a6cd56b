"""News feeds (RSS 2.0 and Atom) read as a feed reader reads them, and the links that announce them."""

import re
from datetime import date
from urllib.parse import urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from news.models import NewsPage
from tests.support.pages import publish
from tests.support.wording import said

FORMATS = {"rss": ("feed/", "application/rss+xml"), "atom": ("feed/atom/", "application/atom+xml")}
RFC_822 = re.compile(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")
RFC_3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$")


def read_feed(client, index, kind):
    """The feed of ``index`` in format ``kind``, parsed by feedparser; it must be well formed."""
    suffix, content_type = FORMATS[kind]
    response = client.get(index.url + suffix)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == {"rss": "rss20", "atom": "atom10"}[kind]
    return parsed


def shown(detail):
    """The text a feed reader displays for a title or summary (HTML ones rendered)."""
    if detail.type == "text/html":
        return BeautifulSoup(detail.value, "html.parser").get_text()
    return detail.value


def news_in(index):
    """The live public news an index gathers, newest first, as visitors see them listed."""
    news, _scope_root = index.scope(NewsPage.objects.all())
    return list(news.order_by("-date", "title", "pk"))


def path_of(url):
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc) == ("http", "testserver"), url  # absolute
    return parts.path


def head_feeds(response):
    """(type, href, title) of each feed a page announces in its <head>."""
    head = BeautifulSoup(response.content, "html.parser").head
    return {
        (link["type"], link["href"], link["title"])
        for link in head.select("link[rel=alternate][type$='+xml']")
    }


def expected_head_feeds(index, language):
    return {
        (
            content_type,
            index.url + suffix,
            said("%(title)s (%(format)s)", language, title=index.title, format=name),
        )
        for (suffix, content_type), name in zip(FORMATS.values(), ("RSS", "Atom"), strict=True)
    }


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize(
    ("key", "language"),
    [
        ("news-index:site", "it"),
        ("news-index:site", "fr"),
        ("news-index:pro-sol", "it"),
        ("news-index:care", "fr"),
    ],
)
def test_feed_lists_the_indexs_news_newest_first_in_its_language(client, demo_site, key, language, kind):
    index = demo_site.page(key, language)
    feed = read_feed(client, index, kind)
    expected = news_in(index)
    assert expected, "the demo has news in every index tested"

    assert feed.feed.language == language
    assert feed.feed.title.startswith(index.title)
    assert path_of(feed.feed.link) == index.url
    [self_link] = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_link == "http://testserver" + index.url + FORMATS[kind][0]

    assert [shown(entry.title_detail) for entry in feed.entries] == [news.title for news in expected]
    assert [path_of(entry.link) for entry in feed.entries] == [news.url for news in expected]
    assert [shown(entry.summary_detail) for entry in feed.entries] == [news.summary for news in expected]
    for entry, news in zip(feed.entries, expected, strict=True):
        if kind == "rss":
            assert RFC_822.match(entry.published), entry.published
            assert entry.published.startswith(news.date.strftime("%a, %d %b %Y 00:00:00"))
        else:
            assert RFC_3339.match(entry.published) and RFC_3339.match(entry.updated), entry
            assert entry.published.startswith(news.date.isoformat() + "T00:00:00")


def test_every_item_link_opens_the_news(client, demo_site):
    for language in ("it", "fr"):
        for entry in read_feed(client, demo_site.page("news-index:site", language), "atom").entries:
            response = client.get(path_of(entry.link))
            assert response.status_code == 200, entry.link
            assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == shown(
                entry.title_detail
            )


def test_french_feed_has_only_french_news(client, demo_site):
    index = demo_site.page("news-index:site", "fr")
    entries = read_feed(client, index, "rss").entries
    french = NewsPage.objects.live().filter(locale__language_code="fr")
    titles = {shown(entry.title_detail) for entry in entries}
    assert titles == set(french.values_list("title", flat=True))
    assert all(path_of(entry.link).startswith("/fr/") for entry in entries)
    assert not titles & set(
        NewsPage.objects.filter(locale__language_code="it").values_list("title", flat=True)
    )


def test_plan_feed_has_only_the_plans_news(client, demo_site):
    plan = demo_site.page("plan:pro-sol")
    index = demo_site.page("news-index:pro-sol")
    below_plan = set(NewsPage.objects.live().descendant_of(plan).values_list("title", flat=True))
    for kind in FORMATS:
        titles = [shown(entry.title_detail) for entry in read_feed(client, index, kind).entries]
        assert set(titles) == below_plan
        assert len(titles) < len(read_feed(client, demo_site.page("news-index:site"), kind).entries)


def test_drafts_and_private_news_never_appear(client, demo_site):
    index = demo_site.page("news-index:pro-sol")
    draft = NewsPage(title="Bozza riservata", date=date(2030, 1, 1), summary="Non ancora.", live=False)
    index.add_child(instance=draft)
    draft.save_revision()
    private = publish(
        index, NewsPage(title="Notizia privata", date=date(2030, 1, 2), summary="Solo partner.")
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    # A whole private index hides its news from the site-wide feed too.
    care_index = demo_site.page("news-index:care")
    PageViewRestriction.objects.create(page=care_index, restriction_type="password", password="partner")
    care_titles = {news.title for news in NewsPage.objects.child_of(care_index)}

    for feed_index in (index, demo_site.page("news-index:site")):
        for kind in FORMATS:
            titles = {shown(entry.title_detail) for entry in read_feed(client, feed_index, kind).entries}
            assert titles
            assert not {"Bozza riservata", "Notizia privata"} & titles
            assert not care_titles & titles
    # The private index's feeds ask for the password, like the index.
    for suffix, _content_type in FORMATS.values():
        response = client.get(care_index.url + suffix)
        assert response["Content-Type"].startswith("text/html")
        assert BeautifulSoup(response.content, "html.parser").select_one("input[type=password]")


def test_titles_and_summaries_are_text_not_markup(client, demo_site):
    index = demo_site.page("news-index:pro-sol")
    publish(index, NewsPage(title="R&D <b>forte</b>", date=date(2030, 1, 1), summary="1 < 2 & <i>altro</i>"))
    for kind in FORMATS:
        entry = read_feed(client, index, kind).entries[0]
        assert shown(entry.title_detail) == "R&D <b>forte</b>"
        assert shown(entry.summary_detail) == "1 < 2 & <i>altro</i>"


def test_an_index_without_news_has_a_valid_empty_feed(client, demo_site):
    index = demo_site.page("news-index:coor-com")  # the demo's empty list
    for kind in FORMATS:
        feed = read_feed(client, index, kind)
        assert feed.entries == []
        assert feed.feed.language == "it"


# The links that announce the feeds


@pytest.mark.parametrize(
    ("page_key", "index_key", "language"),
    [
        ("news-index:site", "news-index:site", "it"),
        ("news-index:pro-sol", "news-index:pro-sol", "fr"),
        ("plan:pro-sol", "news-index:pro-sol", "it"),
        ("plan:pro-sol", "news-index:pro-sol", "fr"),
        ("project:care", "news-index:care", "fr"),
        ("project:socialab", "news-index:socialab", "it"),
        ("project:coor-com", "news-index:coor-com", "fr"),
    ],
)
def test_pages_announce_the_feeds_of_their_news_index(client, demo_site, page_key, index_key, language):
    page = demo_site.page(page_key, language)
    index = demo_site.page(index_key, language)
    announced, expected = head_feeds(client.get(page.url)), expected_head_feeds(index, language)
    assert expected <= announced
    # No other feed (news_index_page.html still adds its own RSS link, titled differently).
    assert {href for _type, href, _title in announced} == {href for _type, href, _title in expected}


@pytest.mark.parametrize("language", ["it", "fr"])
def test_home_and_news_pages_announce_their_feeds(client, demo_site, language):
    home = demo_site.home_it if language == "it" else demo_site.home_fr
    site_index = demo_site.page("news-index:site", language)
    assert head_feeds(client.get(home.url)) == expected_head_feeds(site_index, language)

    index = demo_site.page("news-index:pro-sol", language)
    news = NewsPage.objects.live().child_of(index).first()
    announced = head_feeds(client.get(news.url))
    assert announced == expected_head_feeds(index, language)
    for content_type, href, _title in announced:
        response = client.get(href)
        assert response.status_code == 200
        assert response["Content-Type"].startswith(content_type)


def test_pages_without_news_announce_no_feed(client, demo_site):
    senior = demo_site.page("project:senior")  # a project without a news index
    catalogue = demo_site.page("projects")
    for page in (senior, catalogue, demo_site.about_it):
        assert head_feeds(client.get(page.url)) == set()


def test_private_news_indexes_are_not_announced(client, demo_site, django_user_model):
    """Feed readers could not open them, whether the index or a page above it is private."""
    plan, project = demo_site.page("plan:pro-sol"), demo_site.page("project:care", "fr")
    PageViewRestriction.objects.create(page=demo_site.page("news-index:pro-sol"), restriction_type="login")
    PageViewRestriction.objects.create(page=project, restriction_type="login")
    client.force_login(django_user_model.objects.create_user("partner", password="pw"))
    assert head_feeds(client.get(plan.url)) == set()
    assert head_feeds(client.get(project.url)) == set()
    # Other plans and projects still announce theirs.
    socialab = demo_site.page("project:socialab", "fr")
    assert head_feeds(client.get(socialab.url))


def test_unpublished_index_is_not_announced(client, demo_site):
    index = demo_site.page("news-index:pro-sol")
    index.unpublish()
    assert head_feeds(client.get(demo_site.page("plan:pro-sol").url)) == set()
