"""The accessibility statement: what the Italian (AgID) and French (RGAA) formats ask
for, the status in every footer, and the yearly review editors are reminded of."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from home.models import AccessibilityStatementPage, forget_statement_links, one_year_before, status_wording
from tests.support.users import make_user
from tests.support.wording import said


@pytest.fixture(autouse=True)
def fresh_footer_cache():
    """The footer's lookup is cached across requests; a rolled-back test must not leave its own."""
    forget_statement_links()
    yield
    forget_statement_links()


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def statement(demo_site, language="it"):
    return demo_site.page("accessibility", language)


def valid(**changes):
    page = AccessibilityStatementPage(
        title="Dichiarazione",
        slug="dichiarazione",
        compliance_status="partial",
        standard="WCAG 2.1 AA",
        audit_date=date(2025, 3, 1),
        audited_by="autovalutazione",
        statement_date=date(2025, 3, 10),
        last_review_date=date(2025, 9, 1),
        feedback_email="a11y@example.org",
        non_accessible_content=[("item", {"content": "PDF", "reason": "non-compliance", "alternative": ""})],
    )
    for name, value in changes.items():
        setattr(page, name, value)
    return page


def errors_of(page):
    """The messages an Italian-speaking editor would read."""
    with pytest.raises(ValidationError) as raised:
        page.clean()
    with translation.override("it"):
        return {
            field: [str(message) for message in messages]
            for field, messages in raised.value.message_dict.items()
        }


def test_a_complete_statement_is_valid(db):
    valid().clean()
    valid(feedback_email="", feedback_url="https://example.org/segnala").clean()
    valid(compliance_status="compliant", criteria_met=100, non_accessible_content=[]).clean()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"last_review_date": date(2025, 2, 1)},
            "last_review_date",
            "The last review cannot come before the audit.",
        ),
        (
            {"last_review_date": date(2025, 3, 5)},
            "last_review_date",
            "The last review cannot come before the statement.",
        ),
        ({"audit_date": date(2999, 1, 1)}, "audit_date", "This date cannot be in the future."),
        ({"feedback_email": ""}, "feedback_email", "Give an email address or a form address for feedback."),
        (
            {"non_accessible_content": []},
            "compliance_status",
            "A site that is not fully compliant lists below what is not accessible, and why.",
        ),
        (
            {"compliance_status": "compliant"},
            "compliance_status",
            "A fully compliant site lists no non-compliance.",
        ),
        (
            {"compliance_status": "compliant", "non_accessible_content": [], "criteria_met": 90},
            "criteria_met",
            "A fully compliant site meets 100% of the criteria.",
        ),
    ],
)
def test_inconsistent_statements_are_refused(db, changes, field, message):
    assert errors_of(valid(**changes))[field] == [said(message)]


def statement_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "introduction": rich_text("<p>Impegno.</p>"),
        "compliance_status": "partial",
        "standard": page.standard,
        "audit_date": "2026-03-16",
        "audited_by": page.audited_by,
        "audit_method": rich_text(""),
        "non_accessible_content": streamfield(
            [("item", {"content": "PDF", "reason": "non-compliance", "alternative": ""})]
        ),
        "feedback_email": page.feedback_email,
        "statement_date": "2026-04-02",
        "last_review_date": "2026-10-05",
        "comments": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"last_review_date": "2026-02-01"}, "The last review cannot come before the audit."),
        (
            {"non_accessible_content": streamfield([])},
            "A site that is not fully compliant lists below what is not accessible, and why.",
        ),
    ],
)
def test_the_editor_refuses_bad_input_in_the_editors_language(client, demo_site, changes, message):
    client.force_login(make_user("redazione", superuser=True, language="fr"))
    page = statement(demo_site)
    revisions = page.revisions.count()
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(edit, statement_form(page, **changes))
    assert response.status_code == 200
    assert said(message, "fr") in BeautifulSoup(response.content, "html.parser").get_text()
    assert page.revisions.count() == revisions
    # The same form, corrected, is saved.
    assert client.post(edit, statement_form(page)).status_code == 302
    assert page.revisions.count() == revisions + 1


def test_one_statement_per_home_page(demo_site):
    assert AccessibilityStatementPage.parent_page_types == ["home.HomePage"]
    assert not AccessibilityStatementPage.can_create_at(demo_site.home_it)
    assert not AccessibilityStatementPage.can_create_at(demo_site.about_it)


def test_facts_are_synchronised_and_text_translated():
    fields = {field.field_name: field for field in get_translatable_fields(AccessibilityStatementPage)}
    for name in ("compliance_status", "audit_date", "statement_date", "last_review_date", "criteria_met"):
        assert isinstance(fields[name], SynchronizedField) and not fields[name].overridable, name
    for name in ("standard", "audited_by", "introduction", "audit_method", "non_accessible_content"):
        assert not isinstance(fields[name], SynchronizedField), name
    # A country's own enforcement address can replace the other's in the translation.
    assert fields["enforcement_url"].overridable


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "it",
            {"compliant": "conforme", "partial": "parzialmente conforme", "not-compliant": "non conforme"},
        ),
        (
            "fr",
            {
                "compliant": "totalement conforme",
                "partial": "partiellement conforme",
                "not-compliant": "non conforme",
            },
        ),
    ],
)
def test_statuses_are_worded_as_the_national_formats_word_them(language, words):
    assert {status: status_wording(status, language) for status in words} == words


