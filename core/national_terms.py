"""The term lists every département's portal starts with: professions, career stages and
specialties, which the aids, the zonage and the finder name (`setup_departement`).

Slugs are in French, the site's default language, and never change once
published (they appear in the addresses of filtered lists). Terms are added
where a slug is missing and never overwritten: editors may rename them.
"""

from dataclasses import dataclass
from typing import Protocol

from core.models import CareerStage, Profession, Specialty
from core.models.taxonomy import Term


class Named(Protocol):
    fr: str
    en: str


@dataclass(frozen=True)
class Names:
    """A term's label in French and in English."""

    fr: str
    en: str


@dataclass(frozen=True)
class TermSpec:
    """One term of a list, with its label in both languages."""

    slug: str
    name: Named


T = Names

PROFESSIONS = [
    TermSpec("medecin-generaliste", T("Médecin généraliste", "General practitioner")),
    TermSpec("medecin-specialiste", T("Médecin spécialiste", "Specialist doctor")),
    TermSpec("sage-femme", T("Sage-femme", "Midwife")),
    TermSpec("masseur-kinesitherapeute", T("Masseur-kinésithérapeute", "Physiotherapist")),
    TermSpec("infirmier", T("Infirmier·ère", "Nurse")),
    TermSpec("chirurgien-dentiste", T("Chirurgien-dentiste", "Dentist")),
    TermSpec("orthophoniste", T("Orthophoniste", "Speech therapist")),
    TermSpec("orthoptiste", T("Orthoptiste", "Orthoptist")),
    TermSpec("pharmacien", T("Pharmacien·ne", "Pharmacist")),
    TermSpec("pedicure-podologue", T("Pédicure-podologue", "Podiatrist")),
    TermSpec("ergotherapeute", T("Ergothérapeute", "Occupational therapist")),
]

CAREER_STAGES = [
    TermSpec("etudiant", T("Étudiant·e / externe", "Student / extern")),
    TermSpec("interne", T("Interne", "Intern (resident)")),
    TermSpec("docteur-junior", T("Docteur junior", "Junior doctor")),
    TermSpec("remplacant", T("Remplaçant·e", "Locum")),
    TermSpec("jeune-installe", T("Jeune installé·e", "Recently settled")),
    TermSpec("installe", T("Installé·e", "Established practitioner")),
]

SPECIALTIES = [
    TermSpec("medecine-generale", T("Médecine générale", "General medicine")),
    TermSpec("pediatrie", T("Pédiatrie", "Paediatrics")),
    TermSpec("gynecologie-medicale", T("Gynécologie médicale", "Medical gynaecology")),
    TermSpec("psychiatrie", T("Psychiatrie", "Psychiatry")),
    TermSpec("maieutique", T("Maïeutique", "Midwifery")),
    TermSpec("kinesitherapie", T("Kinésithérapie", "Physiotherapy")),
    TermSpec("dermatologie", T("Dermatologie", "Dermatology")),
    TermSpec("medecine-du-travail", T("Médecine du travail", "Occupational medicine")),
    TermSpec("geriatrie", T("Gériatrie", "Geriatrics")),
    TermSpec("ophtalmologie", T("Ophtalmologie", "Ophthalmology")),
    TermSpec("medecine-d-urgence", T("Médecine d’urgence", "Emergency medicine")),
]

NATIONAL_LISTS: list[tuple[type[Term], list[TermSpec]]] = [
    (Profession, PROFESSIONS),
    (CareerStage, CAREER_STAGES),
    (Specialty, SPECIALTIES),
]


def ensure_terms(lists: list[tuple[type[Term], list[TermSpec]]]) -> int:
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
    """The lists a bare portal needs: professions, career stages, specialties."""
    return ensure_terms(NATIONAL_LISTS)
