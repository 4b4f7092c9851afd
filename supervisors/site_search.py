"""Listed supervisors in the header's search (core.site_search): name, profession, specialty,
commune and place of practice; never the address, the phone or the e-mail."""

from core.search_text import matching_every_word
from core.site_search import SearchHit
from supervisors.models import Supervisor, SupervisorIndexPage

SEARCHED_FIELDS = [
    "first_name",
    "last_name",
    "profession__name_fr",
    "profession__name_en",
    "specialty__name_fr",
    "specialty__name_en",
    "commune__name",
    "place__name",
]


def supervisors_matching(words: list[str], limit: int) -> tuple[list[SearchHit], int]:
    directory = SupervisorIndexPage.for_active_language()
    if directory is None:
        return [], 0
    supervisors = matching_every_word(Supervisor.objects.listed(), SEARCHED_FIELDS, words)
    index_url = directory.url
    hits = [
        SearchHit(
            supervisor.display_name,
            directory.supervisor_url(supervisor, index_url),
            " — ".join(str(part) for part in (supervisor.profession, supervisor.commune) if part),
        )
        for supervisor in supervisors.for_cards().order_by("last_name", "first_name", "pk")[:limit]
    ]
    return hits, supervisors.count()
