"""Generated hostile inputs for the public forms and query strings, and what a safe answer is."""

from urllib.parse import urlencode

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Modest example counts keep the suite fast; the database is not kept between
# runs so that no .hypothesis folder appears in the checkout.
FUZZ = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'
HOSTILE = [
    SCRIPT,
    IMAGE,
    "'; DROP TABLE accounts_user; --",
    "' OR '1'='1",
    "1 UNION SELECT password FROM accounts_user",
    "-1",
    "0",
    "-99999999999999999999999",
    "99999999999999999999999999999999",
    "1e308",
    "NaN",
    "2026-02-30",
    "31/13/2026",
    "0000-00-00",
    "9999-12-31",
    "\x00",
    "a\x00b",
    "../../etc/passwd",
    "%00",
    "%",
    "\u202eevil",
    "😀" * 40,
    "é" * 400,
    "x" * 5000,
    " ",
    "",
]
VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=200),
    st.integers().map(str),
    st.dates().map(str),
)


def params_for(names: list[str]):
    """A query string's pairs: known and unknown names, some repeated, hostile values."""
    name = st.one_of(st.sampled_from(names), st.sampled_from(["page", "utm", "x"]))
    return st.lists(st.tuples(name, VALUES), max_size=8)


def form_changes(names: list[str]):
    """Fields of a valid form replaced by hostile values; a list value repeats the field."""
    return st.dictionaries(
        st.sampled_from(names),
        st.one_of(VALUES, st.lists(VALUES, min_size=2, max_size=3)),
        min_size=1,
    )


def query_string(pairs) -> str:
    return urlencode(pairs)


def assert_safe(response) -> None:
    """No server error, and nothing typed in comes back as live markup."""
    assert response.status_code < 500, response.status_code
    body = response.content.decode(errors="replace")
    assert SCRIPT not in body
    assert "<img src=x onerror" not in body
