"""Many similar pages at once, for query-count tests, bulk-translation tests and ``make bench``.

Each project gets one to two themes, one to four audiences, three partners (the
first as lead) and, every third one, a label: enough variety for the catalogue's
filters to have something to count.
"""

from datetime import date, timedelta

from wagtail_localize.models import StringSegment, StringTranslation

from projects.models import (
    ActionPage,
    LabelPage,
    Partner,
    PlanPage,
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


def build_plan(parent, page_count, slug, actions_per_project=9):
    """A live plan with ``page_count`` pages in all (projects with actions), without revisions."""
    plan = PlanPage(
        title=f"PITEM {slug}",
        slug=slug,
        acronym=slug.upper(),
        full_name=f"Piano di prova {slug}",
        programme_period=ProgrammePeriod.objects.filter(locale=parent.locale).order_by("start_year").last(),
        summary="Un piano per misurare la traduzione in blocco.",
        live=True,
    )
    parent.add_child(instance=plan)
    project = None
    for number in range(1, page_count):
        if project is None or (number - 1) % (actions_per_project + 1) == 0:
            project = sample_project(parent.locale, number, slug_prefix=f"{slug}-")
            project.live = True
            plan.add_child(instance=project)
            continue
        action = ActionPage(
            title=f"Azione {number}",
            slug=f"{slug}-azione-{number}",
            summary=f"Che cosa fa l'azione {number}.",
            body=[{"type": "paragraph", "value": f"<p>Descrizione dell'azione {number}.</p>"}],
            live=True,
        )
        project.add_child(instance=action)
    return plan


def translate_every_segment(pages, locale):
    """Give every segment of these pages' sources a text in ``locale``, as a translator would."""
    segments = StringSegment.objects.filter(
        source__object_id__in=pages.values("translation_key"), source__locale=pages[0].locale
    ).select_related("string")
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of_id=segment.string_id,
                context_id=segment.context_id,
                locale=locale,
                data=f"[{locale.language_code}] {segment.string.data}",
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            )
            for segment in segments
        ],
        ignore_conflicts=True,
    )
