"""Many similar projects at once, for query-count tests and ``make bench``.

Each project gets one to two themes, one to four audiences, three partners (the
first as lead) and, every third one, a label: enough variety for the catalogue's
filters to have something to count.
"""

from datetime import date, timedelta

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


def sample_project(locale, number, slug_prefix="progetto-"):
    """An unsaved ProjectPage in ``locale``; add it with ``parent.add_child(instance=...)``."""
    periods = list(ProgrammePeriod.objects.filter(locale=locale).order_by("start_year"))
    project = ProjectPage(
        title=f"Progetto {number}",
        slug=f"{slug_prefix}{number}",
        acronym=f"P{number}",
        full_name=f"Progetto di prova {number}",
        programme_period=periods[number % len(periods)],
        start_date=date(2015, 1, 1) + timedelta(days=number * 13),
        total_budget=1000 + number,
        erdf_amount=800 + number,
    )
    project.themes = list(Theme.objects.filter(locale=locale)[: 1 + number % 2])
    project.audiences = list(TargetAudience.objects.filter(locale=locale)[: 1 + number % 4])
    partners = Partner.objects.filter(locale=locale).order_by("pk")[number % 5 : number % 5 + 3]
    project.project_partners = [
        ProjectPartner(partner=partner, role="lead" if index == 0 else "partner")
        for index, partner in enumerate(partners)
    ]
    label = LabelPage.objects.filter(locale=locale).first()
    if label is not None and number % 3 == 0:
        project.project_labels = [ProjectLabel(label=label, year=2020 + number % 5)]
    return project
