"""Reading a response as a visitor's browser parses it."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")
