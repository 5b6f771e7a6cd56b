"""The HTTP Observatory's twelve tests, one function each (points: tests/support/observatory.py)."""

import re
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

OBSERVATORY_ORIGIN = "https://http-observatory.security.mozilla.org"
BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
NONCE_OR_HASH = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
SIX_MONTHS = 15_552_000
TOKEN = re.compile(r"^[A-Za-z*][!#$%&'*+\-.^_`|~:/A-Za-z0-9]*$")


@dataclass
class Result:
    test: str
    outcome: str
    points: int
    passed: bool


def http_equiv(html, name):
    if html is None:
        return []
    return [
        meta.get("content", "")
        for meta in html.find_all("meta", attrs={"http-equiv": re.compile(name, re.I)})
    ]


def parse_csp(policy):
    """One policy: {directive: set of sources}. Raises ValueError where the Observatory
    finds the header invalid (too short, a directive twice)."""
    policy = re.sub(r"[\r\n]", "", policy).strip()
    if len(policy) < len("img-src") - 1:
        raise ValueError(policy)
    directives = {}
    for entry in policy.split(";"):
        name, *sources = entry.strip().split()
        name = name.lower() if name else name
        if not name:
            continue
        if name in directives and name not in ("report-uri", "report-to"):
            raise ValueError(f"{name} twice")
        values = {source.lower() for source in sources}
        if not values and name.endswith("-src"):
            values = {"'none'"}
        directives.setdefault(name, values)
    return directives


def content_security_policy(scan, html):
    headers = [value.strip() for value in scan.headers.get("Content-Security-Policy", "").split(",")]
    policies = [value for value in headers if value] + http_equiv(html, "content-security-policy")
    if not policies:
        if scan.headers.get("Content-Security-Policy-Report-Only"):
            return Result(
                "content-security-policy", "csp-not-implemented-but-reporting-enabled", -25, False
            ), None
        return Result("content-security-policy", "csp-not-implemented", -25, False), None
    if len(policies) > 1:
        raise NotImplementedError("one policy per response here; the Observatory intersects several")
    try:
        csp = parse_csp(policies[0])
    except ValueError:
        return Result("content-security-policy", "csp-header-invalid", -25, False), None

    def sources(name):
        return set(csp.get(name) or csp.get("default-src") or {"*"})

    script_src, style_src, object_src = sources("script-src"), sources("style-src"), sources("object-src")
    for source_list in (script_src, style_src):
        if any(source.startswith(NONCE_OR_HASH) for source in source_list):
            source_list.discard("'unsafe-inline'")
    outcome = None
    if "'strict-dynamic'" in script_src:
        if any(source.startswith(NONCE_OR_HASH) for source in script_src):
            script_src = {
                s
                for s in script_src
                if not s.startswith(tuple(BROAD)) and s not in ("'self'", "'unsafe-inline'")
            }
        else:
            outcome = "csp-header-invalid"
    active = [
        s
        for name, values in csp.items()
        if name not in ("img-src", "media-src", "script-src")
        for s in values
    ]
    active += list(script_src)
    passive = [
        s for name in ("img-src", "media-src") for s in (csp.get(name) or csp.get("default-src") or ())
    ]
    https = scan.url.startswith("https:")
    checks = [
        ("csp-implemented-with-unsafe-inline", script_src & (BROAD | UNSAFE_INLINE) or object_src & BROAD),
        (
            "csp-implemented-with-insecure-scheme",
            https and any(s.startswith(("http:", "ftp:")) for s in active),
        ),
        ("csp-implemented-with-unsafe-eval", "'unsafe-eval'" in script_src | style_src),
        (
            "csp-implemented-with-insecure-scheme-in-passive-content-only",
            https and any(s.startswith(("http:", "ftp:")) for s in passive),
        ),
        ("csp-implemented-with-unsafe-inline-in-style-src-only", style_src & (BROAD | UNSAFE_INLINE)),
    ]
    for name, found in checks:
        if found and outcome is None:
            outcome = name
    if outcome is None:
        default_none = csp.get("default-src") == {"'none'"}
        outcome = f"csp-implemented-with-no-unsafe{'-default-src-none' if default_none else ''}"
    points = {
        "csp-implemented-with-no-unsafe-default-src-none": 10,
        "csp-implemented-with-no-unsafe": 5,
        "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
        "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
        "csp-implemented-with-unsafe-eval": -10,
        "csp-implemented-with-unsafe-inline": -20,
        "csp-implemented-with-insecure-scheme": -20,
        "csp-header-invalid": -25,
    }[outcome]
    passed = outcome in (
        "csp-implemented-with-no-unsafe-default-src-none",
        "csp-implemented-with-no-unsafe",
        "csp-implemented-with-unsafe-inline-in-style-src-only",
        "csp-implemented-with-insecure-scheme-in-passive-content-only",
    )
    # frame-ancestors counts only from the header (a <meta> policy cannot set it).
    header_csp = csp if headers and headers[0] else {}
    return Result("content-security-policy", outcome, points, passed), header_csp


