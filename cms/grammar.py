"""Italian and French words that change with what follows them.

A catalog holds the natural sentence ("Assegnato da %(body)s."); it cannot know the
value that will fill it. What depends on the value is done here: a preposition joined
to the article the value starts with (da + "il Consiglio" → "dal Consiglio", à + "les
jeunes" → "aux jeunes"), the first of the month (Italian "1º", French "1er") and the
prepositions of a period, which elide before "8" and "11" in Italian ("dall’8 marzo").
These rules are grammar, not vocabulary, so they are code, like the legal wording of
the accessibility status (home/models/accessibility.py).
"""

import re
from dataclasses import dataclass

from django.utils import timezone, translation
from django.utils.dates import MONTHS
from django.utils.text import capfirst

APOSTROPHE = "’"  # the one the site's texts use

# Italian: preposition → its form before il, lo, la, l', i, gli, le.
ITALIAN_ARTICLES = ("il", "lo", "la", "l", "i", "gli", "le")
ITALIAN_CONTRACTIONS = {
    preposition: dict(zip(ITALIAN_ARTICLES, forms.split(), strict=True))
    for preposition, forms in {
        "a": "al allo alla all ai agli alle",
        "da": "dal dallo dalla dall dai dagli dalle",
        "di": "del dello della dell dei degli delle",
        "in": "nel nello nella nell nei negli nelle",
        "su": "sul sullo sulla sull sui sugli sulle",
    }.items()
}
# French: only le and les contract; la and l' stay apart ("à la", "de l’").
FRENCH_CONTRACTIONS = {"à": {"le": "au", "les": "aux"}, "de": {"le": "du", "les": "des"}}
CONTRACTIONS = {"it": ITALIAN_CONTRACTIONS, "fr": FRENCH_CONTRACTIONS}

# An article and what follows it: "il Consiglio", "l’Unione", "les jeunes".
ARTICLE = re.compile(r"(?P<article>[^\W\d_]+)(?:(?P<apostrophe>['’])|\s+)(?P<rest>\S.*)", re.S)
FRENCH_VOWEL = re.compile(r"[aeiouyàâäéèêëîïôöûüù]", re.I)

# Italian days read with a vowel first ("otto", "undici") elide the preposition: dall’8.
ITALIAN_VOWEL_DAYS = {8, 11}


def _language(language):
    return (language or translation.get_language() or "it").split("-")[0]


def _cased_like(word, model):
    """``word`` capitalised when ``model`` is (a preposition starting a sentence)."""
    return capfirst(word) if model[:1].isupper() else word


def with_preposition(preposition, phrase, language=None):
    """``preposition`` followed by ``phrase`` as the language writes them: "da" +
    "il Consiglio" → "dal Consiglio", "à" + "les jeunes" → "aux jeunes", "de" +
    "Europe" → "d’Europe". Articles are contracted whatever their case: an awarding
    body shown alone is often written "Il Consiglio…"."""
    language = _language(language)
    contractions = CONTRACTIONS.get(language, {}).get(preposition.lower(), {})
    match = ARTICLE.fullmatch(phrase.strip())
    if match:
        article = match["article"].lower()
        elided = bool(match["apostrophe"])
        # "l" is an article only with its apostrophe; with it, only "l" is.
        if elided == (article == "l") and article in contractions:
            joined = _cased_like(contractions[article], preposition)
            apostrophe = match["apostrophe"] or ""
            return f"{joined}{apostrophe}{match['rest']}" if elided else f"{joined} {match['rest']}"
    if language == "fr" and preposition.lower() == "de" and FRENCH_VOWEL.match(phrase.strip()):
        return f"{_cased_like('d', preposition)}{APOSTROPHE}{phrase.strip()}"
    return f"{preposition} {phrase}"


def contract_in(text, phrase, language=None, shown=None, escape=str):
    """``text`` with the preposition written just before ``phrase`` joined to it.

    For a translated sentence already filled in: "Assegnato da il Consiglio…" →
    "Assegnato dal Consiglio…". ``shown`` is how ``phrase`` appears in ``text`` (HTML
    escaped, in a template) and ``escape`` is applied to the joined words. Nothing
    changes when no preposition of the language comes just before the phrase.
    """
    language = _language(language)
    prepositions = CONTRACTIONS.get(language)
    if not prepositions or not phrase:
        return text
    shown = str(phrase) if shown is None else shown
    alternatives = "|".join(re.escape(word) for word in prepositions)
    pattern = re.compile(rf"(?<!\w)(?P<preposition>{alternatives}) {re.escape(shown)}", re.I)
    return pattern.sub(
        lambda match: escape(with_preposition(match["preposition"], str(phrase), language)), text, count=1
    )


def day_of_month(value, language=None):
    """The day as written before the month: "1º" in Italian (the ordinal indicator,
    read "primo"; not the degree sign "°", which screen readers read as "gradi"),
    "1er" in French, the number otherwise."""
    if value.day == 1:
        return {"it": "1º", "fr": "1er"}.get(_language(language), "1")
    return str(value.day)


def date_text(value, language=None):
    """9 maggio 2022 / 9 mai 2022, 1º gennaio 2019 / 1er janvier 2019: lower-case
    months (Django's Italian ones are capitalised), no leading zero."""
    language = _language(language)
    with translation.override(language):
        month = str(MONTHS[value.month]).lower()
    return f"{day_of_month(value, language)} {month} {value.year}"


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``; either may be missing (open-ended, or an end only)."""

    start: object = None
    end: object = None

    def __bool__(self):
        return bool(self.start or self.end)


def _italian(word, value):
    """ "dal", "al", "il" before ``value``'s day, elided before 8 and 11 (read "otto",
    "undici"): "dall’8 marzo", "all’11 aprile", "l’8 marzo"."""
    if value.day in ITALIAN_VOWEL_DAYS:
        return {"dal": "dall", "al": "all", "il": "l"}[word] + APOSTROPHE
    return f"{word} "


def period_words(period, language=None, today=None):
    """The parts of ``period`` in order: words (str) and dates (date), for the caller
    to write each date as it likes (plain, or in a ``<time>``). ``today``: the local
    date by default.

    Italian: "dal 1º gennaio 2019 al 31 dicembre 2022", "dal 9 ottobre 2023", "fino
    al…", "il…" for a single day, with "dall’8", "all’11", "l’8". French: "du 1er
    janvier 2019 au 31 décembre 2022", "depuis le 9 octobre 2023" ("à partir du…"
    when it has not begun yet: "depuis" says it already has), "jusqu’au…", "le…".
    Lower case, for a sentence; capitalise where it starts one.
    """
    language = _language(language)
    start, end = period.start, period.end
    single = start and end and start == end
    today = today or timezone.localdate()
    if language == "it":
        if single:
            return [_italian("il", start), start]
        if start and end:
            return [_italian("dal", start), start, " ", _italian("al", end), end]
        if start:
            return [_italian("dal", start), start]
        return ["fino ", _italian("al", end), end]
    if language == "fr":
        if single:
            return ["le ", start]
        if start and end:
            return ["du ", start, " au ", end]
        if start:
            return ["à partir du " if start > today else "depuis le ", start]
        return [f"jusqu{APOSTROPHE}au ", end]
    if start and end:
        return [start, " – ", end]
    return [start or end]


def period_text(period, language=None, today=None):
    """``period`` as plain text, e.g. "dal 1º gennaio 2019 al 31 dicembre 2022"."""
    language = _language(language)
    return "".join(
        part if isinstance(part, str) else date_text(part, language)
        for part in period_words(period, language, today)
    )
