"""The shared lists of terms, added where a slug is missing and never overwritten."""

from core.demo.content.taxonomy import CAREER_STAGES, FACULTIES, PROFESSIONS, SPECIALTIES, TermSpec
from core.models import CareerStage, Faculty, Profession, Specialty
from core.models.taxonomy import Term

# The lists every département's portal needs, whatever its content: the
# professions and career stages the aids, the zonage and the finder name.
NATIONAL_LISTS: list[tuple[type[Term], list[TermSpec]]] = [
    (Profession, PROFESSIONS),
    (CareerStage, CAREER_STAGES),
    (Specialty, SPECIALTIES),
]
# The faculties are those near the demo's département.
LISTS: list[tuple[type[Term], list[TermSpec]]] = [*NATIONAL_LISTS, (Faculty, FACULTIES)]


def ensure_terms(lists: list[tuple[type[Term], list[TermSpec]]] = LISTS) -> int:
    """Create the terms of `lists` that do not exist yet; return how many were created."""
    created_count = 0
    for model, terms in lists:
        existing = set(model.objects.values_list("slug", flat=True))
        missing = [
            model(slug=term.slug, name_fr=term.name.fr, name_en=term.name.en, sort_order=rank * 10)
            for rank, term in enumerate(terms, start=1)
            if term.slug not in existing
        ]
        model.objects.bulk_create(missing)
        created_count += len(missing)
    return created_count


def ensure_national_terms() -> int:
    """The lists a bare portal needs (territory.setup): professions, stages, specialties."""
    return ensure_terms(NATIONAL_LISTS)
