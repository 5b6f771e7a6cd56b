"""Plans, projects, actions and labels as visitors see them, in both languages."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page

from cms.blocks import KeyFigureBlock
from home.models import ContentPage, HomePage
from projects.models import (
    ActionPage,
    LabelIndexPage,
    LabelPage,
    PlanPage,
    ProjectIndexPage,
    ProjectPage,
    ProjectStatus,
)
from projects.models.facts import status_for


def soup(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def facts(page):
    return {
        div.dt.get_text(" ", strip=True): div.dd.get_text(" ", strip=True)
        for div in page.select("dl.facts > div")
    }


@pytest.mark.parametrize(
    ("language", "budget", "erdf"),
    [
        ("it", "437.159,76\u00a0€", "371.585,80\u00a0€ (85% del bilancio)"),
        ("fr", "437\u00a0159,76\u00a0€", "371\u00a0585,80\u00a0€ (85\u00a0% du budget)"),
    ],
)
def test_project_page_shows_budget_and_cofinancing_rate(client, demo_site, language, budget, erdf):
    project = demo_site.page("project:coor-com", language)
    page = soup(client, project.url)
    shown = facts(page)
    assert budget in shown.values()
    assert erdf in shown.values()


def test_cofinancing_rate_is_computed(db):
    assert (
        ProjectPage(total_budget=Decimal("437159.76"), erdf_amount=Decimal("371585.80")).cofinancing_rate
        == 85
    )
    assert ProjectPage(total_budget=Decimal("1000"), erdf_amount=Decimal("666")).cofinancing_rate == Decimal(
        "66.6"
    )
    assert ProjectPage(total_budget=None, erdf_amount=Decimal("1")).cofinancing_rate is None


@pytest.mark.parametrize(
    ("language", "lead", "country"),
    [
        ("it", "Regione Piemonte, Direzione Sanità", "Italia"),
        ("fr", "Région Piémont, direction de la santé", "Italie"),
    ],
)
def test_lead_partner_first_with_country_in_the_readers_language(client, demo_site, language, lead, country):
    page = soup(client, demo_site.page("project:coor-com", language).url)
    partners = page.select("ul.partner-list li")
    assert len(partners) == 4
    assert partners[0].get_text(" ", strip=True).startswith(lead)
    assert country in partners[0].get_text()
    assert "partners__lead" in partners[0]["class"]


@pytest.mark.parametrize("language", ["it", "fr"])
def test_predecessor_and_successor_are_linked_both_ways(client, demo_site, language):
    care = demo_site.page("project:care", language)
    socialab = demo_site.page("project:socialab", language)
    care_page = soup(client, care.url)
    assert care_page.select_one("a[rel=prev]")["href"] == socialab.url
    socialab_page = soup(client, socialab.url)
    assert socialab_page.select_one("a[rel=next]")["href"] == care.url


@pytest.mark.parametrize(("language", "status"), [("it", "Chiuso"), ("fr", "Clôturé")])
def test_status_is_derived_from_dates(client, demo_site, language, status):
    page = soup(client, demo_site.page("project:coor-com", language).url)
    assert page.select_one(".status").get_text(strip=True) == status


def test_status_for_dates():
    today = date(2025, 6, 1)
    assert status_for(date(2026, 1, 1), None, today) == ProjectStatus.PLANNED
    assert status_for(date(2019, 1, 1), date(2023, 12, 31), today) == ProjectStatus.CLOSED
    assert status_for(date(2023, 10, 9), None, today) == ProjectStatus.ONGOING
    assert status_for(date(2025, 6, 1), date(2025, 6, 1), today) == ProjectStatus.ONGOING


@pytest.mark.parametrize("language", ["it", "fr"])
def test_territory_figures_and_eu_statement(client, demo_site, language):
    page = soup(client, demo_site.page("project:socialab", language).url)
    figures = [item.get_text(" ", strip=True) for item in page.select(".key-figures__item")]
    assert figures[0].startswith({"it": "comuni", "fr": "communes"}[language])
    assert figures[1].endswith({"it": "366.830", "fr": "366\u00a0830"}[language])
    assert (
        page.select_one(".eu-funding__statement").get_text(strip=True)
        == {
            "it": "Cofinanziato dall’Unione europea",
            "fr": "Cofinancé par l’Union européenne",
        }[language]
    )


@pytest.mark.parametrize("language", ["it", "fr"])
def test_label_page_lists_its_holders(client, demo_site, language):
    label = demo_site.page("label:alcotra-jeunes", language)
    page = soup(client, label.url)
    holders = [(a.get_text(strip=True), a["href"]) for a in page.select("ul a")]
    care = demo_site.page("project:care", language)
    assert ("CARE", care.url) in holders
    care_page = soup(client, care.url)
    assert any(a["href"] == label.url for a in care_page.select("a"))


@pytest.mark.parametrize("language", ["it", "fr"])
def test_plan_page_lists_projects_and_aggregates(client, demo_site, language):
    page = soup(client, demo_site.page("plan:pro-sol", language).url)
    projects = page.select_one("#projects-title").find_parent("section")
    titles = [a.get_text(strip=True) for a in projects.select(".card__title a")]
    assert titles == ["COOR-COM", "Senior", "Giovani", "Donne", "We-Pro"]
    shown = " ".join(facts(page).values())
    assert "437" in shown and "371" in shown
    assert len(page.select("ul.partner-list li")) == 4


@pytest.mark.parametrize("language", ["it", "fr"])
def test_action_coming_soon_is_a_status(client, demo_site, language):
    action = demo_site.page("action:care:prevention", language)
    page = soup(client, action.url)
    assert (
        page.select_one(".status").get_text(strip=True)
        == {
            "it": "Annunciata: maggiori informazioni a breve",
            "fr": "Annoncée : plus d’informations à venir",
        }[language]
    )


def test_tree_rules(db):
    assert PlanPage.can_create_at(ProjectIndexPage())
    assert ProjectPage.can_create_at(PlanPage())
    assert ProjectPage.can_create_at(ProjectIndexPage())
    assert ActionPage.can_create_at(ProjectPage())
    assert LabelPage.can_create_at(LabelIndexPage())
    assert not ProjectPage.can_create_at(HomePage())
    assert not ActionPage.can_create_at(PlanPage())
    assert not PlanPage.can_create_at(PlanPage())
    assert not LabelPage.can_create_at(ContentPage())
    assert ProjectIndexPage in HomePage.allowed_subpage_models()


def test_one_catalogue_per_home(demo_site):
    assert not ProjectIndexPage.can_create_at(demo_site.home_it)
    assert not LabelIndexPage.can_create_at(demo_site.home_fr)


class TestValidation:
    """Refused with a message in the editor's language, before anything is saved."""

    @pytest.fixture
    def project(self, demo_site):
        return demo_site.page("project:coor-com")

    def messages(self, page, language="fr"):
        with translation.override(language), pytest.raises(ValidationError) as error:
            page.full_clean()
        return {name: [str(m) for m in messages] for name, messages in error.value.message_dict.items()}

    def test_erdf_larger_than_total(self, project):
        project.erdf_amount = project.total_budget + 1
        assert self.messages(project)["erdf_amount"] == [
            "Le cofinancement FEDER ne peut pas dépasser le budget total."
        ]

    def test_end_before_start(self, project):
        project.end_date = project.start_date - timedelta(days=1)
        assert self.messages(project, "it")["end_date"] == [
            "La data di fine non può precedere la data di inizio."
        ]

    def test_negative_amount(self, project):
        project.total_budget = Decimal("-1")
        assert "total_budget" in self.messages(project)

    def test_own_predecessor(self, project, demo_site):
        project.predecessor = project
        assert self.messages(project)["predecessor"] == ["Un projet ne peut pas se continuer lui-même."]
        project.predecessor = demo_site.page("project:coor-com", "fr")
        assert "predecessor" in self.messages(project)

    def test_action_dates(self, demo_site):
        action = demo_site.page("action:coor-com:governance")
        action.end_date = action.start_date - timedelta(days=3)
        assert "end_date" in self.messages(action)

    def test_nothing_saved(self, project):
        before = ProjectPage.objects.get(pk=project.pk).erdf_amount
        project.erdf_amount = project.total_budget * 2
        with pytest.raises(ValidationError):
            project.save_revision()
        assert ProjectPage.objects.get(pk=project.pk).erdf_amount == before


