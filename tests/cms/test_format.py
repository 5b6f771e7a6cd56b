"""Dates, periods and prepositions as visitors read them on the demo site, in Italian
and in French: one date format per language, periods worded as sentences, and
prepositions joined to the article that follows ("Assegnato dal Consiglio…")."""

import datetime
import re

import pytest

from projects.models import ActionPage
from tests.support.demo import DEMO_KEYS
from tests.support.html import soup
from tests.support.pages import publish
from tests.support.wording import said

ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto")
ITALIAN_MONTHS += ("settembre", "ottobre", "novembre", "dicembre")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre")
FRENCH_MONTHS += ("octobre", "novembre", "décembre")
# A date as Django's DATE_FORMAT writes it ("09 Maggio 2022", "1 janvier 2019" for the first).
OTHER_DATE = re.compile(
    rf"\b(0\d (?i:{'|'.join(ITALIAN_MONTHS + FRENCH_MONTHS)})"
    rf"|\d{{1,2}} (?:{'|'.join(month.capitalize() for month in ITALIAN_MONTHS)})"
    rf"|\b1 (?:{'|'.join(ITALIAN_MONTHS + FRENCH_MONTHS)}))\b"
)


def page_soup(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return soup(response)


def text(element):
    """What a reader sees: the element's text, spaces as the browser shows them."""
    return " ".join(element.get_text().split())


def fact(page, term):
    """The value of ``term`` in the page's facts (<dt>term</dt><dd>value</dd>)."""
    dt = next(dt for dt in page.select("main dt") if text(dt) == term)
    return dt.find_next_sibling("dd")


def publish_changes(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    ("key", "language", "expected", "datetimes"),
    [
        ("project:care", "it", "Dal 9 ottobre 2023", ["2023-10-09"]),
        ("project:care", "fr", "Depuis le 9 octobre 2023", ["2023-10-09"]),
        ("project:socialab", "it", "Dal 1º gennaio 2019 al 31 dicembre 2023", ["2019-01-01", "2023-12-31"]),
        ("project:socialab", "fr", "Du 1er janvier 2019 au 31 décembre 2023", ["2019-01-01", "2023-12-31"]),
    ],
)
def test_a_projects_duration_reads_as_a_sentence(client, demo_site, key, language, expected, datetimes):
    project = demo_site.page(key, language)
    duration = fact(page_soup(client, project), said("Duration", language))
    assert text(duration) == expected
    assert [time["datetime"] for time in duration.select("time")] == datetimes


MARCH_8, APRIL_11 = datetime.date(2024, 3, 8), datetime.date(2024, 4, 11)
SEPTEMBER_1, AUGUST_11 = datetime.date(2024, 9, 1), datetime.date(2024, 8, 11)


@pytest.mark.parametrize(
    ("start", "end", "language", "expected"),
    [
        (MARCH_8, APRIL_11, "it", "dall’8 marzo 2024 all’11 aprile 2024"),
        (MARCH_8, APRIL_11, "fr", "du 8 mars 2024 au 11 avril 2024"),
        (SEPTEMBER_1, None, "it", "dal 1º settembre 2024"),
        (SEPTEMBER_1, None, "fr", "depuis le 1er septembre 2024"),
        (None, AUGUST_11, "it", "fino all’11 agosto 2024"),
        (None, AUGUST_11, "fr", "jusqu’au 11 août 2024"),
    ],
)
def test_an_actions_dates_follow_its_status(client, demo_site, start, end, language, expected):
    action = publish(
        demo_site.page("project:care", language),
        ActionPage(title="Zefiro", slug="zefiro", status="in_progress", start_date=start, end_date=end),
    )
    line = page_soup(client, action).select_one("main .status").parent
    assert text(line) == f"{said('In progress', language)} · {expected}"


@pytest.mark.parametrize(("language", "expected"), [("it", "9 maggio 2022"), ("fr", "9 mai 2022")])
def test_videos_are_dated_like_every_other_page(client, demo_site, language, expected):
    video = demo_site.page("video:coor-com-students", language)
    assert video.date == datetime.date(2022, 5, 9)
    for page in (video, demo_site.page("video-index:site", language)):
        time = page_soup(client, page).select_one("main time[datetime='2022-05-09']")
        assert text(time) == expected


@pytest.mark.parametrize("language", ["it", "fr"])
def test_no_page_type_writes_a_date_another_way(client, demo_site, language):
    """ "09 Maggio 2022", "1 gennaio": Django's DATE_FORMAT, not ours. One demo page of
    every type."""
    for key in DEMO_KEYS.values():
        page = demo_site.page(key, language)
        shown = text(page_soup(client, page).main)
        assert not OTHER_DATE.search(shown), (page.url, OTHER_DATE.search(shown))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("it", "Torna alle Notizie di CARE"), ("fr", "Retour aux Actualités de CARE")],
)
def test_the_news_back_link_names_the_list_with_its_article(client, demo_site, language, expected):
    news = demo_site.page("news:care-alcotra-jeunes", language)
    back = page_soup(client, news).select_one("main .news-page__back a")
    assert text(back) == expected
    assert back["href"] == news.get_parent().url


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("it", "Assegnato dal Consiglio dei giovani ALCOTRA."),
        ("fr", "Décerné par le Conseil des jeunes ALCOTRA."),
    ],
)
def test_the_awarding_body_is_joined_to_its_preposition(client, demo_site, language, expected):
    label = demo_site.page("label:alcotra-jeunes", language)
    paragraphs = [text(p) for p in page_soup(client, label).select("main p")]
    assert expected in paragraphs


def test_an_awarding_body_with_an_elided_article_and_markup_characters(client, demo_site):
    label = demo_site.page("label:alcotra-jeunes", "it")
    publish_changes(label, awarding_body="l’Unione <europea> & co")
    page = page_soup(client, label)
    assert "Assegnato dall’Unione <europea> & co." in [text(p) for p in page.select("main p")]
    assert not page.select("main europea")
    publish_changes(label, awarding_body="Legambiente")
    assert "Assegnato da Legambiente." in [text(p) for p in page_soup(client, label).select("main p")]


def test_the_accessibility_statement_dates_read_right_on_the_8th_and_11th(client, demo_site):
    """Italian elides "il" before 8 and 11 ("l'8 marzo"); the statement says "in data"."""
    statement = publish_changes(
        demo_site.page("accessibility", "it"),
        audit_date=datetime.date(2024, 3, 1),
        statement_date=datetime.date(2024, 3, 8),
        last_review_date=datetime.date(2024, 4, 11),
    )
    words = " ".join(text(p) for p in page_soup(client, statement).select("main p"))
    assert "in data 8 marzo 2024" in words and "in data 11 aprile 2024" in words
    assert not re.search(r"\bil (8|11) ", words)
