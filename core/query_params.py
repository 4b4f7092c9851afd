"""The one way the public pages read a free-text or a page-number parameter.

A query string is typed by anyone: a page number past PostgreSQL's bigint
overflows the OFFSET, and a NUL byte is refused by PostgreSQL in any text
(both were 500s). Forms already refuse NUL bytes (Django's CharField); what a
view reads by hand goes through these.
"""

from django.http import QueryDict

# Far past any real list (20 results a page): a higher number is treated as
# this one, which is past the end, so the visitor gets the last page.
MAX_PAGE_NUMBER = 10_000
MAX_TEXT_LENGTH = 200


def page_number(value: object) -> int:
    """A page number between 1 and MAX_PAGE_NUMBER; anything not an integer is page 1."""
    try:
        number = int(str(value))
    except ValueError:
        return 1
    return min(max(number, 1), MAX_PAGE_NUMBER)


def text_parameter(params: QueryDict, name: str, max_length: int = MAX_TEXT_LENGTH) -> str:
    """The parameter's text without NUL bytes or surrounding spaces, cut to `max_length`."""
    return params.get(name, "").replace("\x00", "").strip()[:max_length]


def query_without(params: QueryDict, *names: str) -> str:
    """The query string of `params` without `names`, for pagination and switch links."""
    query = params.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()
