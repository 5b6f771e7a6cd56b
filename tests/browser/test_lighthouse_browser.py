"""Lighthouse (mobile, simulated slow 4G) gives every public page type 100 in
performance, accessibility, best practices and SEO, in both languages. Reports are
kept in var/lighthouse/ for whoever needs to see why a score fell."""

import pytest

from tests.support.audit import CATEGORIES, lighthouse_scores
from tests.support.demo import DEMO_KEYS
from tests.support.paths import ROOT

# Not in `make test` yet: under the test server Lighthouse 12.2.3 and Chromium 156 fail
# to record the trace (NO_NAVSTART), though the same run against `make run` scores 100.
# `make audit` runs it.
pytestmark = [pytest.mark.browser, pytest.mark.audit]

REPORTS = ROOT / "var" / "lighthouse"


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_page_type_scores_100_on_a_phone(live_server, live_demo_site, language):
    REPORTS.mkdir(parents=True, exist_ok=True)
    home = live_demo_site.home_it if language == "it" else live_demo_site.home_fr
    pages = {
        name: home.url if key == "home" else live_demo_site.page(key, language).url
        for name, key in DEMO_KEYS.items()
    }
    pages["Search"] = f"/{language}/search/?q=CARE"
    below = {}
    for name, path in pages.items():
        scores = lighthouse_scores(live_server.url + path, REPORTS / f"{language}-{name}.json")
        missed = {category: scores[category] for category in CATEGORIES if scores[category] < 100}
        if missed:
            below[name] = missed
    assert below == {}, f"below 100 (reports in {REPORTS}): {below}"
