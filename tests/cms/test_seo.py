"""What search engines and social networks read: head tags, JSON-LD, sitemap.xml, robots.txt."""

import json
from collections import Counter
from urllib.parse import urlsplit

import extruct
import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree as ET
from PIL import Image as PILImage

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageViewRestriction

from cms.seo import PROGRAMME_NAMES
from cms.sitemap import Sitemap
from home.models import ContentPage
from news.models import NewsPage
from tests.support.demo import DEMO_KEYS
from tests.support.pages import add_projects, publish
from tests.support.wording import said

LANGUAGES = ["it", "fr"]
OG_LOCALES = {"it": "it_IT", "fr": "fr_FR"}
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def read(client, url):
    """The page's head tags, Open Graph and JSON-LD, as a crawler reads them."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    data = extruct.extract(
        html, base_url="http://localhost/", syntaxes=["json-ld", "opengraph"], uniform=True
    )
    og = data["opengraph"][0] if data["opengraph"] else {}
    return BeautifulSoup(html, "html.parser"), og, data["json-ld"]


def item(json_ld, schema_type):
    found = [entry for entry in json_ld if entry["@type"] == schema_type]
    assert len(found) == 1, [entry["@type"] for entry in json_ld]
    return found[0]


def canonical(html):
    links = html.select("link[rel=canonical]")
    return links[0]["href"] if len(links) == 1 else None


def site_name(language):
    return said("ALCOTRA cross-border projects", language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model_name", sorted(DEMO_KEYS))
def test_every_page_type_names_its_own_address_language_and_trail(client, demo_site, model_name, language):
    page = demo_site.page(DEMO_KEYS[model_name], language)
    url = page.get_full_url()
    html, og, json_ld = read(client, page.url)

    assert canonical(html) == url
    assert og["og:url"] == url
    assert og["og:title"] == (page.seo_title or page.title)
    assert og["@type"] == ("article" if model_name in ("NewsPage", "VideoPage") else "website")
    assert og["og:site_name"] == site_name(language)
    assert og["og:locale"] == OG_LOCALES[language]
    others = [OG_LOCALES[version.locale.language_code] for version in page.get_translations().live()]
    assert [og.get("og:locale:alternate")] == (others or [None])
    if page.meta_description:
        assert og["og:description"] == page.meta_description
        assert html.select_one("meta[name=description]")["content"] == page.meta_description
    card = html.select_one("meta[name='twitter:card']")["content"]
    assert card == ("summary_large_image" if "og:image" in og else "summary")

    trail = item(json_ld, "BreadcrumbList")["itemListElement"]
    assert [entry["position"] for entry in trail] == list(range(1, len(trail) + 1))
    home = demo_site.home_it if language == "it" else demo_site.home_fr
    assert (trail[0]["name"], trail[0]["item"]) == (home.title, home.get_full_url())
    assert (trail[-1]["name"], trail[-1]["item"]) == (page.title, url)
    assert all(entry["item"].startswith(f"http://localhost/{language}/") for entry in trail)


@pytest.mark.parametrize("language", LANGUAGES)
def test_title_names_the_page_then_the_site_once(client, demo_site, language):
    home = demo_site.page("home", language)
    html, _og, _json_ld = read(client, home.url)
    assert html.title.get_text(strip=True) == home.title
    about = demo_site.page("about", language)
    html, _og, _json_ld = read(client, about.url)
    assert html.title.get_text(strip=True) == f"{about.title} · {site_name(language)}"


def test_breadcrumb_follows_the_tree_in_the_pages_language(client, demo_site):
    project = demo_site.page("project:coor-com", "fr")
    _html, _og, json_ld = read(client, project.url)
    trail = item(json_ld, "BreadcrumbList")["itemListElement"]
    assert [(entry["name"], entry["item"]) for entry in trail] == [
        ("Projets transfrontaliers ALCOTRA", "http://localhost/fr/"),
        ("Plans et projets", "http://localhost/fr/projets/"),
        ("PITEM PRO-SOL", "http://localhost/fr/projets/pitem-pro-sol/"),
        ("COOR-COM", "http://localhost/fr/projets/pitem-pro-sol/coor-com/"),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_describes_the_programme(client, demo_site, language):
    home = demo_site.page("home", language)
    _html, _og, json_ld = read(client, home.url)
    organisation = item(json_ld, "Organization")
    assert organisation["name"] == PROGRAMME_NAMES[language]
    assert organisation["url"] == home.get_full_url()


@pytest.fixture
def news_with_image(demo_site):
    """The CARE news item with a large image (a synchronised fact) in both languages."""
    image = Image.objects.create(title="Consiglio dei giovani", file=get_test_image_file(size=(1600, 1000)))
    pages = {}
    for language in LANGUAGES:
        page = demo_site.page("news:care-alcotra-jeunes", language)
        page.image = image
        page.image_alt = {"it": "I giovani del Consiglio", "fr": "Les jeunes du Conseil"}[language]
        page.save_revision().publish()
        pages[language] = page
    return pages


def assert_share_image_is_served(client, og, width, height):
    """The og:image answers through the site, or (uploads are not served in tests) is
    a stored JPEG of the announced size."""
    path = urlsplit(og["og:image"]).path
    assert (int(og["og:image:width"]), int(og["og:image:height"])) == (width, height)
    if client.get(path).status_code == 200:
        return
    name = path.removeprefix(settings.MEDIA_URL)
    assert default_storage.exists(name), og["og:image"]
    with default_storage.open(name) as handle, PILImage.open(handle) as picture:
        assert (picture.format, picture.size) == ("JPEG", (width, height))


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_item_is_a_news_article_with_its_image(client, news_with_image, language):
    page = news_with_image[language]
    url = page.get_full_url()
    html, og, json_ld = read(client, page.url)

    assert og["og:image:alt"] == page.image_alt
    assert_share_image_is_served(client, og, 1200, 630)
    assert html.select_one("meta[name='twitter:card']")["content"] == "summary_large_image"

    article = item(json_ld, "NewsArticle")
    assert article["headline"] == page.title
    assert article["description"] == page.meta_description
    assert article["datePublished"] == page.date.isoformat() == "2024-06-03"
    assert article["dateModified"].startswith(page.last_published_at.date().isoformat())
    assert article["inLanguage"] == language
    assert article["image"] == [og["og:image"]]
    assert article["mainEntityOfPage"]["@id"] == url
    care = page.get_parent().get_parent()
    assert article["author"] == {"@type": "Organization", "name": care.title, "url": care.get_full_url()}
    assert article["publisher"]["@type"] == "Organization"
    assert article["publisher"]["name"] == PROGRAMME_NAMES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_uploaded_video_is_a_video_object(client, demo_site, language):
    page = demo_site.page("video:coor-com-students", language)
    _html, og, json_ld = read(client, page.url)

    video = item(json_ld, "VideoObject")
    assert video["name"] == page.title
    assert video["description"] == page.meta_description
    assert video["uploadDate"] == "2022-05-09"
    assert video["duration"] == "PT4S"
    assert video["inLanguage"] == language
    assert video["thumbnailUrl"] == [og["og:image"]]
    assert "embedUrl" not in video
    assert client.get(urlsplit(video["contentUrl"]).path).status_code == 200
    # The poster is smaller than 1200×630: cropped to the ratio, never enlarged.
    assert og["og:image:alt"] == page.poster_alt  # the poster's own description, in the page's language
    assert_share_image_is_served(client, og, 640, 336)


def test_youtube_video_gives_the_privacy_enhanced_player(client, demo_site):
    page = demo_site.page("video:coor-com-students", "it")
    page.video_file, page.video_url = None, "https://youtu.be/dQw4w9WgXcQ"
    page.save_revision().publish()
    _html, _og, json_ld = read(client, page.url)
    video = item(json_ld, "VideoObject")
    assert video["embedUrl"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert "contentUrl" not in video


@pytest.mark.parametrize("language", LANGUAGES)
def test_project_lists_its_partners_with_their_roles(client, demo_site, language):
    page = demo_site.page("project:coor-com", language)
    _html, _og, json_ld = read(client, page.url)

    project = item(json_ld, "Project")
    assert (project["name"], project["alternateName"]) == (page.full_name, "COOR-COM")
    assert project["foundingDate"] == page.start_date.isoformat()
    assert project["funder"]["name"] == PROGRAMME_NAMES[language]
    plan = demo_site.page("plan:pro-sol", language)
    assert project["parentOrganization"] == {
        "@type": "Project",
        "name": plan.title,
        "url": plan.get_full_url(),
    }
    roles = {role["member"]["name"]: role["roleName"] for role in project["member"]}
    piemonte = {"it": "Regione Piemonte, Direzione Sanità", "fr": "Région Piémont, direction de la santé"}
    assert roles[piemonte[language]] == said("Lead partner", language)
    assert all(role["member"]["@type"] == "Organization" for role in project["member"])
    assert len(roles) == 4


def test_plan_lists_the_partners_of_its_projects(client, demo_site):
    plan = demo_site.page("plan:pro-sol", "fr")
    _html, _og, json_ld = read(client, plan.url)
    project = item(json_ld, "Project")
    assert project["alternateName"] == "PRO-SOL"
    assert "Métropole Nice Côte d’Azur" in {member["name"] for member in project["member"]}


def test_a_hostile_title_cannot_break_out_of_the_json_ld(client, demo_site):
    title = '</script><script>alert(1)</script>"'
    news_index = demo_site.page("news-index:site", "it")
    page = publish(news_index, NewsPage(title=title, slug="titolo-ostile", summary='Virgolette "doppie"'))
    response = client.get(page.url)
    html = BeautifulSoup(response.content, "html.parser")

    assert b"<script>alert(1)" not in response.content
    blocks = [json.loads(script.string) for script in html.select("script[type='application/ld+json']")]
    assert [block["@type"] for block in blocks] == ["BreadcrumbList", "NewsArticle"]
    assert blocks[1]["headline"] == title
    assert blocks[1]["description"] == 'Virgolette "doppie"'
    assert html.select_one("meta[property='og:title']")["content"] == title


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ""),
        ("?page=2", "?page=2"),
        ("?page=1", ""),
        ("?page=99", "?page=2"),  # past the end: the last page is shown, and named
        ("?year=2023&page=2", ""),  # a filtered list points to the whole list
        ("?utm_source=newsletter", ""),
    ],
)
def test_list_canonical_keeps_only_the_page_number(client, demo_site, query, expected):
    index = demo_site.page("news-index:site", "it")
    html, og, _json_ld = read(client, index.url + query)
    assert canonical(html) == og["og:url"] == index.get_full_url() + expected


def test_later_list_pages_say_their_number_in_the_title(client, demo_site):
    index = demo_site.page("news-index:site", "fr")
    html, _og, _json_ld = read(client, index.url + "?page=2")
    number = said("Page %(number)s", "fr", number=2)
    assert html.title.get_text(strip=True) == f"{index.title} · {number} · {site_name('fr')}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_is_not_indexed_and_points_to_the_empty_search(client, demo_site, language):
    html, og, json_ld = read(client, f"/{language}/search/?q=CARE&page=2")
    assert html.select_one("meta[name=robots]")["content"] == "noindex, follow"
    assert canonical(html) == og["og:url"] == f"http://localhost/{language}/search/"
    assert og["og:locale"] == OG_LOCALES[language]
    assert html.title.get_text(strip=True).startswith(said("Search", language))
    trail = item(json_ld, "BreadcrumbList")["itemListElement"]
    assert [entry["item"] for entry in trail] == [f"http://localhost/{language}/", og["og:url"]]


@pytest.mark.parametrize("path", ["/it/nessuna-pagina/", "/fr/aucune-page/"])
def test_not_found_page_claims_no_address(client, demo_site, path):
    response = client.get(path)
    assert response.status_code == 404
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("meta[name=robots]")["content"] == "noindex"
    assert canonical(html) is None
    assert not html.select("meta[property^='og:']")
    language = path[1:3]
    title = f"{said('Page not found', language)} · {site_name(language)}"
    assert html.title.get_text(strip=True) == title


def sitemap_pages(client):
    """The paths of the sitemap's pages, as /sitemap.xml (a sitemap index) lists them."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{SITEMAP['s']}}}sitemapindex"
    locations = [loc.text for loc in root.findall("s:sitemap/s:loc", SITEMAP)]
    return [
        urlsplit(location).path + (f"?{urlsplit(location).query}" if urlsplit(location).query else "")
        for location in locations
    ]


