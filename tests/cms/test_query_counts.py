"""Public pages cost a fixed number of SQL queries, however much content they list."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import freshness
from tests.support.pages import add_projects


def queries_for(client, url):
    """Queries of a visit right after a change of the public content: with the fragments
    kept until then (cms/freshness.py) drawn afresh."""
    client.get(url)  # warm caches (site root paths)
    freshness.renew()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("language", ["it"])
def test_catalogue_and_project_pages_do_not_grow_with_content(client, demo_site, language):
    catalogue = demo_site.page("projects", language)
    label = demo_site.page("label:alcotra-jeunes", language)
    plan = demo_site.page("plan:pro-sol", language)

    last = add_projects(catalogue, 3)
    few = {
        "catalogue": queries_for(client, catalogue.url),
        "filtered": queries_for(client, catalogue.url + "?theme=servizi-sociosanitari&country=IT&page=2"),
        "project": queries_for(client, last.url),
        "label": queries_for(client, label.url),
        "plan": queries_for(client, plan.url),
        "home": queries_for(client, demo_site.home_it.url),
    }
    last = add_projects(catalogue, 27, start=3)
    many = {
        "catalogue": queries_for(client, catalogue.url),
        "filtered": queries_for(client, catalogue.url + "?theme=servizi-sociosanitari&country=IT&page=2"),
        "project": queries_for(client, last.url),
        "label": queries_for(client, label.url),
        "plan": queries_for(client, plan.url),
        "home": queries_for(client, demo_site.home_it.url),
    }
    print("queries per page:", few)
    assert many == few


def add_site_news(index, count, image, start=0):
    from datetime import date, timedelta

    from news.models import NewsPage
    from tests.support.pages import publish

    for number in range(start, start + count):
        publish(
            index,
            NewsPage(
                title=f"Notizia {number}",
                slug=f"notizia-{number}",
                date=date(2026, 1, 1) + timedelta(days=number),
                image=image,
                image_alt="Un paese di montagna",
                body=[("paragraph", "<p>Testo.</p>")],
            ),
        )


def test_home_page_does_not_grow_with_news(client, demo_site):
    """Home sections read their cards, card images and renditions in a fixed number of
    queries: 3 news shown cost what 12 shown (of 30) cost."""
    from news.models import NewsPage

    home = demo_site.home_it
    index = demo_site.page("news-index:site")
    image = demo_site.page("news:care-alcotra-jeunes").image
    NewsPage.objects.all().delete()
    home.body = [
        {"type": "latest_news", "value": {"heading": "", "count": 12}},
        {"type": "featured", "value": {"heading": "", "pages": []}},
        {"type": "latest_videos", "value": {"heading": "", "count": 3}},
        {"type": "label", "value": {"heading": "", "label": None}},
    ]
    home.save()

    add_site_news(index, 3, image)
    few = queries_for(client, home.url)
    add_site_news(index, 27, image, start=3)
    many = queries_for(client, home.url)
    print("home queries:", few)
    assert many == few


def test_plan_project_and_list_pages_do_not_grow_with_news(client, demo_site):
    """3 news or 30 in a project (each with a picture): the project and plan pages show
    their latest as cards, the news lists show them all, at the same cost."""
    from datetime import date, timedelta

    from tests.support.news import add_news

    coor_com = demo_site.page("project:coor-com")
    news_list = demo_site.page("news-index:coor-com")
    picture = demo_site.page("news:care-alcotra-jeunes").card_image[0]
    pages = {
        "project": coor_com.url,
        "plan": demo_site.page("plan:pro-sol").url,
        "project news": news_list.url,
        "news": demo_site.page("news-index:site").url,
        "videos": demo_site.page("video-index:site").url,
    }

    def add(start, count):
        for number in range(start, start + count):
            add_news(news_list, f"Notizia {number}", date(2030, 1, 1) - timedelta(days=number), image=picture)

    add(0, 3)
    few = {name: queries_for(client, url) for name, url in pages.items()}
    add(3, 27)
    many = {name: queries_for(client, url) for name, url in pages.items()}
    print("queries per page:", few)
    assert many == few
