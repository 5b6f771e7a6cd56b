"""Public pages cost a fixed number of SQL queries, however much content they list."""

from datetime import date
from decimal import Decimal

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects.models import (
    LabelPage,
    Partner,
    ProgrammePeriod,
    ProjectLabel,
    ProjectPage,
    ProjectPartner,
    TargetAudience,
    Theme,
)


def add_projects(catalogue, count, start=0):
    italian = catalogue.locale
    period = ProgrammePeriod.objects.get(slug="2021-2027", locale=italian)
    theme = Theme.objects.filter(locale=italian).first()
    audience = TargetAudience.objects.filter(locale=italian).first()
    partners = list(Partner.objects.filter(locale=italian)[:3])
    label = LabelPage.objects.filter(locale=italian).first()
    for number in range(start, start + count):
        project = ProjectPage(
            title=f"Progetto {number}",
            slug=f"progetto-{number}",
            acronym=f"P{number}",
            full_name=f"Progetto di prova {number}",
            programme_period=period,
            start_date=date(2022, 1, 1),
            total_budget=Decimal("1000"),
            erdf_amount=Decimal("800"),
        )
        project.themes = [theme]
        project.audiences = [audience]
        project.project_partners = [
            ProjectPartner(partner=partner, role="lead" if i == 0 else "partner")
            for i, partner in enumerate(partners)
        ]
        project.project_labels = [ProjectLabel(label=label, year=2024)]
        catalogue.add_child(instance=project)
        project.save_revision().publish()
    return project


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
