"""Reading a response as a visitor's browser parses it."""

import re

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def page_text(response):
    """What a reader sees: entities decoded, line breaks and indentation collapsed
    (non-breaking spaces kept, as French punctuation needs them)."""
    return re.sub(r"[ \t\r\n]+", " ", soup(response).get_text(" ")).strip()