def test_french_pages_are_translations_of_their_source(demo_site):
    """Pages from the French seed have French as source; from the Italian seed, Italian."""
    from wagtail_localize.models import TranslationSource

    care_source = TranslationSource.objects.get(object_id=demo_site.page("project:care").translation_key)
    assert care_source.locale.language_code == "fr"
    coor_source = TranslationSource.objects.get(object_id=demo_site.page("project:coor-com").translation_key)
    assert coor_source.locale.language_code == "it"


def test_every_demo_page_has_both_languages_live(demo_site):
    for page in Page.objects.filter(depth__gt=2, locale__language_code="it"):
        french = page.get_translation_or_none(demo_site.home_fr.locale)
        assert french is not None and french.live, page


def test_api_publishes_project_facts(client, demo_site):
    response = client.get(
        "/api/v2/pages/",
        {"type": "projects.ProjectPage", "locale": "fr", "fields": "*", "slug": "coor-com"},
    )
    assert response.status_code == 200, response.content[:500]
    (item,) = response.json()["items"]
    assert item["acronym"] == "COOR-COM"
    assert item["total_budget"] == "437159.76"
    assert item["full_name"] == "Coordination et communication du PITEM PRO-SOL"
    assert [row["role"] for row in item["project_partners"]] == ["lead", "partner", "partner", "partner"]


def test_negative_key_figure_is_refused():
    block = KeyFigureBlock()
    with translation.override("fr"):
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(block.to_python({"value": "-221", "label": "communes"}))
        assert "supérieure ou égale à 0" in str(error.value.block_errors["value"])
