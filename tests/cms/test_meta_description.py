"""Every page tells search engines what it is about, in its own language: its search
description or summary, and for lists without either, their introduction or a sentence
made from their title."""

import pytest

from wagtail.models import Page

from cms.templatetags.cms_format import DESCRIPTION_LENGTH
from tests.support.html import soup


def description(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    html = soup(response)
    tag = html.select_one("head meta[name=description]")
    assert tag is not None, page.url
    og = html.select_one("head meta[property='og:description']")
    assert og is not None and og["content"] == tag["content"], page.url
    return tag["content"]


def publish_changes(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_page_of_the_demo_has_a_description(client, demo_site, language):
    pages = Page.objects.live().public().filter(locale__language_code=language, depth__gt=1).specific()
    described = {page.url: description(client, page).strip() for page in pages}
    assert len(described) > 30
    assert [url for url, text in described.items() if not text] == []


@pytest.mark.parametrize(
    ("key", "language", "expected"),
    [
        ("news-index:site", "it", "Notizie, in italiano e in francese, dalla più recente."),
        ("news-index:site", "fr", "Actualités, en italien et en français, les plus récentes d’abord."),
        (
            "news-index:pro-sol",
            "it",
            "Notizie del PITEM PRO-SOL, in italiano e in francese, dalla più recente.",
        ),
        (
            "news-index:pro-sol",
            "fr",
            "Actualités du PITEM PRO-SOL, en italien et en français, les plus récentes d’abord.",
        ),
        ("video-index:coor-com", "it", "Video di COOR-COM, in italiano e in francese, dal più recente."),
        (
            "video-index:coor-com",
            "fr",
            "Vidéos de COOR-COM, en italien et en français, les plus récentes d’abord.",
        ),
    ],
)
def test_a_list_without_summary_says_what_it_holds(client, demo_site, key, language, expected):
    page = demo_site.page(key, language)
    assert not page.summary and not page.search_description and not page.introduction
    assert description(client, page) == expected


@pytest.mark.parametrize(
    ("key", "language", "expected"),
    [
        (
            "projects",
            "it",
            "Piani e progetti: tutti i piani e i progetti, in italiano e in francese, da filtrare per "
            "periodo, tema, pubblico e label.",
        ),
        (
            "projects",
            "fr",
            "Plans et projets\u00a0: tous les plans et projets, en italien et en français, à filtrer par "
            "période, thème, public et label.",
        ),
        ("labels", "it", "Label: i riconoscimenti assegnati ai progetti, in italiano e in francese."),
        ("labels", "fr", "Labels\u00a0: les distinctions attribuées aux projets, en italien et en français."),
    ],
)
def test_the_catalogue_and_the_label_list_without_summary(client, demo_site, key, language, expected):
    page = publish_changes(demo_site.page(key, language), summary="", search_description="", introduction="")
    assert description(client, page) == expected


INTRODUCTION = (
    '<p>Le <b>notizie</b> dei partner &amp; dei <a href="/it/">progetti</a>: bandi, eventi, risultati '
    "e storie dalle valli alpine, raccontate in italiano e in francese da chi lavora ogni giorno sui "
    "servizi sociosanitari di prossimità nei territori di montagna.</p>"
)


def test_a_lists_introduction_comes_before_the_sentence(client, demo_site):
    page = publish_changes(demo_site.page("news-index:pro-sol", "it"), introduction=INTRODUCTION)
    shown = description(client, page)
    full = (
        "Le notizie dei partner & dei progetti: bandi, eventi, risultati e storie dalle valli alpine, "
        "raccontate in italiano e in francese da chi lavora ogni giorno sui servizi sociosanitari di "
        "prossimità nei territori di montagna."
    )
    assert len(full) > DESCRIPTION_LENGTH >= len(shown)
    assert shown.endswith("…")
    kept = shown.removesuffix("…")
    # Cut after a whole word: what is kept is the beginning of the text, up to a space.
    assert full.startswith(kept) and full[len(kept)] == " "
    assert len(kept) > DESCRIPTION_LENGTH - 20


def test_a_summary_still_comes_first(client, demo_site):
    page = publish_changes(
        demo_site.page("news-index:pro-sol", "fr"),
        introduction=INTRODUCTION,
        summary="Toutes les actualités du plan PRO-SOL.",
    )
    assert description(client, page) == "Toutes les actualités du plan PRO-SOL."
