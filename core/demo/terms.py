"""The shared lists of terms, added where a slug is missing and never overwritten."""

from core.demo.content.taxonomy import CAREER_STAGES, FACULTIES, PROFESSIONS, SPECIALTIES, TermSpec
from core.models import CareerStage, Faculty, Profession, Specialty
from core.models.taxonomy import Term

LISTS: list[tuple[type[Term], list[TermSpec]]] = [
    (Profession, PROFESSIONS),
    (CareerStage, CAREER_STAGES),
    (Faculty, FACULTIES),
    (Specialty, SPECIALTIES),
]


def ensure_terms() -> int:
    """Create the terms of the demo lists that do not exist yet; return how many were created."""
    created_count = 0
    for model, terms in LISTS:
        existing = set(model.objects.values_list("slug", flat=True))
        missing = [
            model(slug=term.slug, name_fr=term.name.fr, name_en=term.name.en, sort_order=rank * 10)
            for rank, term in enumerate(terms, start=1)
            if term.slug not in existing
        ]
        model.objects.bulk_create(missing)
        created_count += len(missing)
    return created_count
