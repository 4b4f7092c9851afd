"""Housing listings for the Val-de-Marne demo: hospital residences, town studios, private rooms.

Positions are near the real hospitals and town centres; addresses, rents and
contacts are illustrative. Periods follow the placements (demo.housing).
"""

from demo.housing import ACROSS, NEXT, YEAR, ListingSpec

INTERNAT = (
    "Les internes partagent une cuisine équipée et une salle commune ; le service des "
    "internes remet les clés le premier jour du stage."
)
STUDIO = (
    "Studio meublé mis à disposition par la ville pour les étudiants en santé en stage dans "
    "ses centres de santé."
)
PRIVATE = "Chambre chez l’habitant, salle d’eau privative, accès à la cuisine. Calme."

LISTINGS = [
    ListingSpec(
        "Chambre à l’internat de l’hôpital Henri-Mondor",
        "residence",
        "creteil",
        "51 avenue du Maréchal-de-Lattre-de-Tassigny",
        48.7968,
        2.4540,
        250,
        "hospital",
        "Service des internes, hôpital Henri-Mondor",
        "internat@henri-mondor.example.org",
        places=10,
        surface=12,
        amenities=("internet", "workspace", "laundry"),
        transport="Métro 8, station Créteil–L’Échat",
        description=INTERNAT,
    ),
    ListingSpec(
        "Chambre à l’internat de l’hôpital Bicêtre",
        "residence",
        "le-kremlin-bicetre",
        "78 rue du Général-Leclerc",
        48.8100,
        2.3538,
        260,
        "hospital",
        "Service des internes, hôpital Bicêtre",
        "internat@bicetre.example.org",
        places=8,
        surface=11,
        amenities=("internet", "workspace", "laundry"),
        transport="Métro 7, station Le Kremlin-Bicêtre",
        description=INTERNAT,
    ),
    ListingSpec(
        "Studio de la ville près de la maison de santé d’Ivry",
        "studio",
        "ivry-sur-seine",
        "30 rue Marat",
        48.8122,
        2.3880,
        420,
        "commune",
        "Ville d’Ivry-sur-Seine, service logement",
        "logement@ivry.example.org",
        surface=20,
        amenities=("internet", "workspace", "step_free"),
        transport="Métro 7, station Mairie d’Ivry",
        description=STUDIO,
    ),
    ListingSpec(
        "Studio meublé à Champigny, près du centre municipal de santé",
        "studio",
        "champigny-sur-marne",
        "9 rue de Bernaü",
        48.8180,
        2.5160,
        390,
        "commune",
        "Ville de Champigny-sur-Marne, service santé",
        "sante@champigny.example.org",
        periods=(YEAR,),
        surface=19,
        transport="RER A, gare de Champigny",
        description=STUDIO,
    ),
    ListingSpec(
        "Chambre chez l’habitant à Villejuif",
        "home_room",
        "villejuif",
        "Rue Jean-Jaurès",
        48.7905,
        2.3660,
        380,
        "private",
        "Mme Rousseau",
        "chambre.villejuif@example.org",
        periods=(ACROSS,),
        surface=13,
        transport="Métro 7, station Villejuif–Louis-Aragon",
        description=PRIVATE,
    ),
    ListingSpec(
        "Appartement partagé du CDOM à Choisy-le-Roi",
        "shared",
        "choisy-le-roi",
        "Avenue Anatole-France",
        48.7640,
        2.4110,
        300,
        "cdom",
        "CDOM 94",
        "logement@cdom94.test",
        periods=(NEXT,),
        places=3,
        surface=60,
        amenities=("internet", "workspace", "laundry"),
        transport="RER C, gare de Choisy-le-Roi",
        description=(
            "Trois chambres meublées pour des internes en stage dans les centres de santé du "
            "sud du département ; loyer modéré, bail d’un semestre."
        ),
    ),
]
