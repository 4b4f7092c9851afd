"""Communes of Val-de-Marne and places to practise, for the demo.

Names, INSEE codes, postcodes and town-hall positions are those of the real
communes; the zonage is illustrative (the ARS Île-de-France decree is the
reference). The five maisons de santé are those the Département co-financed;
their addresses, like those of the municipal health centres, are illustrative.
"""

from demo.specs import GP, MIDWIFE, NURSE, PHYSIO, CommuneSpec, PlaceSpec, zones

COMMUNES = [
    CommuneSpec("Créteil", "creteil", "94028", "94000", 48.7904, 2.4556, zones("zac", "zac")),
    CommuneSpec(
        "Ivry-sur-Seine",
        "ivry-sur-seine",
        "94041",
        "94200",
        48.8131,
        2.3848,
        zones("zip", "zac", "zac"),
    ),
    CommuneSpec("Villejuif", "villejuif", "94076", "94800", 48.7922, 2.3636, zones("zac", "zac")),
    CommuneSpec(
        "Champigny-sur-Marne",
        "champigny-sur-marne",
        "94017",
        "94500",
        48.8172,
        2.5156,
        zones("zip", "zip", "zac"),
    ),
    CommuneSpec("Cachan", "cachan", "94016", "94230", 48.7914, 2.3319, zones("zac")),
    CommuneSpec(
        "Choisy-le-Roi",
        "choisy-le-roi",
        "94022",
        "94600",
        48.7636,
        2.4089,
        zones("zip", "zac", "zip"),
    ),
    CommuneSpec(
        "Le Kremlin-Bicêtre",
        "le-kremlin-bicetre",
        "94043",
        "94270",
        48.8102,
        2.3581,
        zones("zac"),
    ),
    CommuneSpec(
        "Vitry-sur-Seine",
        "vitry-sur-seine",
        "94081",
        "94400",
        48.7875,
        2.3928,
        zones("zip", "zip", "zac"),
    ),
    CommuneSpec(
        "Villeneuve-Saint-Georges",
        "villeneuve-saint-georges",
        "94078",
        "94190",
        48.7325,
        2.4497,
        zones("zip", "zip", "zip"),
    ),
    CommuneSpec("Orly", "orly", "94054", "94310", 48.7447, 2.3939, zones("zip", "zac")),
    CommuneSpec(
        "Saint-Maur-des-Fossés", "saint-maur-des-fosses", "94068", "94100", 48.7994, 2.4997
    ),
    CommuneSpec(
        "Fontenay-sous-Bois",
        "fontenay-sous-bois",
        "94033",
        "94120",
        48.8511,
        2.4772,
        zones("zac"),
    ),
    CommuneSpec("Sucy-en-Brie", "sucy-en-brie", "94071", "94370", 48.7697, 2.5228),
]

MSP_PROFESSIONS = (GP, MIDWIFE, PHYSIO, NURSE)

# The five maisons de santé the Département co-financed.
MSP = [
    PlaceSpec(
        f"Maison de santé pluriprofessionnelle de {name}",
        f"msp-{slug}",
        "msp",
        address,
        slug,
        latitude,
        longitude,
        MSP_PROFESSIONS,
    )
    for name, slug, address, latitude, longitude in (
        ("Ivry-sur-Seine", "ivry-sur-seine", "12 rue Marat", 48.8118, 2.3872),
        ("Villejuif", "villejuif", "8 rue Jean-Jaurès", 48.7911, 2.3651),
        ("Champigny-sur-Marne", "champigny-sur-marne", "20 rue Louis-Talamoni", 48.8160, 2.5120),
        ("Cachan", "cachan", "5 avenue Carnot", 48.7925, 2.3340),
        ("Choisy-le-Roi", "choisy-le-roi", "3 avenue Anatole-France", 48.7648, 2.4102),
    )
]

# Municipal health centres (centres municipaux de santé, CMS).
CMS = [
    PlaceSpec(
        f"Centre municipal de santé de {name}",
        f"cms-{slug}",
        "centre",
        address,
        slug,
        latitude,
        longitude,
        (GP, NURSE, MIDWIFE),
    )
    for name, slug, address, latitude, longitude in (
        ("Vitry-sur-Seine", "vitry-sur-seine", "1 rue Pasteur", 48.7890, 2.3905),
        ("Champigny-sur-Marne", "champigny-sur-marne", "4 rue de Bernaü", 48.8185, 2.5170),
        (
            "Villeneuve-Saint-Georges",
            "villeneuve-saint-georges",
            "10 rue de Paris",
            48.7330,
            2.4480,
        ),
        ("Orly", "orly", "2 place du Fer-à-Cheval", 48.7460, 2.3950),
    )
]

HOSPITALS = [
    PlaceSpec(name, slug, "hospital", address, commune, latitude, longitude, (GP, MIDWIFE, NURSE))
    for name, slug, address, commune, latitude, longitude in (
        (
            "Hôpital Henri-Mondor (AP-HP)",
            "hopital-henri-mondor",
            "1 rue Gustave-Eiffel",
            "creteil",
            48.7975,
            2.4528,
        ),
        (
            "Centre hospitalier intercommunal de Créteil",
            "chi-creteil",
            "40 avenue de Verdun",
            "creteil",
            48.7913,
            2.4483,
        ),
        (
            "Hôpital Bicêtre (AP-HP)",
            "hopital-bicetre",
            "78 rue du Général-Leclerc",
            "le-kremlin-bicetre",
            48.8096,
            2.3530,
        ),
        (
            "Hôpital Paul-Brousse (AP-HP)",
            "hopital-paul-brousse",
            "12 avenue Paul-Vaillant-Couturier",
            "villejuif",
            48.7949,
            2.3625,
        ),
        (
            "Centre hospitalier de Villeneuve-Saint-Georges",
            "chi-villeneuve-saint-georges",
            "40 allée de la Source",
            "villeneuve-saint-georges",
            48.7266,
            2.4544,
        ),
    )
]

PLACES = [*MSP, *CMS, *HOSPITALS]
