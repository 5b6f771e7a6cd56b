"""The catalogue's label filter reads as words in the address (?label=alcotra-jeunes):
the label page's slug in the visitor's language, not a UUID."""

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.factories import sample_project
from projects.models import ProjectLabel


def catalogue(client, demo_site, language, **params):
    response = client.get(demo_site.page("projects", language).url, params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    titles = sorted(a.get_text(strip=True) for a in page.select(".catalogue__results .card__title a"))
    return titles, page


def label_options(page):
    return {box["value"]: box.has_attr("checked") for box in page.select("input[name=label]")}


@pytest.mark.parametrize("language", ["it", "fr"])
def test_the_label_option_is_the_label_pages_slug(client, demo_site, language):
    _titles, page = catalogue(client, demo_site, language)
    assert label_options(page) == {"alcotra-jeunes": False}
    titles, page = catalogue(client, demo_site, language, label="alcotra-jeunes")
    assert titles == ["CARE"]
    assert label_options(page) == {"alcotra-jeunes": True}


def test_each_language_reads_its_own_slug(client, demo_site):
    french = demo_site.page("label:alcotra-jeunes", "fr")
    french.slug = "label-jeunes"
    french.save_revision().publish()

    _titles, page = catalogue(client, demo_site, "fr")
    assert label_options(page) == {"label-jeunes": False}
    titles, _page = catalogue(client, demo_site, "fr", label="label-jeunes")
    assert titles == ["CARE"]
    _titles, page = catalogue(client, demo_site, "it")
    assert label_options(page) == {"alcotra-jeunes": False}


def test_an_address_with_the_old_key_still_selects_the_label(client, demo_site):
    old_key = str(demo_site.page("label:alcotra-jeunes").translation_key)
    titles, page = catalogue(client, demo_site, "fr", label=old_key)
    assert titles == ["CARE"]
    assert label_options(page) == {"alcotra-jeunes": True}


def queries_for(client, url):
    client.get(url)  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def add_labelled_projects(demo_site, start, count):
    catalogue_page, label = demo_site.page("projects"), demo_site.page("label:alcotra-jeunes")
    for number in range(start, start + count):
        project = sample_project(catalogue_page.locale, number)
        project.project_labels.add(ProjectLabel(label=label, year=2024))
        catalogue_page.add_child(instance=project)
        project.save_revision().publish()


def test_the_label_filter_costs_the_same_queries_however_many_projects(client, demo_site):
    url = demo_site.page("projects").url + "?label=alcotra-jeunes"
    add_labelled_projects(demo_site, 0, 2)
    few = queries_for(client, url)
    add_labelled_projects(demo_site, 2, 20)
    assert queries_for(client, url) == few
