"""The intern welcome evenings at the Hôtel du Département in Melun."""

from demo.events import EveningsSpec
from demo.text import Bilingual as T

EVENINGS = EveningsSpec(
    venue_name=T("Hôtel du Département", "Hôtel du Département"),
    venue_address=T("12 rue des Saints-Pères, 77000 Melun", "12 rue des Saints-Pères, 77000 Melun"),
    venue_access=T(
        "À un quart d’heure à pied de la gare de Melun (RER D et ligne R). Parking visiteurs "
        "rue des Saints-Pères. Salle de plain-pied, accessible en fauteuil roulant.",
        "A fifteen-minute walk from Melun station (RER D and line R). Visitor parking on rue des "
        "Saints-Pères. Step-free room, wheelchair accessible.",
    ),
    latitude=48.5394,
    longitude=2.6553,
    audience=T(
        "Les internes en médecine générale en stage en Seine-et-Marne ce semestre, et celles et "
        "ceux qui pensent y faire le prochain.",
        "General-medicine interns on placement in Seine-et-Marne this semester, and those "
        "thinking of doing their next one here.",
    ),
    next_intro=T(
        "Vous commencez votre semestre en Seine-et-Marne ? Le Département vous invite à "
        "découvrir le territoire, ses aides et les praticiens qui y exercent.",
        "Starting your semester in Seine-et-Marne? The Département invites you to discover "
        "the area, its aids and the practitioners who work here.",
    ),
    section_intro=T(
        "<p>Deux fois par an, au début de chaque semestre de stage, le Département invite "
        "les internes en médecine générale à une soirée d’accueil : découvrir ce que la "
        "Seine-et-Marne offre à qui veut y exercer, parler avec des praticiens installés, "
        "rencontrer les élus.</p>",
        "<p>Twice a year, at the start of each placement semester, the Département invites "
        "general-medicine interns to a welcome evening: to discover what Seine-et-Marne "
        "offers those who want to practise here, to talk with established practitioners "
        "and to meet the elected officials.</p>",
    ),
)
