"""News: written inside plans and projects, gathered by the site-wide and local indexes."""

from datetime import date
from xml.etree import ElementTree

import pytest

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms import freshness
from home.models import ContentPage, HomePage
from news.models import NewsIndexPage, NewsPage, NewsRelatedPage
from projects.models import PlanPage, ProjectPage
from tests.support.html import soup
from tests.support.news import BODY, add_five_news, add_news, build_tree
from tests.support.pages import publish


def translate(page, language, texts=None):
    """Translate ``page`` with wagtail-localize (source text -> target text) and publish it."""
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = (texts or {}).get(segment.string.data)
        if text is not None:
            StringTranslation.objects.create(
                translation_of=segment.string, locale=locale, context=segment.context, data=text
            )
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=False)
    target = translation.get_target_instance()
    target.get_latest_revision().publish()
    return target.specific_class.objects.get(pk=target.pk)


def it(message):
    """Our English source string as an Italian visitor reads it (whatever the catalogs hold)."""
    with translation.override("it"):
        return gettext(message)


def count_text(count, language="it"):
    """The line that counts the news shown, as a visitor in ``language`` reads it."""
    with translation.override(language):
        return ngettext("%(counter)s news item", "%(counter)s news items", count) % {"counter": count}


def rss(response):
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own feed, not untrusted input)


def listed(response):
    return [a.get_text(strip=True) for a in soup(response).select("article.card h2.card__title a")]


def options(response, name):
    return {
        option["value"]: option.get_text(strip=True)
        for option in soup(response).select(f"select[name={name}] option")
        if option["value"]
    }


@pytest.fixture
def tree(demo_site):
    return build_tree(demo_site)


@pytest.fixture
def news(tree):
    return add_five_news(tree)


# Listing


def test_site_wide_index_lists_every_news_of_its_language_newest_first(client, tree, news):
    response = client.get(tree.site_index.url)
    assert response.status_code == 200
    # Same date: by title.
    assert listed(response) == [
        "Bando ALCOTRA",
        "CARE parte",
        "Incontro a Nizza",
        "Seminario a Cuneo",
        "Avvio del PITEM",
    ]
    page = soup(response)
    assert page.select_one(".news-count").get_text(strip=True) == count_text(5)
    first = page.select_one("article.card")
    assert first.select_one("time")["datetime"] == "2024-03-01"
    assert (
        first.select_one("time").get_text(strip=True) == "1º marzo 2024"
    )  # long_date: the first of the month is an ordinal
    # Each news says which plan or project it comes from, the closest one.
    abouts = [p.get_text(strip=True) for p in page.select("article.card .card__kicker")]
    assert abouts == ["CARE", "COOR-COM", "COOR-COM", "PITEM PRO-SOL"]
    assert page.select_one("article.card h2 a")["href"] == news.site.url


def test_drafts_and_private_news_are_not_listed(client, tree, news):
    draft = NewsPage(title="Bozza", date=date(2024, 5, 1), body=BODY, live=False)
    tree.site_index.add_child(instance=draft)
    draft.save_revision()
    PageViewRestriction.objects.create(page=tree.care_index, restriction_type="login")
    assert "Bozza" not in listed(client.get(tree.site_index.url))
    assert "CARE parte" not in listed(client.get(tree.site_index.url))


def test_project_index_lists_only_the_news_below_its_project(client, tree, news):
    assert listed(client.get(tree.coor_com_index.url)) == ["Incontro a Nizza", "Seminario a Cuneo"]
    assert listed(client.get(tree.care_index.url)) == ["CARE parte"]
    page = soup(client.get(tree.coor_com_index.url))
    # The project is not named on each of its own news, nor offered as a filter.
    assert not page.select(".card__kicker")
    assert not page.select("select[name=about]")


def test_plan_index_lists_the_news_of_the_plan_and_its_projects(client, tree, news):
    response = client.get(tree.plan_index.url)
    assert listed(response) == ["Incontro a Nizza", "Seminario a Cuneo", "Avvio del PITEM"]
    assert options(response, "about") == {"coor-com-prova": "COOR-COM (2)"}
    filtered = client.get(tree.plan_index.url, {"about": "coor-com-prova"})
    assert listed(filtered) == ["Incontro a Nizza", "Seminario a Cuneo"]


def test_year_filter_with_counts(client, tree, news):
    response = client.get(tree.site_index.url)
    assert options(response, "year") == {"2024": "2024 (2)", "2023": "2023 (2)", "2019": "2019 (1)"}
    assert list(options(response, "year")) == ["2024", "2023", "2019"]

    response = client.get(tree.site_index.url, {"year": "2023"})
    assert listed(response) == ["Incontro a Nizza", "Seminario a Cuneo"]
    assert soup(response).select_one("select[name=year] option[selected]")["value"] == "2023"
    # The plan and project options count the news of that year.
    assert options(response, "about") == {
        "pro-sol-prova": "PITEM PRO-SOL (2)",
        "care-prova": "CARE (0)",
        "coor-com-prova": "COOR-COM (2)",
    }


