"""Reading the translation overview as an editor does: page after page, and its CSV."""

import csv
import io
from collections import Counter

from django.urls import reverse

from tests.support.html import soup
from tests.support.wording import said

URL = reverse("translations_overview")


def listed(client, query):
    """(page, from, into, state) of every row, page after page, and the counts shown."""
    rows, number, pages = [], 1, 1
    while number <= pages:
        page = soup(client.get(URL, {**query, "p": number}))
        for row in page.select("tr.translation-row"):
            cells = row.select("td")
            state = cells[2].find(string=True).strip().split(" (")[0]  # without the percentage
            rows.append((row.th.get_text(strip=True), cells[0].get_text(), cells[1].get_text(), state))
        if number == 1:
            counts = page.select_one(".translation-counts").get_text(" ", strip=True)
            last = page.select(".pagination__page-number a")
            pages = int(last[-1].get_text(strip=True)) if last else 1
        number += 1
    return rows, counts


def exported(client, query):
    """(page, from, into, state) of every row of the CSV download."""
    response = client.get(URL, {**query, "format": "csv"})
    return [tuple(row[:4]) for row in list(csv.reader(io.StringIO(response.content.decode())))[1:]]


def counts_line(rows, language="it"):
    """The overview's line of counts for ``rows``, as the editor reads it."""
    states = Counter(state for *_row, state in rows)
    labels = ["Missing", "In progress", "Out of date", "Up to date"]
    return " · ".join(f"{said(label, language)}: {states[said(label, language)]}" for label in labels)
