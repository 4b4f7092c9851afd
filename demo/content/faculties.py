"""The faculties near the demo départements (Île-de-France), for the demo's lists."""

from core.national_terms import TermSpec
from demo.text import Bilingual as T

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