def sitemap_entries(client):
    """{location: {hreflang: href}} from every page of the sitemap, and every location as listed."""
    listed, entries = [], {}
    for path in sitemap_pages(client):
        response = client.get(path)
        assert response.status_code == 200
        for url in ET.fromstring(response.content).findall("s:url", SITEMAP):
            location = url.findtext("s:loc", namespaces=SITEMAP)
            listed.append(location)
            links = url.findall("xhtml:link", SITEMAP)
            assert all(link.get("rel") == "alternate" for link in links)
            entries[location] = {link.get("hreflang"): link.get("href") for link in links}
    return entries, listed


def test_a_large_site_is_split_into_sitemap_pages_of_bounded_size(client, demo_site, monkeypatch):
    monkeypatch.setattr(Sitemap, "limit", 10)
    pages = sitemap_pages(client)
    assert len(pages) >= 3 and pages[1].endswith("?p=2")
    entries, listed = sitemap_entries(client)
    expected = {page.get_full_url() for page in Page.objects.live().public().filter(depth__gte=2)}
    assert Counter(listed) == Counter(expected)
    for path in pages:
        assert len(ET.fromstring(client.get(path).content).findall("s:url", SITEMAP)) <= 10


def test_sitemap_lists_every_live_public_page_of_both_languages_once(client, demo_site):
    draft = ContentPage(title="Bozza", slug="bozza", live=False)
    demo_site.home_it.add_child(instance=draft)
    private = publish(demo_site.home_it, ContentPage(title="Riservata", slug="riservata"))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="segreto")

    entries, listed = sitemap_entries(client)
    expected = {page.get_full_url() for page in Page.objects.live().public().filter(depth__gte=2)}
    assert Counter(listed) == Counter(expected)
    assert draft.get_full_url() not in entries
    assert private.get_full_url() not in entries
    assert len({url for url in listed if "/fr/" in url}) > 30


