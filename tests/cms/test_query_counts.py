"""Public pages cost a fixed number of SQL queries, however much content they list."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.support.pages import add_projects


def queries_for(client, url):
    client.get(url)  # warm caches (site root paths)
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
