"""Communes of Seine-et-Marne and places to practise, for the demo.

Names, INSEE codes, postcodes and positions are those of the real communes;
the zonage is illustrative (the ARS Île-de-France decree is the reference),
and an editor replaces it by importing the ARS file.
"""

from demo.specs import GP, MIDWIFE, NURSE, PHYSIO, CommuneSpec, PlaceSpec, zones

COMMUNES = [
    CommuneSpec("Melun", "melun", "77288", "77000", 48.5421, 2.6554, zones("zac", "zac")),
    CommuneSpec("Meaux", "meaux", "77284", "77100", 48.9601, 2.8788, zones("zip", "zac", "zac")),
    CommuneSpec("Fontainebleau", "fontainebleau", "77186", "77300", 48.4047, 2.7016, zones("zac")),
    CommuneSpec(
        "Coulommiers", "coulommiers", "77131", "77120", 48.8125, 3.0838, zones("zip", "zip", "zip")
    ),
    CommuneSpec(
        "Nemours", "nemours", "77333", "77140", 48.2673, 2.6966, zones("zip", "zip", "zac")
    ),
    CommuneSpec("Torcy", "torcy", "77468", "77200", 48.8502, 2.6508, zones("zac", "", "zac")),
    CommuneSpec(
        "Provins", "provins", "77379", "77160", 48.5597, 3.2994, zones("zip", "zip", "zip")
    ),
    CommuneSpec("Chelles", "chelles", "77108", "77500", 48.8811, 2.5905, zones("zip", "zac")),
    CommuneSpec(
        "Pontault-Combault", "pontault-combault", "77373", "77340", 48.8013, 2.6075, zones("zac")
    ),
    CommuneSpec(
        "Montereau-Fault-Yonne",
        "montereau-fault-yonne",
        "77305",
        "77130",
        48.3853,
        2.9508,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec(
        "Lagny-sur-Marne", "lagny-sur-marne", "77243", "77400", 48.8733, 2.7069, zones("zac")
    ),
    CommuneSpec(
        "Savigny-le-Temple",
        "savigny-le-temple",
        "77445",
        "77176",
        48.5841,
        2.5827,
        zones("zip", "zac"),
    ),
    CommuneSpec(
        "Combs-la-Ville", "combs-la-ville", "77122", "77380", 48.6647, 2.5636, zones("zac")
    ),
    CommuneSpec(
        "Dammarie-les-Lys", "dammarie-les-lys", "77152", "77190", 48.5163, 2.6397, zones("zip")
    ),
    CommuneSpec(
        "Le Mée-sur-Seine",
        "le-mee-sur-seine",
        "77285",
        "77350",
        48.5333,
        2.6289,
        zones("zip", "zac"),
    ),
    CommuneSpec("Champs-sur-Marne", "champs-sur-marne", "77083", "77420", 48.8529, 2.6027),
    CommuneSpec("Noisiel", "noisiel", "77337", "77186", 48.8467, 2.6275, zones("zac")),
    CommuneSpec("Bussy-Saint-Georges", "bussy-saint-georges", "77058", "77600", 48.8412, 2.7010),
    CommuneSpec("Serris", "serris", "77449", "77700", 48.8453, 2.7861),
    CommuneSpec("Mitry-Mory", "mitry-mory", "77294", "77290", 48.9833, 2.6167, zones("zip")),
    CommuneSpec("Villeparisis", "villeparisis", "77514", "77270", 48.9420, 2.6144, zones("zac")),
    CommuneSpec(
        "La Ferté-sous-Jouarre",
        "la-ferte-sous-jouarre",
        "77183",
        "77260",
        48.9497,
        3.1283,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec(
        "Brie-Comte-Robert", "brie-comte-robert", "77053", "77170", 48.6917, 2.6103, zones("zac")
    ),
    CommuneSpec(
        "Tournan-en-Brie", "tournan-en-brie", "77470", "77220", 48.7406, 2.7683, zones("zac", "zac")
    ),
    CommuneSpec(
        "Rozay-en-Brie",
        "rozay-en-brie",
        "77393",
        "77540",
        48.6833,
        2.9594,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec("Nangis", "nangis", "77327", "77370", 48.5553, 3.0153, zones("zip", "zip", "zac")),
    CommuneSpec(
        "Le Châtelet-en-Brie",
        "le-chatelet-en-brie",
        "77100",
        "77820",
        48.5044,
        2.7967,
        zones("zip", "zac", "zip"),
    ),
    CommuneSpec(
        "Château-Landon",
        "chateau-landon",
        "77099",
        "77570",
        48.1472,
        2.6992,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec(
        "Souppes-sur-Loing",
        "souppes-sur-loing",
        "77458",
        "77460",
        48.1833,
        2.7333,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec(
        "Bray-sur-Seine",
        "bray-sur-seine",
        "77051",
        "77480",
        48.4147,
        3.2386,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec(
        "Donnemarie-Dontilly",
        "donnemarie-dontilly",
        "77159",
        "77520",
        48.4772,
        3.1289,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec(
        "La Ferté-Gaucher",
        "la-ferte-gaucher",
        "77182",
        "77320",
        48.7833,
        3.3056,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec(
        "Lizy-sur-Ourcq",
        "lizy-sur-ourcq",
        "77257",
        "77440",
        49.0247,
        3.0233,
        zones("zip", "zac", "zip"),
    ),
    CommuneSpec("Jossigny", "jossigny", "77237", "77600", 48.8364, 2.7608),
]


MSPU_PROFESSIONS = (GP, MIDWIFE, PHYSIO, NURSE)

PLACES = [
    PlaceSpec(
        "MSPU de Coulommiers",
        "mspu-coulommiers",
        "mspu",
        "4 rue Gabriel Péri",
        "coulommiers",
        48.8139,
        3.0861,
        MSPU_PROFESSIONS,
    ),
    PlaceSpec(
        "MSPU de Fontainebleau",
        "mspu-fontainebleau",
        "mspu",
        "55 boulevard du Maréchal Joffre",
        "fontainebleau",
        48.4081,
        2.7042,
        MSPU_PROFESSIONS,
    ),
    PlaceSpec(
        "MSPU de Nemours",
        "mspu-nemours",
        "mspu",
        "15 rue des Tanneurs",
        "nemours",
        48.2683,
        2.6939,
        MSPU_PROFESSIONS,
    ),
    PlaceSpec(
        "MSPU de Torcy",
        "mspu-torcy",
        "mspu",
        "2 place de l'Appel du 18 Juin",
        "torcy",
        48.8489,
        2.6531,
        MSPU_PROFESSIONS,
    ),
    PlaceSpec(
        "Centre de santé Sud 77",
        "centre-sante-sud-77",
        "centre",
        "12 rue de la Mairie",
        "le-chatelet-en-brie",
        48.5051,
        2.7954,
        (GP, NURSE),
    ),
    PlaceSpec(
        "Hôpital de Melun (Santépôle)",
        "hopital-melun",
        "hospital",
        "270 avenue Marc Jacquet",
        "melun",
        48.5530,
        2.6689,
        (GP, MIDWIFE, NURSE),
    ),
    PlaceSpec(
        "Hôpital de Meaux",
        "hopital-meaux",
        "hospital",
        "6-8 rue Saint-Fiacre",
        "meaux",
        48.9527,
        2.8911,
        (GP, MIDWIFE, NURSE),
    ),
    PlaceSpec(
        "Hôpital de Marne-la-Vallée",
        "hopital-marne-la-vallee",
        "hospital",
        "2-4 cours de la Gondoire",
        "jossigny",
        48.8354,
        2.7570,
        (GP, MIDWIFE, NURSE),
    ),
    PlaceSpec(
        "Hôpital de Provins",
        "hopital-provins",
        "hospital",
        "Route de Chalautre",
        "provins",
        48.5628,
        3.3147,
        (GP, MIDWIFE, NURSE),
    ),
    PlaceSpec(
        "Hôpital de Fontainebleau",
        "hopital-fontainebleau",
        "hospital",
        "55 boulevard du Maréchal Joffre",
        "fontainebleau",
        48.4075,
        2.7050,
        (GP, MIDWIFE, NURSE),
    ),
    PlaceSpec(
        "Hôpital de Coulommiers",
        "hopital-coulommiers",
        "hospital",
        "4 rue Gabriel Péri",
        "coulommiers",
        48.8131,
        3.0873,
        (GP, MIDWIFE, NURSE),
    ),
]

# The nine teleconsultation cabins in service, in communes far from a surgery.
CABIN_COMMUNES = [
    "chateau-landon",
    "souppes-sur-loing",
    "bray-sur-seine",
    "donnemarie-dontilly",
    "la-ferte-gaucher",
    "lizy-sur-ourcq",
    "rozay-en-brie",
    "nangis",
    "la-ferte-sous-jouarre",
]
CABIN_ADDRESS = "Place de la Mairie"
