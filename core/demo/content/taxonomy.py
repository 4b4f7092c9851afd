"""The shared lists: professions, career stages, faculties and specialties.

Slugs are in French, the site's default language, and never change once
published (they appear in the addresses of filtered lists).
"""

from dataclasses import dataclass

from core.demo.text import Bilingual as T


@dataclass(frozen=True)
class TermSpec:
    """One term of a list, with its label in both languages."""

    slug: str
    name: T


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

FACULTIES = [
    TermSpec("upec", T("Université Paris-Est Créteil", "Université Paris-Est Créteil")),
    TermSpec("sorbonne-universite", T("Sorbonne Université", "Sorbonne Université")),
    TermSpec("universite-paris-cite", T("Université Paris Cité", "Université Paris Cité")),
    TermSpec("universite-paris-saclay", T("Université Paris-Saclay", "Université Paris-Saclay")),
    TermSpec(
        "universite-sorbonne-paris-nord",
        T("Université Sorbonne Paris Nord", "Université Sorbonne Paris Nord"),
    ),
    TermSpec("ecole-sages-femmes", T("École de sages-femmes", "Midwifery school")),
    TermSpec(
        "ifmk",
        T(
            "Institut de formation en masso-kinésithérapie (IFMK)",
            "Physiotherapy school (IFMK)",
        ),
    ),
    TermSpec(
        "ifsi",
        T("Institut de formation en soins infirmiers (IFSI)", "Nursing school (IFSI)"),
    ),
    TermSpec(
        "hors-ile-de-france", T("Faculté hors Île-de-France", "Faculty outside Île-de-France")
    ),
    TermSpec("etranger", T("Faculté à l’étranger", "Faculty abroad")),
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

# The supervisor directory's lists.
LEARNER_LEVELS = [
    TermSpec("externe", T("Externe (2e cycle)", "Extern (medical student)")),
    TermSpec("phase-socle", T("Interne en phase socle", "Intern, foundation phase")),
    TermSpec(
        "phase-approfondissement",
        T("Interne en phase d’approfondissement", "Intern, deepening phase"),
    ),
    TermSpec("saspas", T("SASPAS", "SASPAS (autonomous primary-care placement)")),
    TermSpec("docteur-junior", T("Docteur junior", "Junior doctor")),
    TermSpec("etudiant-sage-femme", T("Étudiant·e sage-femme", "Midwifery student")),
    TermSpec("etudiant-kine", T("Étudiant·e en kinésithérapie", "Physiotherapy student")),
]

LANGUAGES = [
    TermSpec("francais", T("Français", "French")),
    TermSpec("anglais", T("Anglais", "English")),
    TermSpec("espagnol", T("Espagnol", "Spanish")),
    TermSpec("arabe", T("Arabe", "Arabic")),
    TermSpec("portugais", T("Portugais", "Portuguese")),
    TermSpec("allemand", T("Allemand", "German")),
    TermSpec("italien", T("Italien", "Italian")),
    TermSpec("roumain", T("Roumain", "Romanian")),
]

# The kinds of aid of the guide.
AID_KINDS = [
    TermSpec("subvention", T("Subvention", "Grant")),
    TermSpec("bourse-etudes", T("Bourse d’études", "Study bursary")),
    TermSpec("contrat", T("Contrat", "Contract")),
    TermSpec("prime", T("Prime", "Bonus")),
    TermSpec("exoneration-fiscale", T("Exonération fiscale", "Tax exemption")),
    TermSpec("logement", T("Logement", "Housing")),
    TermSpec("accompagnement", T("Accompagnement", "Support")),
]
