"""Filtered lists (guide, supervisors): the filters in use, each with a link that removes it."""

from dataclasses import dataclass

from django.http import QueryDict


@dataclass(frozen=True)
class FilterChip:
    """A filter in use, shown as a chip, with the address of the same list without it."""

    label: str
    remove_url: str


def url_with(params: QueryDict, **changes: list[str]) -> str:
    """The query string of `params` with some parameters replaced; the page number dropped.

    An empty list removes the parameter. Always starts with "?", so that it
    can serve as a link that keeps the current path.
    """
    query = params.copy()
    query.pop("page", None)
    for name, values in changes.items():
        query.setlist(name, values)
    return f"?{query.urlencode()}"
