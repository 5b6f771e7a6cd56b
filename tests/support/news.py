"""A small catalogue with news indexes at every level, and news to put in them."""

from datetime import date
from types import SimpleNamespace

from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage
from projects.models import PlanPage, ProgrammePeriod, ProjectIndexPage, ProjectPage
from tests.support.pages import publish

BODY = [("paragraph", "<p>Testo della notizia.</p>")]


def add_news(index, title, day, **fields):
    fields.setdefault("body", BODY)
    return publish(index, NewsPage(title=title, date=day, **fields))


def build_tree(site):
    """A catalogue with plan PRO-SOL (project COOR-COM inside it) and project CARE outside any plan;
    a news index under the Italian home page, the plan and both projects."""
    # Start from a known state whatever news the demo content brings.
    NewsIndexPage.objects.all().delete()
    NewsPage.objects.all().delete()
    italian = Locale.objects.get(language_code="it")
    period = ProgrammePeriod.objects.create(
        name="2014-2020 (prova)", slug="prova-2014-2020", start_year=2014, end_year=2020, locale=italian
    )
    catalogue = publish(site.home_it, ProjectIndexPage(title="Catalogo", slug="catalogo-notizie"))
    plan = publish(
        catalogue,
        PlanPage(
            title="PITEM PRO-SOL",
            slug="pro-sol-prova",
            acronym="PRO-SOL",
            full_name="Inclusione sociale",
            programme_period=period,
        ),
    )
    project_facts = {"programme_period": period, "start_date": date(2019, 1, 1)}
    coor_com = publish(
        plan,
        ProjectPage(
            title="COOR-COM",
            slug="coor-com-prova",
            acronym="COOR-COM",
            full_name="Coordinamento e comunicazione",
            **project_facts,
        ),
    )
    care = publish(
        catalogue,
        ProjectPage(title="CARE", slug="care-prova", acronym="CARE", full_name="Cura", **project_facts),
    )
    return SimpleNamespace(
        site=site,
        period=period,
        catalogue=catalogue,
        plan=plan,
        coor_com=coor_com,
        care=care,
        site_index=publish(site.home_it, NewsIndexPage(title="Notizie", slug="notizie-prova")),
        plan_index=publish(plan, NewsIndexPage(title="Notizie PRO-SOL", slug="notizie")),
        coor_com_index=publish(coor_com, NewsIndexPage(title="Notizie COOR-COM", slug="notizie")),
        care_index=publish(care, NewsIndexPage(title="Notizie CARE", slug="notizie")),
    )


def add_five_news(tree):
    """Five news across the tree, over three years."""
    return SimpleNamespace(
        site=add_news(tree.site_index, "Bando ALCOTRA", date(2024, 3, 1)),
        plan=add_news(tree.plan_index, "Avvio del PITEM", date(2019, 5, 10)),
        coor_com_a=add_news(tree.coor_com_index, "Seminario a Cuneo", date(2023, 6, 2)),
        coor_com_b=add_news(tree.coor_com_index, "Incontro a Nizza", date(2023, 6, 2)),
        care=add_news(tree.care_index, "CARE parte", date(2024, 1, 15)),
    )


def new_list_with_news(parent):
    """An Italian news list, new under ``parent`` (a project), with one news item; neither
    has a French version yet."""
    news_list = publish(parent, NewsIndexPage(title="Notizie Senior", slug="notizie-senior"))
    item = add_news(
        news_list,
        "Senior: la prima giornata di scambio",
        date(2026, 11, 20),
        slug="prima-giornata",
        body=[("paragraph", "<p>Anziani e volontari si sono incontrati ad Aosta.</p>")],
    )
    return news_list, item
