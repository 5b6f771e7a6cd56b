"""The project catalogue: filters alone and combined, counts, bad query strings."""

import pytest
from bs4 import BeautifulSoup


def catalogue(client, demo_site, language="it", **params):
    url = demo_site.page("projects", language).url
    response = client.get(url, params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    titles = sorted(a.get_text(strip=True) for a in page.select(".catalogue__results .card__title a"))
    return titles, page


def option_counts(page, facet):
    return {
        box["value"]: int(box.find_next("span", class_="catalogue__count").get_text(strip=True).strip("()"))
        for box in page.select(f"input[name={facet}]")
    }


ALL = ["CARE", "COOR-COM", "Donne", "Giovani", "Senior", "SociaLab", "We-Pro"]


@pytest.mark.parametrize("language", ["it", "fr"])
def test_unfiltered_lists_every_project(client, demo_site, language):
    titles, page = catalogue(client, demo_site, language)
    assert titles == ALL
    assert option_counts(page, "period") == {"2014-2020": 6, "2021-2027": 1}
    assert option_counts(page, "status") == {"closed": 6, "ongoing": 1}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"period": "2021-2027"}, ["CARE"]),
        ({"plan": "pitem-pro-sol"}, ["COOR-COM", "Donne", "Giovani", "Senior", "We-Pro"]),
        ({"theme": "servizi-prossimita"}, ["SociaLab"]),
        ({"audience": "terzo-settore"}, ["CARE", "COOR-COM", "Senior", "We-Pro"]),
        ({"status": "ongoing"}, ["CARE"]),
        ({"country": "FR"}, ["CARE", "COOR-COM", "SociaLab"]),
        (
            {"theme": "servizi-sociosanitari", "audience": "terzo-settore", "period": "2014-2020"},
            ["COOR-COM", "Senior", "We-Pro"],
        ),
        (
            {"audience": ["imprese-professionisti", "enti-pubblici"]},
            ["COOR-COM", "Donne", "Giovani", "SociaLab", "We-Pro"],
        ),
        ({"status": "closed", "country": "IT"}, ["COOR-COM", "SociaLab"]),
    ],
)
@pytest.mark.parametrize("language", ["it", "fr"])
def test_filters_alone_and_combined(client, demo_site, language, params, expected):
    if "plan" in params and language == "fr":
        params = {**params, "plan": "pitem-pro-sol"}  # same slug in both languages in the demo
    titles, _page = catalogue(client, demo_site, language, **params)
    assert titles == expected


def test_label_filter_and_counts_follow_other_choices(client, demo_site):
    titles, page = catalogue(client, demo_site, "fr", label=demo_site.page("label:alcotra-jeunes", "fr").slug)
    assert titles == ["CARE"]
    # With the label chosen, the period counts show what each period would give.
    assert option_counts(page, "period") == {"2014-2020": 0, "2021-2027": 1}
    label_names = [
        label.get_text(" ", strip=True) for label in page.select("label.choice:has(input[name=label])")
    ]
    assert label_names == ["ALCOTRA Jeunes (1)"]


@pytest.mark.parametrize(
    ("language", "theme"), [("it", "Servizi di prossimità"), ("fr", "Services de proximité")]
)
def test_options_are_named_in_the_readers_language(client, demo_site, language, theme):
    _titles, page = catalogue(client, demo_site, language)
    names = [label.get_text(" ", strip=True) for label in page.select("label.choice:has(input[name=theme])")]
    assert f"{theme} (1)" in names


@pytest.mark.parametrize(("language", "message"), [("it", "Nessun progetto"), ("fr", "Aucun projet")])
def test_empty_result_says_so(client, demo_site, language, message):
    titles, page = catalogue(client, demo_site, language, period="2021-2027", status="closed")
    assert titles == []
    assert page.select_one("[role=status]").get_text(strip=True).startswith(message)


@pytest.mark.parametrize(
    "params",
    [
        {"period": "1999-2000"},
        {"theme": "<script>"},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999"},
        {"year": "notayear"},
    ],
)
def test_bad_query_strings_answer_a_sensible_page(client, demo_site, params):
    titles, _page = catalogue(client, demo_site, "it", **params)
    assert titles == ALL


def test_the_database_reads_each_status_as_the_page_does(demo_site):
    """The catalogue counts by a database expression of the rule the page shows."""
    from datetime import date

    from projects.models import ProjectPage
    from projects.models.facts import status_expression

    today = date(2026, 6, 1)
    care = ProjectPage.objects.filter(locale__language_code="it").first()
    for start, end, expected in [
        (date(2027, 1, 1), None, "planned"),
        (date(2020, 1, 1), date(2021, 1, 1), "closed"),
        (date(2020, 1, 1), None, "ongoing"),
        (date(2020, 1, 1), date(2026, 6, 1), "ongoing"),
    ]:
        ProjectPage.objects.filter(pk=care.pk).update(start_date=start, end_date=end)
        read = ProjectPage.objects.annotate(status_key=status_expression(today)).get(pk=care.pk).status_key
        assert read == expected
