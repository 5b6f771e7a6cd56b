"""Editors building a project in the admin: bad input refused in their language, nothing saved."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset
from wagtail.users.models import UserProfile

from projects.models import Partner, ProjectPage
from tests.support.admin import post_edit, project_form


@pytest.fixture
def editor(client, db):
    def login(language):
        user = get_user_model().objects.create_superuser(f"officer-{language}", password="pw")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return user

    return login


def test_valid_edit_is_saved(client, demo_site, editor):
    editor("it")
    page = demo_site.page("project:coor-com")
    response = post_edit(client, page, project_form(page, full_name="Coordinamento PRO-SOL"))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert (
        ProjectPage.objects.get(pk=page.pk).get_latest_revision_as_object().full_name
        == "Coordinamento PRO-SOL"
    )


@pytest.mark.parametrize(
    ("changes", "language", "message"),
    [
        ({"erdf_amount": "500000"}, "fr", "Le cofinancement FEDER ne peut pas dépasser le budget total."),
        ({"end_date": "2018-12-31"}, "it", "La data di fine non può precedere la data di inizio."),
        ({"total_budget": "-5"}, "fr", "Assurez-vous que cette valeur est supérieure ou égale à 0."),
    ],
)
def test_bad_facts_are_refused_in_the_editors_language(client, demo_site, editor, changes, language, message):
    editor(language)
    page = demo_site.page("project:coor-com")
    revisions = page.revisions.count()
    response = post_edit(client, page, project_form(page, **changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert page.revisions.count() == revisions


def test_two_lead_partners_are_refused(client, demo_site, editor):
    editor("fr")
    page = demo_site.page("project:coor-com")
    partners = list(Partner.objects.filter(locale=page.locale)[:2])
    data = project_form(
        page,
        project_partners=inline_formset([{"partner": p.pk, "role": "lead"} for p in partners]),
    )
    response = post_edit(client, page, data)
    assert response.status_code == 200
    assert "Un projet n’a qu’un seul chef de file." in response.content.decode()


def test_label_twice_in_the_same_year_is_refused(client, demo_site, editor):
    editor("it")  # an Italian officer editing the French source page
    page = demo_site.page("project:care", "fr")
    label = demo_site.page("label:alcotra-jeunes", "fr")
    data = project_form(
        page,
        project_labels=inline_formset([{"label": label.pk, "year": 2024}, {"label": label.pk, "year": 2024}]),
    )
    revisions = page.revisions.count()
    response = post_edit(client, page, data)
    assert response.status_code == 200
    assert "Questo label è già indicato per quest’anno." in response.content.decode()
    assert page.revisions.count() == revisions


def test_snippet_choices_are_in_the_pages_language(client, demo_site, editor):
    editor("it")
    page = demo_site.page("project:coor-com")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Servizi sociosanitari" in html
    assert "Services socio-sanitaires" not in html


def test_a_project_with_a_draft_opens_in_the_editor(client, demo_site, editor):
    """A draft revision gives many-to-many fields as modelcluster's FakeQuerySet; the
    language filter of the choices used to fail on it with a server error."""
    editor("it")
    page = demo_site.page("project:coor-com")
    page.summary = "Una bozza in attesa di revisione."
    page.save_revision()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Una bozza in attesa di revisione." in html
    assert "Services socio-sanitaires" not in html
