"""Lists count once per change of the public content (cms/freshness.py): a visitor
after another reads the counts kept, and publishing, unpublishing, moving or deleting
a page shows at once in every list's counts."""

from datetime import date

from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import freshness
from tests.support.news import add_news


def visit(client, url):
    """(queries, {year: count}) of the news list's year filter."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    years = {
        option["value"]: int(option.get_text().rsplit("(", 1)[1].rstrip(")"))
        for option in page.select("select[name=year] option[value!='']")
    }
    return len(context.captured_queries), years


def test_counts_are_kept_until_a_page_is_published_moved_unpublished_or_deleted(client, demo_site):
    url = demo_site.page("news-index:site").url
    client.get(url)  # Wagtail's own caches (site root paths)
    freshness.renew()  # as a change would: the next visitor counts
    counting, years = visit(client, url)
    kept, same_years = visit(client, url)
    assert same_years == years
    assert kept <= counting - 3  # the grouped queries were not run again

    project_news = demo_site.page("news-index:coor-com")
    item = add_news(project_news, "Notizia del 2031", date(2031, 5, 4))  # published
    counting_again, years = visit(client, url)
    assert years["2031"] == 1 and counting_again == counting

    item.move(demo_site.page("news-index:pro-sol"), pos="last-child")
    assert visit(client, url)[0] == counting  # moved: counted again

    item.specific.unpublish()
    assert "2031" not in visit(client, url)[1]
    item.specific.save_revision().publish()
    assert visit(client, url)[1]["2031"] == 1
    item.delete()
    assert "2031" not in visit(client, url)[1]
