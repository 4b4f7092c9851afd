"""Set up a département's territory: every commune, its postcodes, position, outline and EPCI.

`setup_departement("94")` on an empty database gives a bare portal its
communes and the national term lists; run again, it updates the communes
from the data without duplicating them. A commune that has since become a
commune déléguée or associée of a "commune nouvelle" is merged into it:
what pointed to the former commune (listings, supervisors, places, zonage)
moves to the new one, and the former one goes.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Model
from django.utils.text import slugify
from wagtail.search.backends import get_search_backend

from core.national_terms import ensure_national_terms
from pagecache import invalidation
from territory.models import Commune, CommuneBoundary, CommuneZoning
from territory.sources import CommuneRecord, DataFranceSource, DepartementData

BATCH_SIZE = 500
UPDATED_FIELDS = [
    "name",
    "postcode",
    "other_postcodes",
    "population",
    "latitude",
    "longitude",
    "epci_code",
    "epci_name",
]


@dataclass
class SetupReport:
    """What `setup_departement` did."""

    code: str
    name: str
    created: int = 0
    updated: int = 0
    merged: list[tuple[str, str]] = field(default_factory=list)  # (former, commune nouvelle)
    terms: int = 0


def setup_departement(code: str, source: DataFranceSource | None = None) -> SetupReport:
    """Load or update the communes of département `code` and the term lists."""
    data = (source or DataFranceSource()).departement(code)
    return load_departement(data)


@transaction.atomic
def load_departement(data: DepartementData) -> SetupReport:
    """Write `data` to the database, in one transaction."""
    report = SetupReport(code=data.code, name=data.name)
    report.terms = ensure_national_terms()
    existing = {c.insee_code: c for c in Commune.objects.filter(insee_code__in=_codes(data))}
    taken_slugs = set(Commune.objects.values_list("slug", flat=True))
    created, updated = [], []
    for record in data.communes:
        commune = existing.get(record.insee_code)
        if commune is None:
            commune = Commune(insee_code=record.insee_code, slug=_free_slug(record, taken_slugs))
            created.append(commune)
        else:
            updated.append(commune)
        _copy(record, commune)
    Commune.objects.bulk_create(created, batch_size=BATCH_SIZE)
    Commune.objects.bulk_update(updated, UPDATED_FIELDS, batch_size=BATCH_SIZE)
    report.created, report.updated = len(created), len(updated)

    communes = {c.insee_code: c for c in Commune.objects.filter(insee_code__in=_codes(data))}
    _replace_boundaries(data.communes, communes)
    for former in Commune.objects.filter(insee_code__in=data.absorbed):
        merge_commune(former, communes[data.absorbed[former.insee_code]])
        report.merged.append((former.insee_code, data.absorbed[former.insee_code]))

    # Bulk writes send no signals: index the communes for the admin's search,
    # and invalidate the cached pages that list them, as a save would.
    get_search_backend().add_bulk(Commune, list(communes.values()))
    invalidation.invalidate_on_commit(invalidation.whole_site())
    return report


def _codes(data: DepartementData) -> list[str]:
    return [record.insee_code for record in data.communes]


def _free_slug(record: CommuneRecord, taken: set[str]) -> str:
    """The name's slug; with the INSEE code when another commune has the name."""
    slug = slugify(record.name)[:120] or record.insee_code.lower()
    if slug in taken:
        slug = f"{slug}-{record.insee_code.lower()}"
    taken.add(slug)
    return slug


def _copy(record: CommuneRecord, commune: Commune) -> None:
    commune.name = record.name
    commune.postcode = record.postcode
    commune.other_postcodes = " ".join(record.other_postcodes)
    commune.population = record.population
    commune.latitude = record.position.latitude
    commune.longitude = record.position.longitude
    commune.epci_code = record.epci_code
    commune.epci_name = record.epci_name


def _replace_boundaries(records: list[CommuneRecord], communes: dict[str, Commune]) -> None:
    CommuneBoundary.objects.filter(commune__in=communes.values()).delete()
    CommuneBoundary.objects.bulk_create(
        (
            CommuneBoundary(commune=communes[record.insee_code], geometry=record.boundary)
            for record in records
            if record.boundary
        ),
        batch_size=BATCH_SIZE,
    )


@transaction.atomic
def merge_commune(former: Commune, into: Commune) -> None:
    """Move everything that points to `former` onto `into`, then delete `former`.

    The zonage of `into` wins where both have one for a profession; the
    outline of `former` goes (the commune nouvelle's covers it).
    """
    CommuneZoning.objects.filter(
        commune=former, profession__in=into.zonings.values("profession")
    ).delete()
    for relation in Commune._meta.related_objects:
        if relation.one_to_one:
            continue
        model: type[Model] = relation.related_model
        name = relation.field.name
        if relation.many_to_many:
            for obj in model._base_manager.filter(**{name: former}):
                getattr(obj, name).remove(former)
                getattr(obj, name).add(into)
        else:
            model._base_manager.filter(**{name: former}).update(**{name: into})
    former.delete()
