"""The HTTP Observatory's grading, applied to responses of the Django test client.

The rules are those of MDN's HTTP Observatory (github.com/mdn/mdn-http-observatory,
src/analyzer/tests/*.js and src/grader/charts.js at commit 94042bb, algorithm 6, with the
COOP and COEP scores added in August 2026). A scan starts at 100 points; each of its 12
tests adds a modifier. Bonuses count only when the score without them is at least 90.
A+ is 100 or more; A 90, A- 85, B+ 80, B 70, B- 65, C+ 60, C 50, C- 45, D+ 40, D 30,
D- 25, F below. What is not graded here: HSTS preloading (+5, a list outside the site)
and the Observatory's refusal to scan a 4xx answer (the 404 page is graded all the same).

Points per test (outcome names as the Observatory's):

- content-security-policy: default-src 'none' and nothing unsafe +10; nothing unsafe +5;
  unsafe sources in style-src only 0; http: for images or media -10; 'unsafe-eval' -10;
  'unsafe-inline', data: or a broad source in script-src, or object-src unrestricted -20;
  http: sources -20; unparsable -25; none (or report-only) -25.
- cookies: all Secure, sessions HttpOnly, all SameSite +5; without SameSite 0; none 0;
  not Secure -20 (-5 under HSTS); SameSite invalid -20; anti-CSRF cookie without
  SameSite -20; session cookie without HttpOnly -30; not Secure -40 (-10 under HSTS).
- cross-origin-embedder-policy: require-corp or credentialless +10; unsafe-none or none
  0; invalid -5.
- cross-origin-opener-policy: same-origin, same-origin-allow-popups or
  noopener-allow-popups +10; unsafe-none or none 0; invalid -5.
- cross-origin-resource-policy: same-origin or same-site +10; cross-origin or none 0;
  invalid -5.
- cross-origin-resource-sharing: none, public or restricted 0; the Origin reflected
  with credentials -50.
- redirection: http first redirected to https on the same host 0; to another host -5;
  to http first -10; ending on http -20; no redirect -20.
- referrer-policy: no-referrer, same-origin, strict-origin(-when-cross-origin) +5; none
  0; unsafe or invalid -5.
- strict-transport-security: max-age of at least 15552000 0; shorter -10; none or
  invalid -20.
- subresource-integrity: scripts from this site only, or none 0; with SRI +5; foreign
  scripts over https without SRI -5; over http -20 or -50.
- x-content-type-options: nosniff 0; none or invalid -5.
- x-frame-options: CSP frame-ancestors +5; DENY or SAMEORIGIN +5; ALLOW-FROM 0; none or
  invalid -20.

A test "fails" as the Observatory says (its ``pass``): e.g. a CSP with 'unsafe-inline' in
script-src, no HSTS, no X-Frame-Options, a session cookie without Secure.
"""

from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from tests.support.observatory_rules import (
    OBSERVATORY_ORIGIN,
    content_security_policy,
    content_type_options,
    cookies,
    embedder_policy,
    frame_options,
    opener_policy,
    redirection,
    referrer_policy,
    resource_policy,
    resource_sharing,
    strict_transport_security,
    subresource_integrity,
)

GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"), (50, "C")]
GRADES += [(45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F")]
MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass
class Scan:
    """What the Observatory fetches: the page over https (with an Origin header, for the
    CORS test), the route from http, and every cookie set on the way."""

    url: str
    response: object
    http_route: list
    set_cookies: list = field(default_factory=list)

    @property
    def headers(self):
        return self.response.headers


@dataclass
class Report:
    url: str
    results: list

    @property
    def score(self):
        extra = 100 + sum(result.points for result in self.results)
        uncurved = 100 + sum(result.points for result in self.results if result.points < 0)
        return max(extra if uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT else uncurved, 0)

    @property
    def grade(self):
        score = self.score - self.score % 5
        return next(grade for floor, grade in GRADES if score >= floor)

    @property
    def failed(self):
        return [result for result in self.results if not result.passed]

    def __str__(self):
        lines = [f"{self.url}: {self.grade} ({self.score})"]
        lines += [
            f"  {r.test}: {r.outcome} {r.points:+d}{'' if r.passed else ' FAILED'}" for r in self.results
        ]
        return "\n".join(lines)


def scan(client, path, host="testserver", **extra):
    """Fetch ``path`` as the Observatory does: from http, following redirects, then https."""
    url, route, set_cookies = f"http://{host}{path}", [], []
    response = None
    for _hop in range(10):
        route.append(url)
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        response = client.get(
            target,
            secure=parts.scheme == "https",
            HTTP_ORIGIN=OBSERVATORY_ORIGIN,
            HTTP_HOST=parts.netloc,
            **extra,
        )
        set_cookies += [morsel for morsel in response.cookies.values()]
        if response.status_code not in (301, 302, 303, 307, 308):
            break
        url = urljoin(url, response["Location"])
    if urlsplit(url).scheme != "https":
        raise AssertionError(f"{path} never reached https: {route}")
    return Scan(url=url, response=response, http_route=route, set_cookies=set_cookies)


def grade(scan):
    html = None
    content_type = scan.headers.get("Content-Type", "").split(";")[0].strip()
    if content_type in HTML_TYPES and not scan.response.streaming:
        html = BeautifulSoup(scan.response.content, "html.parser")
    csp_result, csp = content_security_policy(scan, html)
    results = [
        csp_result,
        cookies(scan),
        embedder_policy(scan),
        opener_policy(scan),
        resource_sharing(scan),
        redirection(scan),
        referrer_policy(scan, html),
        strict_transport_security(scan),
        subresource_integrity(scan, html),
        content_type_options(scan),
        frame_options(scan, csp),
        resource_policy(scan, html),
    ]
    return Report(url=scan.url, results=results)
