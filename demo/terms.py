"""The demo's lists of terms: the national ones and the faculties near its département."""

from core.models import Faculty
from core.models.taxonomy import Term
from core.national_terms import NATIONAL_LISTS, TermSpec, ensure_terms
from demo.content.faculties import FACULTIES

LISTS: list[tuple[type[Term], list[TermSpec]]] = [*NATIONAL_LISTS, (Faculty, FACULTIES)]


def ensure_demo_terms() -> int:
    """Create the demo's terms that do not exist yet; return how many were created."""
    return ensure_terms(LISTS)
