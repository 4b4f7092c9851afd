"""The intern welcome evenings at the Hôtel du Département in Créteil."""

from demo.events import EveningsSpec
from demo.text import Bilingual as T

EVENINGS = EveningsSpec(
    venue_name=T("Hôtel du Département", "Hôtel du Département"),
    venue_address=T(
        "Avenue du Général-de-Gaulle, 94000 Créteil", "Avenue du Général-de-Gaulle, 94000 Créteil"
    ),
    venue_access=T(
        "Métro ligne 8, station Créteil–Préfecture, à cinq minutes à pied. Salle de plain-pied, "
        "accessible en fauteuil roulant.",
        "Metro line 8, Créteil–Préfecture station, a five-minute walk. Step-free room, "
        "wheelchair accessible.",
    ),
    latitude=48.7785,
    longitude=2.4568,
    audience=T(
        "Les internes en médecine générale en stage en Val-de-Marne ce semestre, et les "
        "étudiants des facultés de Créteil et du Kremlin-Bicêtre qui pensent y exercer.",
        "General-medicine interns on placement in Val-de-Marne this semester, and students of "
        "the Créteil and Le Kremlin-Bicêtre faculties thinking of practising here.",
    ),
    next_intro=T(
        "Vous commencez votre semestre en Val-de-Marne ? Le Département vous présente ses "
        "maisons et centres de santé, ses aides et les praticiens qui accueillent des "
        "internes.",
        "Starting your semester in Val-de-Marne? The Département introduces its health "
        "centres, its aids and the practitioners who host interns.",
    ),
    section_intro=T(
        "<p>Deux fois par an, au début de chaque semestre de stage, le Département invite les "
        "internes à une soirée d’accueil à Créteil : découvrir l’exercice en ville dans le "
        "Val-de-Marne, rencontrer les équipes des maisons et des centres municipaux de santé "
        "et les élus.</p>",
        "<p>Twice a year, at the start of each placement semester, the Département invites "
        "interns to a welcome evening in Créteil: to discover practice in town in "
        "Val-de-Marne and to meet the teams of the maisons de santé and municipal health "
        "centres, and the elected officials.</p>",
    ),
)