COOKIE_ORDER = [
    "cookies-without-secure-flag-but-protected-by-hsts",
    "cookies-without-secure-flag",
    "cookies-session-without-secure-flag-but-protected-by-hsts",
    "cookies-samesite-flag-invalid",
    "cookies-anticsrf-without-samesite-flag",
    "cookies-session-without-httponly-flag",
    "cookies-session-without-secure-flag",
]
COOKIE_POINTS = dict(zip(COOKIE_ORDER, (-5, -20, -10, -20, -20, -30, -40), strict=True))


def cookie_jar(scan):
    """The cookies a browser keeps after the route (a deleted one is gone)."""
    jar = {}
    for morsel in scan.set_cookies:
        expires = morsel["expires"] and parsedate_to_datetime(morsel["expires"]).timestamp()
        if morsel["max-age"] == 0 or str(morsel["max-age"]) == "0" or (expires and expires < time.time()):
            jar.pop(morsel.key, None)
        else:
            jar[morsel.key] = morsel
    return jar


def cookies(scan):
    hsts = strict_transport_security(scan).passed
    jar, outcome = cookie_jar(scan), None

    def worse(new):
        nonlocal outcome
        if outcome is None or COOKIE_ORDER.index(new) > COOKIE_ORDER.index(outcome):
            outcome = new

    for morsel in scan.set_cookies:
        samesite = str(morsel["samesite"]).strip().lower()
        if morsel["samesite"] != "" and samesite not in ("lax", "strict", "none"):
            worse("cookies-samesite-flag-invalid")
    if not jar:
        return Result("cookies", "cookies-not-found", 0, True)
    missing_samesite = False
    for name, morsel in jar.items():
        session = "login" in name.lower() or "sess" in name.lower()
        secure, samesite = bool(morsel["secure"]), str(morsel["samesite"]).lower()
        if not secure and samesite == "none":
            worse("cookies-samesite-flag-invalid")
        if not secure:
            worse(
                "cookies-without-secure-flag-but-protected-by-hsts" if hsts else "cookies-without-secure-flag"
            )
        if "csrf" in name.lower() and not samesite:
            worse("cookies-anticsrf-without-samesite-flag")
        if session and not secure:
            worse(
                "cookies-session-without-secure-flag-but-protected-by-hsts"
                if hsts
                else "cookies-session-without-secure-flag"
            )
        if session and not morsel["httponly"]:
            worse("cookies-session-without-httponly-flag")
        missing_samesite = missing_samesite or not samesite
    if outcome is not None:
        return Result("cookies", outcome, COOKIE_POINTS[outcome], False)
    if missing_samesite:
        return Result("cookies", "cookies-secure-with-httponly-sessions", 0, True)
    return Result("cookies", "cookies-secure-with-httponly-sessions-and-samesite", 5, True)


def token_policy(scan, header, test, points):
    """COOP and COEP: one header, a structured-field token, scored from ``points``."""
    value = scan.headers.get(header)
    if value is None:
        return Result(test, f"{test}-not-implemented", 0, True)
    token = value.split(";")[0].strip()
    if "," in value or not TOKEN.match(token) or token not in points:
        return Result(test, f"{test}-header-invalid", -5, False)
    return Result(test, f"{test}-{token}", points[token], True)


def opener_policy(scan):
    points = {
        "same-origin": 10,
        "same-origin-allow-popups": 10,
        "noopener-allow-popups": 10,
        "unsafe-none": 0,
    }
    return token_policy(scan, "Cross-Origin-Opener-Policy", "cross-origin-opener-policy", points)


def embedder_policy(scan):
    points = {"require-corp": 10, "credentialless": 10, "unsafe-none": 0}
    return token_policy(scan, "Cross-Origin-Embedder-Policy", "cross-origin-embedder-policy", points)


def resource_policy(scan, html):
    value = (
        scan.headers.get("Cross-Origin-Resource-Policy")
        or ((http_equiv(html, "cross-origin-resource-policy") or [None])[-1])
    )
    if value is None:
        return Result("cross-origin-resource-policy", "not-implemented", 0, True)
    value = value.strip().lower()
    points = {"same-site": 10, "same-origin": 10, "cross-origin": 0}
    if value not in points:
        return Result("cross-origin-resource-policy", "header-invalid", -5, False)
    return Result("cross-origin-resource-policy", f"implemented-with-{value}", points[value], True)


def resource_sharing(scan):
    allowed = scan.headers.get("Access-Control-Allow-Origin")
    if not allowed:
        return Result("cross-origin-resource-sharing", "not-implemented", 0, True)
    allowed = allowed.strip().lower()
    if allowed == "*":
        return Result("cross-origin-resource-sharing", "implemented-with-public-access", 0, True)
    credentials = scan.headers.get("Access-Control-Allow-Credentials", "").strip().lower() == "true"
    if allowed == OBSERVATORY_ORIGIN and credentials:
        return Result("cross-origin-resource-sharing", "implemented-with-universal-access", -50, False)
    return Result("cross-origin-resource-sharing", "implemented-with-restricted-access", 0, True)


