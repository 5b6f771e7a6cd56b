"""The translation overview: every page × language with its state, filters, CSV, constant cost."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from home.models import ContentPage
from tests.support.pages import publish
from translations.status import status_rows


@pytest.fixture
def admin(client, db):
    user = get_user_model().objects.create_superuser("coordinator", password="pw", first_name="Chiara")
    client.force_login(user)
    return user


def states(**filters):
    return {(row.source.title, row.locale.language_code): row for row in status_rows(**filters)}


def test_demo_is_fully_translated(demo_site):
    rows = status_rows()
    assert rows
    assert {row.state for row in rows} == {"up_to_date"}
    # The French seed's pages are translated into Italian, the Italian seed's into French.
    by_title = states()
    assert by_title[("CARE", "it")].source.locale.language_code == "fr"
    assert by_title[("COOR-COM", "fr")].source.locale.language_code == "it"


def test_each_state(demo_site, admin):
    fresh = publish(demo_site.home_it, ContentPage(title="Note legali", slug="note-legali"))

    started = publish(demo_site.home_it, ContentPage(title="Accessibilità", slug="accessibilita"))
    source, _created = TranslationSource.get_or_create_from_instance(started)
    Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="fr"))

    about = demo_site.about_it
    about.summary = "Una sintesi riscritta."
    about.save_revision(user=admin).publish()

    rows = states(target_language="fr")
    assert rows[(fresh.title, "fr")].state == "missing"
    assert rows[(started.title, "fr")].state == "in_progress"
    assert rows[(started.title, "fr")].progress == 0
    changed = rows[("Chi siamo", "fr")]
    assert changed.state == "out_of_date"
    assert changed.changed_by == admin
    assert rows[("COOR-COM", "fr")].state == "up_to_date"


def test_overview_page_filters_and_actions(client, demo_site, admin):
    publish(demo_site.home_it, ContentPage(title="Note legali", slug="note-legali"))
    url = reverse("translations_overview")
    page = BeautifulSoup(client.get(url, {"state": "missing"}).content, "html.parser")
    rows = page.select("tr.translation-row")
    assert [row.th.get_text(strip=True) for row in rows] == ["Note legali"]
    translate = rows[0].find("a", string="Translate") or rows[0].find("a", string="Traduci")
    assert translate["href"].startswith("/admin/localize/submit/page/")
    assert translate["href"].endswith("?select_locale=fr")  # ticked: "Submit" starts it

    plan = demo_site.page("plan:pro-sol")
    page = BeautifulSoup(client.get(url, {"plan": plan.pk, "language": "fr"}).content, "html.parser")
    titles = {row.th.get_text(strip=True) for row in page.select("tr.translation-row")}
    assert "COOR-COM" in titles and "CARE" not in titles and "Chi siamo" not in titles


def test_overview_speaks_the_editors_language(client, demo_site, admin):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "fr"
    profile.save()
    html = client.get(reverse("translations_overview")).content.decode()
    assert "À jour" in html and "Télécharger en CSV" in html


def test_csv_export(client, demo_site, admin):
    response = client.get(reverse("translations_overview"), {"format": "csv", "language": "it"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert len(rows) > 10
    care = next(row for row in rows if row[0] == "CARE")
    assert care[1:4] == ["fr", "it", "Aggiornata"]


@pytest.mark.parametrize(
    "query", [{"p": "abc"}, {"p": "-1"}, {"p": "9999"}, {"plan": "x"}, {"type": "abc"}, {"state": "?"}]
)
def test_overview_survives_bad_query_strings(client, demo_site, admin, query):
    assert client.get(reverse("translations_overview"), query).status_code == 200


def test_overview_needs_admin_access(client, demo_site):
    response = client.get(reverse("translations_overview"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_dashboard_links_to_the_overview(client, demo_site, admin):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("translations_overview") in html


def test_dashboard_counts_what_the_overview_lists_at_once(client, demo_site, admin):
    """The panel's counts are the overview's, and a new page is counted straight away."""

    def panel_counts():
        panel = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
        links = panel.select("#translations-panel-title ~ p a[href*='state=']")
        return {link["href"].rsplit("=", 1)[1]: int(link.get_text().rsplit(":", 1)[1]) for link in links}

    def overview_rows():
        exported = client.get(reverse("translations_overview"), {"format": "csv"}).content.decode()
        return len(list(csv.reader(io.StringIO(exported)))) - 1  # the header

    before = panel_counts()
    assert sum(before.values()) == overview_rows()
    publish(demo_site.home_it, ContentPage(title="Pagina nuova", slug="pagina-nuova"))
    after = panel_counts()
    assert after["missing"] == before["missing"] + 1
    assert sum(after.values()) == overview_rows()


def test_query_count_does_not_grow_with_pages(client, demo_site, admin):
    url = reverse("translations_overview")

    def count():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries.captured_queries)

    for number in range(3):
        publish(demo_site.home_it, ContentPage(title=f"Pagina {number}", slug=f"pagina-{number}"))
    few = count()
    for number in range(3, 30):
        publish(demo_site.home_it, ContentPage(title=f"Pagina {number}", slug=f"pagina-{number}"))
    assert count() == few


@pytest.mark.parametrize("target", ["source_locale", "unknown_locale"])
def test_submitting_into_the_source_language_or_an_unknown_one_is_refused(client, demo_site, admin, target):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "fr"
    profile.save()
    page = publish(demo_site.home_it, ContentPage(title="Accessibilità", slug="accessibilita"))
    locale_id = page.locale_id if target == "source_locale" else 999_999
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [locale_id]}
    )
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.content.decode()
    assert not TranslationSource.objects.filter(object_id=page.translation_key).exists()
