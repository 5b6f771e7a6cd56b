"""Prepositions joined to articles, the first of the month and periods, as an Italian
or French reader expects to read them (cms/grammar.py)."""

import datetime

import pytest

from django.utils.html import escape

from cms.grammar import Period, contract_in, date_text, period_text, with_preposition

D = datetime.date


@pytest.mark.parametrize(
    ("preposition", "phrase", "expected"),
    [
        ("da", "il Consiglio dei giovani ALCOTRA", "dal Consiglio dei giovani ALCOTRA"),
        ("da", "lo Stato", "dallo Stato"),
        ("da", "la Regione Piemonte", "dalla Regione Piemonte"),
        ("da", "l’Unione europea", "dall’Unione europea"),
        ("da", "l'Unione europea", "dall'Unione europea"),
        ("da", "i partner", "dai partner"),
        ("da", "gli studenti", "dagli studenti"),
        ("da", "le Regioni", "dalle Regioni"),
        ("di", "il PITEM PRO-SOL", "del PITEM PRO-SOL"),
        ("di", "l’Europa", "dell’Europa"),
        ("di", "gli studenti", "degli studenti"),
        ("a", "il Consiglio", "al Consiglio"),
        ("a", "le Notizie", "alle Notizie"),
        ("a", "i Video", "ai Video"),
        ("in", "la Valle d’Aosta", "nella Valle d’Aosta"),
        ("in", "gli anni", "negli anni"),
        ("su", "il sito", "sul sito"),
        ("su", "le Alpi", "sulle Alpi"),
        # Written alone on a card, a body often starts with a capital: still contracted.
        ("da", "Il Consiglio dei giovani", "dal Consiglio dei giovani"),
        # A capitalised preposition (starting a sentence) stays capitalised.
        ("Da", "il Consiglio", "Dal Consiglio"),
        # No article: nothing to join.
        ("da", "Regione Piemonte", "da Regione Piemonte"),
        ("da", "Legambiente", "da Legambiente"),
        ("a", "Notizie del PITEM", "a Notizie del PITEM"),
        # A word beginning like an article is not one.
        ("da", "Lombardia Servizi", "da Lombardia Servizi"),
        ("di", "dell’Orto srl", "di dell’Orto srl"),
    ],
)
def test_italian_prepositions_join_their_article(preposition, phrase, expected):
    assert with_preposition(preposition, phrase, "it") == expected


@pytest.mark.parametrize(
    ("preposition", "phrase", "expected"),
    [
        ("à", "le Conseil des jeunes ALCOTRA", "au Conseil des jeunes ALCOTRA"),
        ("à", "les Actualités", "aux Actualités"),
        ("de", "le Conseil", "du Conseil"),
        ("de", "les partenaires", "des partenaires"),
        # la and l' never contract.
        ("à", "la Région Sud", "à la Région Sud"),
        ("de", "la Région Sud", "de la Région Sud"),
        ("à", "l’Union européenne", "à l’Union européenne"),
        ("de", "l’Union européenne", "de l’Union européenne"),
        # de elides before a vowel.
        ("de", "Europe", "d’Europe"),
        ("de", "Annecy", "d’Annecy"),
        ("à", "Annecy", "à Annecy"),
        ("de", "Turin", "de Turin"),
        ("De", "les partenaires", "Des partenaires"),
    ],
)
def test_french_prepositions_join_le_and_les_only(preposition, phrase, expected):
    assert with_preposition(preposition, phrase, "fr") == expected


def test_a_filled_in_sentence_gets_its_preposition_joined():
    body = "il Consiglio dei giovani ALCOTRA"
    assert contract_in(f"Assegnato da {body}.", body, "it") == "Assegnato dal Consiglio dei giovani ALCOTRA."
    # French "par" does not contract: the sentence is left as it is.
    assert contract_in("Décerné par le Conseil.", "le Conseil", "fr") == "Décerné par le Conseil."
    assert contract_in("Retour à le Conseil.", "le Conseil", "fr") == "Retour au Conseil."
    # Only the preposition just before the phrase: "da" elsewhere is left alone.
    assert contract_in("Da oggi, premiato da il Comune", "il Comune", "it") == "Da oggi, premiato dal Comune"
    # An escaped phrase is found as written and the joined words escaped again.
    written = "Assegnato da l&#x27;Unione &amp; co."
    joined = contract_in(written, "l'Unione & co", "it", shown="l&#x27;Unione &amp; co", escape=escape)
    assert joined == "Assegnato dall&#x27;Unione &amp; co."


@pytest.mark.parametrize(
    ("day", "italian", "french"),
    [
        (D(2019, 1, 1), "1º gennaio 2019", "1er janvier 2019"),
        (D(2022, 5, 9), "9 maggio 2022", "9 mai 2022"),
        (D(2023, 8, 11), "11 agosto 2023", "11 août 2023"),
        (D(2022, 12, 31), "31 dicembre 2022", "31 décembre 2022"),
    ],
)
def test_dates_have_lower_case_months_and_an_ordinal_first(day, italian, french):
    assert date_text(day, "it") == italian
    assert date_text(day, "fr") == french


TODAY = D(2025, 6, 15)


@pytest.mark.parametrize(
    ("period", "italian", "french"),
    [
        (
            Period(D(2019, 1, 1), D(2022, 12, 31)),
            "dal 1º gennaio 2019 al 31 dicembre 2022",
            "du 1er janvier 2019 au 31 décembre 2022",
        ),
        (Period(D(2023, 10, 9)), "dal 9 ottobre 2023", "depuis le 9 octobre 2023"),
        # Not begun yet: French cannot say "depuis".
        (Period(D(2030, 10, 1)), "dal 1º ottobre 2030", "à partir du 1er octobre 2030"),
        # Italian elides before the days read with a vowel first: otto, undici.
        (
            Period(D(2024, 3, 8), D(2024, 4, 11)),
            "dall’8 marzo 2024 all’11 aprile 2024",
            "du 8 mars 2024 au 11 avril 2024",
        ),
        (
            Period(D(2024, 4, 11), D(2024, 5, 8)),
            "dall’11 aprile 2024 all’8 maggio 2024",
            "du 11 avril 2024 au 8 mai 2024",
        ),
        (
            Period(D(2024, 3, 18), D(2024, 4, 1)),
            "dal 18 marzo 2024 al 1º aprile 2024",
            "du 18 mars 2024 au 1er avril 2024",
        ),
        (Period(None, D(2024, 3, 8)), "fino all’8 marzo 2024", "jusqu’au 8 mars 2024"),
        (Period(None, D(2024, 3, 9)), "fino al 9 marzo 2024", "jusqu’au 9 mars 2024"),
        (Period(D(2024, 3, 8), D(2024, 3, 8)), "l’8 marzo 2024", "le 8 mars 2024"),
        (Period(D(2024, 5, 1), D(2024, 5, 1)), "il 1º maggio 2024", "le 1er mai 2024"),
    ],
)
def test_periods_read_as_a_sentence(period, italian, french):
    assert period_text(period, "it", today=TODAY) == italian
    assert period_text(period, "fr", today=TODAY) == french


def test_a_period_without_dates_is_empty():
    assert not Period()
    assert not Period(None, None)
    assert Period(None, D(2024, 3, 8))
