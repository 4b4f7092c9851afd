"""The header's search beyond pages: housing listings, supervisors, communes…

Sections whose records are not Wagtail pages register a source here (from
their AppConfig.ready()); the search page shows each source's results as a
group of its own, after the pages. A source reads public fields only: never
an address, a phone number or an e-mail address.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.functional import Promise

# Each group shows this many results and says how many there are in all.
RESULTS_PER_GROUP = 10


@dataclass(frozen=True)
class SearchHit:
    """One record found: its name, its public page, a detail such as its commune."""

    title: str
    url: str
    detail: str = ""


@dataclass(frozen=True)
class SearchGroup:
    """The records of one kind that match, as the search page lists them."""

    key: str
    heading: str | Promise
    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0


# A source takes the folded words of the query (core.search_text.search_words) and
# returns the matching hits, best first, and how many match in all.
SearchSource = Callable[[list[str], int], tuple[list[SearchHit], int]]

_sources: dict[str, tuple[int, str | Promise, SearchSource]] = {}


def register_search_source(
    key: str, heading: str | Promise, source: SearchSource, order: int = 100
) -> None:
    """Add a group to the site search, or replace the one with the same key."""
    _sources[key] = (order, heading, source)


def search_groups(words: list[str], limit: int = RESULTS_PER_GROUP) -> list[SearchGroup]:
    """The registered sources' results for `words`, in their order; empty groups left out."""
    groups = []
    for key, (_order, heading, source) in sorted(_sources.items(), key=lambda item: item[1][0]):
        hits, total = source(words, limit)
        if total:
            groups.append(SearchGroup(key, heading, hits, total))
    return groups
