"""The Mozilla HTTP Observatory's scoring, for the tests it runs on one response.

Modifiers and grades follow the Observatory's published scoring
(https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring):
start at 100, apply each test's modifier, and count bonuses only when the
score without them is at least 90. Redirection from HTTP to HTTPS is left to
the proxy and proven by `check --deploy` (SECURE_SSL_REDIRECT).
"""

import re
from dataclasses import dataclass, field

PRIVATE_REFERRER_POLICIES = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
SIX_MONTHS = 15768000
GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+")]


@dataclass
class Score:
    results: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        penalties = sum(v for v in self.results.values() if v < 0)
        bonuses = sum(v for v in self.results.values() if v > 0)
        base = 100 + penalties
        return base + bonuses if base >= 90 else base

    @property
    def grade(self) -> str:
        return next((grade for floor, grade in GRADES if self.total >= floor), "F")


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        tokens = part.strip().split()
        if tokens:
            directives[tokens[0].lower()] = tokens[1:]
    return directives


def score_csp(header: str | None) -> tuple[str, int]:
    if not header:
        return "csp-not-implemented", -25
    directives = csp_directives(header)
    script = directives.get("script-src", directives.get("default-src", []))
    style = directives.get("style-src", directives.get("default-src", []))
    if "'unsafe-inline'" in script or "data:" in script:
        return "csp-implemented-with-unsafe-inline", -20
    if "'unsafe-eval'" in script:
        return "csp-implemented-with-unsafe-eval", -10
    if any(source.startswith("http:") for sources in directives.values() for source in sources):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-inline'" in style:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if directives.get("default-src") == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 0


def score_cookies(set_cookie_headers: list[str]) -> tuple[str, int]:
    if not set_cookie_headers:
        return "cookies-not-found", 0
    lowered = [header.lower() for header in set_cookie_headers]
    if not all("; secure" in header for header in lowered):
        return "cookies-without-secure-flag", -20
    sessions = [h for h in lowered if re.match(r"^(__host-)?session", h)]
    if any("httponly" not in header for header in sessions):
        return "cookies-session-without-httponly-flag", -30
    if all("samesite=" in header for header in lowered):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def score_hsts(header: str | None) -> tuple[str, int]:
    if not header:
        return "hsts-not-implemented", -20
    match = re.search(r"max-age=(\d+)", header)
    max_age = int(match.group(1)) if match else 0
    if max_age < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    if "preload" in header and "includesubdomains" in header.lower():
        return "hsts-preloaded", 5
    return "hsts-implemented-max-age-at-least-six-months", 0


def score_referrer(header: str | None) -> tuple[str, int]:
    if not header:
        return "referrer-policy-not-implemented", 0
    policies = {p.strip().lower() for p in header.split(",")}
    if policies & {
        "unsafe-url",
        "no-referrer-when-downgrade",
        "origin",
        "origin-when-cross-origin",
    }:
        return "referrer-policy-unsafe", -5
    if policies <= PRIVATE_REFERRER_POLICIES:
        return "referrer-policy-private", 5
    return "referrer-policy-header-invalid", -5


def score_frame(xfo: str | None, csp: str | None) -> tuple[str, int]:
    if csp and csp_directives(csp).get("frame-ancestors") in (["'none'"], ["'self'"]):
        return "x-frame-options-implemented-via-csp", 5
    if xfo and xfo.upper() in {"DENY", "SAMEORIGIN"}:
        return "x-frame-options-sameorigin-or-deny", 0
    return "x-frame-options-not-implemented", -20


def score_cors(header: str | None) -> tuple[str, int]:
    if header == "*":
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-not-implemented", 0


def score_response(response) -> Score:
    """Score a Django test response by the Observatory's header tests."""
    headers = response.headers
    set_cookies = [morsel.OutputString() for morsel in response.cookies.values()]
    score = Score()
    for name, modifier in [
        score_csp(headers.get("Content-Security-Policy")),
        score_cookies(set_cookies),
        score_hsts(headers.get("Strict-Transport-Security")),
        score_referrer(headers.get("Referrer-Policy")),
        score_frame(headers.get("X-Frame-Options"), headers.get("Content-Security-Policy")),
        score_cors(headers.get("Access-Control-Allow-Origin")),
        (
            ("x-content-type-options-nosniff", 0)
            if headers.get("X-Content-Type-Options") == "nosniff"
            else ("x-content-type-options-not-implemented", -5)
        ),
    ]:
        score.results[name] = modifier
    return score