@pytest.mark.parametrize(
    ("language", "status", "standard", "authority"),
    [
        ("it", "parzialmente conforme", "WCAG 2.1 livello AA", "https://form.agid.gov.it/"),
        ("fr", "partiellement conforme", "RGAA 4.1.2", "https://formulaire.defenseurdesdroits.fr/"),
    ],
)
def test_the_statement_reads_in_the_national_format(client, demo_site, language, status, standard, authority):
    page = statement(demo_site, language)
    html = soup(client.get(page.url))
    main = html.main.get_text(" ", strip=True)
    assert html.html["lang"] == language
    assert status in html.select_one(".statement__status").get_text()
    assert standard in main
    # Items grouped under the formats' headings, each with its alternative.
    headings = [h3.get_text(strip=True) for h3 in html.select("#statement-content ~ h3")]
    assert headings == [said("Non-compliance", language), said("Disproportionate burden", language)]
    assert len(html.select(".statement__items li")) == 2
    assert html.select_one(f'a[href="mailto:{page.feedback_email}"]')
    assert html.select_one(f'a[href="{authority}"]')
    assert {"16", "2026"} <= set(main.split())  # the audit date, written out


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_footer_links_to_the_statement_of_its_language(client, demo_site, language):
    target = statement(demo_site, language)
    word = status_wording("partial", language)
    home = demo_site.home_it if language == "it" else demo_site.home_fr
    urls = [home.url, target.url, f"/{language}/search/?q=CARE", f"/{language}/nowhere/"]
    urls += [demo_site.page(key, language).url for key in ("project:care", "news:care-alcotra-jeunes")]
    for url in urls:
        link = BeautifulSoup(client.get(url).content, "html.parser").select_one(
            "footer .footer-accessibility a"
        )
        assert link["href"] == target.url, url
        assert link.get_text(strip=True) == said("Accessibility: %(status)s", language, status=word)


def test_the_footer_follows_publication_and_costs_no_query_once_cached(client, demo_site):
    page = statement(demo_site)
    client.get("/it/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/it/chi-siamo/")
    assert not [q for q in queries.captured_queries if "accessibilitystatementpage" in q["sql"]]

    page.compliance_status = "not-compliant"
    page.save_revision().publish()
    footer = soup(client.get("/it/chi-siamo/")).select_one(".footer-accessibility")
    assert footer.get_text(strip=True) == said("Accessibility: %(status)s", "it", status="non conforme")

    page.unpublish()
    # Without a statement the site counts as not compliant, and there is nothing to link to.
    footer = soup(client.get("/it/chi-siamo/")).select_one(".footer-accessibility")
    assert footer.a is None
    assert "non conforme" in footer.get_text()
    # The French statement is still there.
    assert soup(client.get("/fr/a-propos/")).select_one(".footer-accessibility a")


def overdue(page):
    """Turn the clock forward by dating the last review a year and a day back."""
    day = one_year_before(timezone.localdate()) - timedelta(days=1)
    AccessibilityStatementPage.objects.filter(translation_key=page.translation_key).update(
        last_review_date=day, audit_date=day, statement_date=day
    )
    return Page.objects.get(pk=page.pk).specific


def warning_in(response):
    return said(
        "This accessibility statement was last reviewed on %(date)s, more than a year ago: "
        "check it against the site and update the date of the last review.",
        "it",
    ) in " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def test_the_statements_editor_warns_when_the_last_review_is_over_a_year_old(client, demo_site):
    client.force_login(make_user("redazione", superuser=True, language="it"))
    page = statement(demo_site)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not warning_in(client.get(edit))

    page = overdue(page)
    assert warning_in(client.get(edit))
    assert page.review_overdue
    # The French statement's translators see it in wagtail-localize's editor too.
    french = statement(demo_site, "fr")
    assert warning_in(client.get(reverse("wagtailadmin_pages:edit", args=[french.pk])))


def test_the_dashboard_lists_statements_to_review(client, demo_site):
    client.force_login(make_user("redazione", superuser=True, language="it"))
    heading = said("Accessibility statements to review", "it")
    assert heading not in client.get(reverse("wagtailadmin_home")).content.decode()

    page = overdue(statement(demo_site))
    html = soup(client.get(reverse("wagtailadmin_home")))
    panel = html.find("h2", string=heading).parent
    links = {a["href"] for a in panel.select("a")}
    french = statement(demo_site, "fr")
    assert links == {reverse("wagtailadmin_pages:edit", args=[p.pk]) for p in (page, french)}


def test_the_dashboard_panel_is_only_for_those_who_can_edit_a_statement(client, demo_site):
    overdue(statement(demo_site))
    visitor = make_user("lettore", language="it")
    visitor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(visitor)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert said("Accessibility statements to review", "it") not in response.content.decode()