def test_about_filter_with_counts(client, tree, news):
    response = client.get(tree.site_index.url)
    # A plan counts the news of its projects too; plans come first, then projects.
    assert options(response, "about") == {
        "pro-sol-prova": "PITEM PRO-SOL (3)",
        "care-prova": "CARE (1)",
        "coor-com-prova": "COOR-COM (2)",
    }
    groups = [group["label"] for group in soup(response).select("select[name=about] optgroup")]
    assert groups == [it("Plans"), it("Projects")]

    assert listed(client.get(tree.site_index.url, {"about": "pro-sol-prova"})) == [
        "Incontro a Nizza",
        "Seminario a Cuneo",
        "Avvio del PITEM",
    ]
    response = client.get(tree.site_index.url, {"about": "care-prova"})
    assert listed(response) == ["CARE parte"]
    # The years count the news of that project.
    assert options(response, "year") == {"2024": "2024 (1)", "2023": "2023 (0)", "2019": "2019 (0)"}


def test_year_and_about_filters_combined(client, tree, news):
    response = client.get(tree.site_index.url, {"year": "2019", "about": "pro-sol-prova"})
    assert listed(response) == ["Avvio del PITEM"]
    assert soup(response).select_one(".news-count").get_text(strip=True) == count_text(1)

    response = client.get(tree.site_index.url, {"year": "2019", "about": "care-prova"})
    assert response.status_code == 200
    assert listed(response) == []
    page = soup(response)
    assert it("No news matches these filters.") in page.main.get_text(" ", strip=True)
    # A way back to every news.
    assert page.find("a", href=tree.site_index.url, string=True) is not None


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "-1"},
        {"page": "0"},
        {"page": "99999"},
        {"year": "notayear"},
        {"year": "1999"},
        {"year": "2024.0"},
        {"about": "no-such-project"},
        {"about": "chi-siamo"},
        {"year": "", "about": ""},
    ],
)
def test_bad_query_strings_are_ignored(client, tree, news, query):
    response = client.get(tree.site_index.url, query)
    assert response.status_code == 200
    if "page" not in query:
        assert len(listed(response)) == 5


def test_pagination_keeps_the_filters(client, tree):
    for day in range(1, 13):
        add_news(tree.site_index, f"Notizia {day:02d}", date(2024, 1, day))
    add_news(tree.site_index, "Vecchia notizia", date(2020, 1, 1))

    first = client.get(tree.site_index.url, {"year": "2024"})
    assert listed(first) == [f"Notizia {day:02d}" for day in range(12, 2, -1)]
    nav = soup(first).select_one("nav.pagination")
    assert nav["aria-label"] == it("News pages")
    assert it("Page %(number)s of %(total)s") % {"number": 1, "total": 2} in nav.get_text(" ", strip=True)
    next_link = nav.select_one("a[rel=next]")["href"]
    assert "year=2024" in next_link and "page=2" in next_link

    second = client.get(tree.site_index.url + next_link)
    assert listed(second) == ["Notizia 02", "Notizia 01"]
    # Out of range or malformed: a real page, never an error.
    assert listed(client.get(tree.site_index.url, {"year": "2024", "page": "99999"})) == listed(second)
    assert listed(client.get(tree.site_index.url, {"year": "2024", "page": "abc"})) == listed(first)


def test_empty_index_says_so(client, tree):
    page = soup(client.get(tree.site_index.url))
    assert it("No news has been published here yet.") in page.main.get_text(" ", strip=True)
    assert page.select_one(".news-count").get_text(strip=True) == count_text(0)
    assert not page.select("form.news-filters")


def test_filter_form_is_labelled_and_works_without_javascript(client, tree, news):
    form = soup(client.get(tree.site_index.url)).select_one("form.news-filters")
    assert form["method"] == "get"
    assert form.select_one("fieldset legend")
    for select in form.select("select"):
        assert form.select_one(f"label[for={select['id']}]")
    assert form.select_one("button[type=submit]")


def test_query_count_does_not_grow_with_the_news(client, tree, django_assert_num_queries):
    """Render the site-wide index with 5 news, then with 60: the same number of queries."""
    indexes = [tree.site_index, tree.plan_index, tree.coor_com_index, tree.care_index]

    def add(count, start):
        for number in range(start, start + count):
            add_news(indexes[number % 4], f"Notizia {number}", date(2020 + number % 5, 1 + number % 12, 1))

    def count_queries():
        client.get(tree.site_index.url)  # warm Wagtail's cached site root paths
        freshness.renew()  # the counts too are counted again (cms/freshness.py)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(tree.site_index.url, {"about": "pro-sol-prova"})
        assert response.status_code == 200
        assert listed(response)
        return len(queries)

    add(5, 0)
    with_five = count_queries()
    add(55, 5)
    with_sixty = count_queries()
    assert with_sixty == with_five, (with_five, with_sixty)
    freshness.renew()
    with django_assert_num_queries(with_five):
        client.get(tree.site_index.url, {"about": "pro-sol-prova", "page": "3"})


