"""Hostile input never gets a server error: odd queries, paths, methods and API parameters
are answered with 200, 3xx or 4xx, never a 5xx.

The sweep sends a fixed list of requests that once failed, then 2,000 generated ones
(tests/support/hostile.py, fixed seed) through Django's test client: about 40 s of CPU
(65 to 100 s of wall time on a two-core machine busy with three other test runs).
"""

import time

from tests.support.hostile import public_pages, sweep

LONG = "x" * 10_000
HOSTILE_QUERIES = (
    "?utm_source=news&unknown=1&page=2",
    f"?q={LONG}&page={LONG}&year={LONG}&theme={LONG}",
    "?q=%ff%fe&page=%c3%28&%ff%fe=%c3%28",
    "?q=%00&page=%00&year=%00&about=%00&period=%00",
    '?q=%22&year="&about="',
    "?page=abc",
    "?page=-1",
    "?page=99999",
    "?year=1850&about=no-such-plan&period=nope&theme=nope&audience=nope&label=nope&status=nope&country=zz",
    "?page=1&page=abc&year=2022&year=2023&theme=a&theme=b&q=a&q=b",
)
# The lists that read filters and page numbers, in both languages.
FILTERED_PAGES = (
    "/it/progetti/",
    "/fr/projets/",
    "/it/notizie/",
    "/fr/actualites/",
    "/it/search/",
    "/fr/search/",
)
HOSTILE_PATHS = (
    "/it/../fr/",
    "/it/progetti/%2e%2e/%2e%2e/etc/passwd",
    "/fr/projets/..%2f..%2f/",
    "/it/%00/",
    "/it/chi-siamo/%00",
    "/fr/%ff%fe/",
    "/it/%c3%28/",
    "/%00",
    "/it/" + "a/" * 2000,
    "/fr/" + "b" * 10_000 + "/",
    "/it/search/%00/",
    "/it/notizie/feed/%00/",
    "/sitemap.xml?p=abc",
    "/sitemap-pages.xml?p=abc",
    "/sitemap-pages.xml?p=" + str(2**63),
    "/sitemap-x.xml",
    "/robots.txt?x=%00",
)
API_REQUESTS = (
    "pages/?type=no.Such",
    "pages/?type=projects.ProjectPage&fields=no_such_field",
    "pages/?limit=abc&offset=-5",
    "pages/?limit=99999",
    "pages/?order=no_such_field",
    "pages/?locale=xx",
    "pages/?child_of=abc&descendant_of=abc",
    "pages/?child_of=999999",
    "pages/?slug=%00",
    "pages/?search=%00",
    "pages/?search=%22",
    "pages/?search=a&search_operator=xor",
    f"pages/?search={LONG}",
    "pages/?fields=*&type=media.VideoPage",
    "pages/?fields=*&type=news.NewsPage",
    "pages/?translation_of=abc",
    "pages/?id=%ff",
    "pages/abc/",
    "pages/find/?id=abc",
    "pages/find/?html_path=%00",
    "pages/find/?html_path=/it/%00/",
    "pages/find/?html_path=/it/../",
    f"pages/?offset={2**63}",
    f"images/?offset={2**63}",
    f"documents/?offset={2**63}",
    "images/find/?id=abc",
    "documents/find/?id=abc",
    "images/?search=%00",
    "documents/?search=%00",
    "pages/?type=news.NewsPage&date=abc",
    "pages/?type=projects.ProjectPage&themes=abc",
    f"pages/?type=media.VideoPage&related_project={2**64}",
)
GENERATED = 2_000


def test_hostile_input_never_gets_a_server_error(client, demo_site):
    client.raise_request_exception = False
    requests = [("get", url + query) for url in FILTERED_PAGES for query in HOSTILE_QUERIES]
    requests += [("get", path) for path in HOSTILE_PATHS]
    requests += [("get", "/api/v2/" + query) for query in API_REQUESTS]
    generated = sweep(demo_site, GENERATED)
    assert {url.split("?")[0] for _method, url in generated} >= set(public_pages(demo_site))
    failures = []
    started, cpu = time.monotonic(), time.process_time()
    for method, url in requests + generated:
        status = getattr(client, method)(url).status_code
        if status >= 500:
            failures.append(f"{method.upper()} {url[:160]} → {status}")
    elapsed, cpu = time.monotonic() - started, time.process_time() - cpu
    print(f"{len(requests) + len(generated)} hostile requests in {elapsed:.1f} s ({cpu:.1f} s of CPU)")
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:50])
