"""Translating the page of the ``translation`` fixture (conftest.py), as an agency would."""

# The French of the Italian "Note legali" page's texts.
FRENCH = {
    "Note legali": "Mentions légales",
    "Il sito è curato dai partner ALCOTRA.": "Le site est tenu par les partenaires ALCOTRA.",
}