# The news page


def test_news_page_shows_its_date_project_and_related_pages(client, tree, news):
    # The editor's inline panel numbers the rows; without it their order is the database's.
    news.coor_com_a.related_pages.add(NewsRelatedPage(page=tree.care, sort_order=0))
    news.coor_com_a.related_pages.add(NewsRelatedPage(page=tree.plan, sort_order=1))
    news.coor_com_a.save_revision().publish()

    response = client.get(news.coor_com_a.url)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Seminario a Cuneo"
    assert len(page.select("h1")) == 1
    assert page.select_one("article time")["datetime"] == "2023-06-02"
    assert page.select_one("article time").get_text(strip=True) == "2 giugno 2023"
    about = page.select_one(".news-page__about a")
    assert (about.get_text(strip=True), about["href"]) == ("COOR-COM", tree.coor_com.url)
    related = [(a.get_text(strip=True), a["href"]) for a in page.select(".news-page__related a")]
    assert related == [("CARE", tree.care.url), ("PITEM PRO-SOL", tree.plan.url)]
    assert page.select_one(".news-page__back a")["href"] == tree.coor_com_index.url


def test_news_page_query_count_does_not_grow_with_related_pages(client, tree, news):
    def count_queries():
        client.get(news.site.url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(news.site.url).status_code == 200
        return len(queries)

    news.site.related_pages.add(NewsRelatedPage(page=tree.care))
    news.site.save_revision().publish()
    with_one = count_queries()
    for page in (tree.plan, tree.coor_com, tree.catalogue):
        news.site.related_pages.add(NewsRelatedPage(page=page))
    news.site.save_revision().publish()
    assert count_queries() == with_one


def test_news_page_image_carries_the_pages_alt_text(client, tree, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    # Renditions are cached by image id, and ids come back after other tests' rollbacks.
    for cache in caches.all():
        cache.clear()
    image = get_image_model().objects.create(title="foto.png", file=get_test_image_file(size=(1600, 1000)))
    described = add_news(
        tree.site_index, "Con foto", date(2024, 2, 2), image=image, image_alt="Partner riuniti a Cuneo"
    )
    decorative = add_news(tree.site_index, "Con decoro", date(2024, 2, 3), image=image)

    picture = soup(client.get(described.url)).select_one("article picture")
    assert picture.img["alt"] == "Partner riuniti a Cuneo"
    assert {source["type"] for source in picture.select("source")} == {"image/avif", "image/webp"}
    assert "800w" in picture.img["srcset"]
    assert soup(client.get(decorative.url)).select_one("article picture img")["alt"] == ""


def test_related_pages_show_in_the_readers_language(client, tree):
    news_it = add_news(tree.site_index, "Notizia tradotta", date(2024, 4, 4))
    # Numbered, as the editor's inline panel numbers them: unnumbered rows have no order.
    news_it.related_pages.add(NewsRelatedPage(page=tree.care, sort_order=0))
    news_it.related_pages.add(NewsRelatedPage(page=tree.coor_com, sort_order=1))
    news_it.save_revision().publish()
    care_fr = translate(tree.care, "fr", {"Cura": "Soin"})
    translate(tree.site_index, "fr", {"Notizie": "Actualités"})
    news_fr = translate(news_it, "fr", {"Notizia tradotta": "Actualité traduite"})

    # The French page points at the same (Italian) pages as its source: a synchronised fact.
    assert [link.page_id for link in news_fr.related_pages.all()] == [tree.care.pk, tree.coor_com.pk]
    page = soup(client.get(news_fr.url))
    assert page.h1.get_text(strip=True) == "Actualité traduite"
    links = page.select(".news-page__related a")
    # CARE has a French version; COOR-COM does not yet, so it is marked as Italian.
    assert links[0]["href"] == care_fr.url and not links[0].get("lang")
    assert links[1]["href"] == tree.coor_com.url and links[1]["lang"] == "it"


# Translation


def test_french_site_wide_index_lists_the_french_news_only(client, tree, news):
    index_fr = translate(tree.site_index, "fr", {"Notizie": "Actualités"})
    news_fr = translate(news.site, "fr", {"Bando ALCOTRA": "Appel à projets ALCOTRA"})
    # A news deep in a project: wagtail-localize copies the missing parents as drafts.
    deep_fr = translate(news.coor_com_a, "fr", {"Seminario a Cuneo": "Séminaire à Coni"})

    assert news_fr.date == news.site.date, "the date is synchronised"
    response = client.get(index_fr.url)
    assert response.status_code == 200
    assert soup(response).html["lang"] == "fr"
    assert listed(response) == ["Appel à projets ALCOTRA", "Séminaire à Coni"]
    assert soup(response).select_one("article time").get_text(strip=True) == "1er mars 2024"
    assert soup(response).select_one(".news-count").get_text(strip=True) == count_text(2, "fr")
    # And the Italian index is unchanged.
    assert "Appel à projets ALCOTRA" not in listed(client.get(tree.site_index.url))
    assert deep_fr.locale.language_code == "fr"


def test_text_is_translated_and_facts_are_synchronised():
    from wagtail_localize.fields import get_translatable_fields

    kinds = {field.field_name: type(field).__name__ for field in get_translatable_fields(NewsPage)}
    for name in ("title", "summary", "body", "image_alt"):
        assert kinds[name] == "TranslatableField", name
    for name in ("date", "image", "related_pages"):
        assert kinds[name] == "SynchronizedField", name


# Feed


def test_each_index_has_an_rss_feed_in_its_language(client, tree, news):
    response = client.get(tree.site_index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = rss(response).find("channel")
    assert channel.findtext("language") == "it"
    assert [item.findtext("title") for item in channel.iter("item")] == [
        "Bando ALCOTRA",
        "CARE parte",
        "Incontro a Nizza",
        "Seminario a Cuneo",
        "Avvio del PITEM",
    ]
    assert channel.find("item").findtext("link") == "http://testserver" + news.site.url
    project_feed = rss(client.get(tree.care_index.url + "feed/"))
    assert [item.findtext("title") for item in project_feed.iter("item")] == ["CARE parte"]
    link = soup(client.get(tree.site_index.url)).select_one("a[type='application/rss+xml']")
    assert link["href"] == tree.site_index.url + "feed/"


# Tree rules and the editor


def test_news_tree_rules(tree):
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert NewsPage.allowed_subpage_models() == []
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsIndexPage.parent_page_types == ["home.HomePage", "projects.PlanPage", "projects.ProjectPage"]
    assert NewsPage.can_create_at(tree.site_index)
    assert NewsPage.can_create_at(tree.coor_com_index)
    assert not NewsPage.can_create_at(tree.site.home_it)
    assert not NewsPage.can_create_at(tree.coor_com)
    assert not NewsIndexPage.can_create_at(tree.site_index)
    assert not NewsIndexPage.can_create_at(tree.catalogue)
    assert not ContentPage.can_create_at(tree.site_index)


def test_news_indexes_can_be_added_to_homes_plans_and_projects_once(tree):
    home, plan, project = tree.site.home_it, tree.plan, tree.coor_com
    bare_project = publish(
        tree.catalogue,
        ProjectPage(
            title="Senza notizie",
            slug="senza-notizie",
            acronym="SN",
            full_name="Senza notizie",
            programme_period=tree.period,
            start_date=date(2020, 1, 1),
        ),
    )
    assert NewsIndexPage.can_create_at(bare_project)
    # One per parent: these already have theirs.
    for parent in (home, plan, project):
        assert not NewsIndexPage.can_create_at(parent)
    assert set(NewsIndexPage.allowed_parent_page_models()) == {HomePage, PlanPage, ProjectPage}


def test_editor_can_open_the_news_form(client, tree):
    client.force_login(get_user_model().objects.create_superuser("redazione", password="pw"))
    response = client.get(reverse("wagtailadmin_pages:add", args=("news", "newspage", tree.site_index.pk)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "related_pages" in html and "image_alt" in html


def test_previews_render_in_the_pages_language(tree, news):
    """The index serves extra routes (its feed); its preview still uses the page's language."""
    index_fr = translate(tree.site_index, "fr", {"Notizie": "Actualités"})
    news_fr = translate(news.site, "fr", {"Bando ALCOTRA": "Appel à projets ALCOTRA"})
    for page in (index_fr, news_fr):
        with translation.override("it"):
            response = page.make_preview_request()
        assert response.status_code == 200
        assert soup(response).html["lang"] == "fr"


# API


def test_api_gives_the_news_facts(client, tree, news):
    news.care.related_pages.add(NewsRelatedPage(page=tree.plan))
    news.care.save_revision().publish()
    response = client.get(
        "/api/v2/pages/",
        {"type": "news.NewsPage", "fields": "date,image,image_alt,related_pages", "slug": news.care.slug},
    )
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["date"] == "2024-01-15"
    assert item["related_pages"][0]["page"]["id"] == tree.plan.pk
