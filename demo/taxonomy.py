"""The demo's own lists: learner levels, languages and kinds of aid.

The lists every portal starts with are core.national_terms. Slugs are in
French and never change once published.
"""

from core.national_terms import TermSpec
from demo.text import Bilingual as T

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