def redirection(scan):
    route = [urlsplit(url) for url in scan.http_route]
    if len(route) == 1:
        return Result("redirection", "redirection-missing", -20, False)
    if route[-1].scheme != "https":
        return Result("redirection", "redirection-not-to-https", -20, False)
    if route[1].scheme == "http":
        return Result("redirection", "redirection-not-to-https-on-initial-redirection", -10, False)
    if route[0].hostname != route[1].hostname:
        return Result("redirection", "redirection-off-host-from-http", -5, False)
    return Result("redirection", "redirection-to-https", 0, True)


def referrer_policy(scan, html):
    good = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]
    bad = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"]
    values = [scan.headers["Referrer-Policy"]] if "Referrer-Policy" in scan.headers else []
    values += http_equiv(html, "referrer-policy")
    if not values:
        return Result("referrer-policy", "referrer-policy-not-implemented", 0, True)
    valid = [v.strip().lower() for v in ", ".join(values).split(",") if v.strip().lower() in good + bad]
    if valid and valid[-1] in good:
        return Result("referrer-policy", "referrer-policy-private", 5, True)
    if valid:
        return Result("referrer-policy", "referrer-policy-unsafe", -5, False)
    return Result("referrer-policy", "referrer-policy-header-invalid", -5, False)


def strict_transport_security(scan):
    value = scan.headers.get("Strict-Transport-Security")
    if not scan.url.startswith("https:"):
        return Result("strict-transport-security", "hsts-not-implemented-no-https", -20, False)
    if value is None:
        return Result("strict-transport-security", "hsts-not-implemented", -20, False)
    max_age = None
    for parameter in value.split(";"):
        parameter = parameter.strip().lower()
        if parameter.startswith("max-age="):
            max_age = int(parameter[8:]) if parameter[8:].isdigit() else None
    if "," in value or max_age is None:
        return Result("strict-transport-security", "hsts-header-invalid", -20, False)
    if max_age < SIX_MONTHS:
        return Result(
            "strict-transport-security", "hsts-implemented-max-age-less-than-six-months", -10, False
        )
    return Result("strict-transport-security", "hsts-implemented-max-age-at-least-six-months", 0, True)


def registrable_domain(host):
    return ".".join((host or "").split(".")[-2:])


def subresource_integrity(scan, html):
    if html is None:
        return Result("subresource-integrity", "sri-not-implemented-response-not-html", 0, True)
    scripts = html.find_all("script")
    order = [
        "sri-implemented-and-all-scripts-loaded-securely",
        "sri-implemented-and-external-scripts-loaded-securely",
        "sri-implemented-but-external-scripts-not-loaded-securely",
        "sri-not-implemented-but-external-scripts-loaded-securely",
        "sri-not-implemented-and-external-scripts-not-loaded-securely",
    ]
    outcome, foreign = None, False
    site = registrable_domain(urlsplit(scan.url).hostname)
    for script in scripts:
        src = script.get("src")
        if not src:
            continue
        protocol_relative = bool(re.match(r"^//[^/]", src))
        full = bool(re.match(r"^https?://", src))
        relative = not protocol_relative and not full
        same = relative or (full and registrable_domain(urlsplit(src).hostname) == site)
        secure = (full and src.startswith("https:")) or (relative and scan.url.startswith("https:"))
        integrity = script.get("integrity")
        if same and not protocol_relative:
            if integrity and secure and outcome is None:
                outcome = order[0]
            continue
        foreign = True
        if integrity and not secure:
            new = order[2]
        elif not integrity and secure:
            new = order[3]
        elif not integrity:
            new = order[4]
        else:
            continue
        outcome = new if outcome is None or order.index(new) > order.index(outcome) else outcome
    if not scripts:
        outcome = "sri-not-implemented-but-no-scripts-loaded"
    elif outcome is None:
        outcome = order[1] if foreign else "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"
    points = {order[0]: 5, order[1]: 5, order[2]: -20, order[3]: -5, order[4]: -50}.get(outcome, 0)
    return Result("subresource-integrity", outcome, points, points >= 0)


def content_type_options(scan):
    value = scan.headers.get("X-Content-Type-Options")
    if value is None:
        return Result("x-content-type-options", "x-content-type-options-not-implemented", -5, False)
    if value.strip().lower() != "nosniff":
        return Result("x-content-type-options", "x-content-type-options-header-invalid", -5, False)
    return Result("x-content-type-options", "x-content-type-options-nosniff", 0, True)


def frame_options(scan, csp):
    if csp and "frame-ancestors" in csp:
        return Result("x-frame-options", "x-frame-options-implemented-via-csp", 5, True)
    value = (scan.headers.get("X-Frame-Options") or "").strip().lower()
    if value in ("deny", "sameorigin"):
        return Result("x-frame-options", "x-frame-options-sameorigin-or-deny", 5, True)
    if value.startswith("allow-from"):
        return Result("x-frame-options", "x-frame-options-allow-from-origin", 0, True)
    if value:
        return Result("x-frame-options", "x-frame-options-header-invalid", -20, False)
    return Result("x-frame-options", "x-frame-options-not-implemented", -20, False)