def test_sitemap_entries_name_each_other_as_language_versions(client, demo_site):
    entries, _listed = sitemap_entries(client)
    about = {"it": "http://localhost/it/chi-siamo/", "fr": "http://localhost/fr/a-propos/"}
    assert entries[about["fr"]] == {**about, "x-default": about["it"]}
    for location, links in entries.items():
        language = urlsplit(location).path.split("/")[1]
        assert links[language] == location
        assert links["x-default"] == links.get("it", location)
        for code in ("it", "fr"):
            if code in links:
                assert entries[links[code]] == links, "every version lists the same versions"


def test_sitemap_does_not_offer_a_draft_translation(client, demo_site):
    demo_site.about_fr.unpublish()
    french_only = publish(demo_site.home_fr, ContentPage(title="Mentions légales", slug="mentions-legales"))

    entries, _listed = sitemap_entries(client)
    assert "http://localhost/fr/a-propos/" not in entries
    italian = "http://localhost/it/chi-siamo/"
    assert entries[italian] == {"it": italian, "x-default": italian}
    french = french_only.get_full_url()
    assert entries[french] == {"fr": french, "x-default": french}


def test_sitemap_costs_the_same_queries_however_many_pages(client, demo_site):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/sitemap.xml").status_code == 200
            assert client.get("/sitemap-pages.xml").status_code == 200
        return len(context.captured_queries)

    catalogue = demo_site.page("projects", "it")
    add_projects(catalogue, 2)
    client.get("/sitemap-pages.xml")  # warm Wagtail's cached site root paths
    few = queries()
    add_projects(catalogue, 20, start=2)
    assert queries() == few


def test_robots_txt_allows_all_but_the_admin_and_names_the_sitemap(client, demo_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Disallow: /admin/"]
    sitemaps = [line.removeprefix("Sitemap: ") for line in lines if line.startswith("Sitemap:")]
    assert sitemaps == ["http://localhost/sitemap.xml"]
    assert client.get(urlsplit(sitemaps[0]).path).status_code == 200
