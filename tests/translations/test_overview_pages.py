"""The overview on a large site: the database counts the rows and picks the page shown,
so paging through it shows every row of the CSV once, with the same states, and each
page costs the same number of queries whatever the size of the site."""

from collections import Counter
from datetime import date

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.models import ContentPage
from tests.support.html import soup
from tests.support.news import add_news, new_list_with_news
from tests.support.overview import URL, counts_line, exported, listed
from tests.support.pages import publish
from tests.support.users import make_user
from tests.support.wording import said

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows_per_page(monkeypatch):
    def set_to(number):
        monkeypatch.setattr("translations.views.overview.ROWS_PER_PAGE", number)

    return set_to


@pytest.fixture
def coordinator(client, demo_site):
    user = make_user("coordinatrice", superuser=True, language="it")
    client.force_login(user)
    return user


@pytest.fixture
def every_state(demo_site, coordinator):
    """Besides the demo's translated pages: a page never translated, one whose translation
    is started but not saved, one saved and partly translated, a source changed after its
    translation, an alias left in the French tree and a French copy no source is known of."""
    french = demo_site.home_fr.locale
    publish(demo_site.home_it, ContentPage(title="Note legali", slug="note-legali"))

    started = publish(demo_site.home_it, ContentPage(title="Accessibilità", slug="accessibilita"))
    source, _created = TranslationSource.get_or_create_from_instance(started)
    Translation.objects.create(source=source, target_locale=french)

    partly = publish(
        demo_site.home_it,
        ContentPage(title="Cookie", slug="cookie-prova", summary="Il sito non usa cookie di profilazione."),
    )
    source, _created = TranslationSource.get_or_create_from_instance(partly)
    Translation.objects.create(source=source, target_locale=french).save_target(
        user=coordinator, publish=False
    )
    segment = StringSegment.objects.filter(source=source).select_related("string").first()
    StringTranslation.objects.create(
        translation_of=segment.string, context=segment.context, locale=french, data="Témoins"
    )

    about = demo_site.about_it
    about.summary = "Una sintesi riscritta."
    about.save_revision(user=coordinator).publish()

    news_list, _item = new_list_with_news(demo_site.page("project:senior"))
    french_project = demo_site.page("project:senior", "fr")
    news_list.create_alias(parent=french_project, update_locale=french, reset_translation_key=False)

    copied = publish(demo_site.home_it, ContentPage(title="Crediti", slug="crediti-prova"))
    demo_site.home_fr.add_child(
        instance=ContentPage(
            title="Crédits", slug="credits", locale=french, translation_key=copied.translation_key
        )
    )


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"language": "fr"},
        {"state": "in_progress"},
        {"state": "missing", "language": "fr"},
        {"plan": "pro-sol"},
    ],
)
def test_paging_through_shows_every_row_of_the_csv_once(client, demo_site, every_state, rows_per_page, query):
    if "plan" in query:
        query = {**query, "plan": demo_site.page("plan:pro-sol").pk}
    rows_per_page(2)
    rows, counts = listed(client, query)
    csv_rows = exported(client, query)
    assert len(rows) > 2 and Counter(rows) == Counter(csv_rows)
    assert counts == counts_line(csv_rows)


def test_every_state_is_counted(client, every_state, rows_per_page):
    rows, counts = listed(client, {})
    states = Counter(state for *_row, state in rows)
    for state in ("Missing", "In progress", "Out of date", "Up to date"):
        assert states[said(state)] > 0, state
    assert states[said("In progress")] >= 3  # started, partly translated, a copy of unknown source


def test_rows_follow_the_page_tree(client, demo_site, coordinator, rows_per_page):
    """Each Italian page comes before its subpages, as in the CSV."""
    rows_per_page(3)
    rows, _counts = listed(client, {"language": "fr"})
    assert rows[0][0] == demo_site.home_it.title
    assert rows == exported(client, {"language": "fr"})


@pytest.mark.parametrize("filtered", [False, True])
def test_a_page_costs_the_same_queries_on_a_larger_site(
    client, demo_site, coordinator, rows_per_page, filtered
):
    rows_per_page(5)
    news_list, _item = new_list_with_news(demo_site.page("project:senior"))
    query = {"plan": demo_site.page("plan:pro-sol").pk} if filtered else {}

    def queries(page_number):
        client.get(URL, {**query, "p": page_number})
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL, {**query, "p": page_number}).status_code == 200
        return len(captured.captured_queries)

    def add(numbers):
        for number in numbers:
            add_news(news_list, f"Notizia {number}", date(2026, 1, 1))

    add(range(3))
    few = [queries(1), queries(2)]
    add(range(3, 40))
    assert [queries(1), queries(2)] == few


@pytest.mark.parametrize("language", ["it", "fr"])
def test_pages_of_rows_speak_the_editors_language(client, demo_site, rows_per_page, language):
    client.force_login(make_user("redattrice", superuser=True, language=language))
    rows_per_page(5)
    first = soup(client.get(URL, {"language": "fr"}))
    total = len(exported(client, {"language": "fr"}))
    pages = -(-total // 5)
    assert said("Page %(page_num)s of %(total_pages)s", language, page_num=1, total_pages=pages) in first.text
    label = said("%(number)s row", language, plural="%(number)s rows", count=total, number=total)
    assert first.select_one(".pagination__end").get_text(strip=True) == label
    # The next page keeps the filters, and shows other rows.
    following = first.select_one(".pagination li.next a")["href"]
    assert "language=fr" in following and "p=2" in following
    second = soup(client.get(URL + following))
    assert (
        said("Page %(page_num)s of %(total_pages)s", language, page_num=2, total_pages=pages) in second.text
    )
    titles = [row.th.get_text(strip=True) for row in first.select("tr.translation-row")]
    assert titles != [row.th.get_text(strip=True) for row in second.select("tr.translation-row")]


def test_a_third_language_pages_through_each_state(client, demo_site, coordinator, rows_per_page):
    """From three languages on, a page can be missing in one and up to date in another."""
    Locale.objects.create(language_code="de")
    rows_per_page(4)
    for query in ({"state": "missing"}, {"state": "up_to_date"}, {}):
        rows, counts = listed(client, query)
        csv_rows = exported(client, query)
        assert len(rows) > 4 and Counter(rows) == Counter(csv_rows)
        assert counts == counts_line(csv_rows)
    assert {row[2] for row in listed(client, {"state": "missing"})[0]} == {"de"}
