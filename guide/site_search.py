"""Communes in the header's search (core.site_search): each leads to its page in the guide,
with its zonage and the aids one may claim there."""

from core.search_text import matching_every_word
from core.site_search import SearchHit
from guide.models import GuideIndexPage
from territory.models import Commune

SEARCHED_FIELDS = ["name", "postcode"]


def communes_matching(words: list[str], limit: int) -> tuple[list[SearchHit], int]:
    guide = GuideIndexPage.for_active_language()
    if guide is None:
        return [], 0
    communes = matching_every_word(Commune.objects.all(), SEARCHED_FIELDS, words)
    hits = [
        SearchHit(
            commune.name,
            guide.url + guide.reverse_subpage("commune", kwargs={"slug": commune.slug}),
            commune.postcode,
        )
        for commune in communes.order_by("name", "pk")[:limit]
    ]
    return hits, communes.count()
