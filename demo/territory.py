"""The demo's territory: its département's real communes, then its illustrative zonage and places.

The communes come from the open data (territory.setup), as for any portal;
the demo's hand-typed commune specs only add the illustrative zonage, matched
by INSEE code, and the slugs that the rest of the demo content uses.
"""

from core.models import Profession
from demo.content import DemoContent
from demo.specs import PlaceSpec
from territory.models import Commune, CommuneZoning, PlaceKind, PlaceToPractise
from territory.setup import setup_departement


def ensure_communes(code: str) -> int:
    """Set up département `code` once; return how many communes were created."""
    # Outlines come only from setup_departement: a database that has them was set
    # up, and later runs stay quick (the command updates it on request). One that
    # holds only communes typed by hand, as earlier demos did, gets the others.
    if Commune.objects.filter(insee_code__startswith=code, boundary__isnull=False).exists():
        return 0
    return setup_departement(code).created


def ensure_territory(content: DemoContent) -> int:
    """The communes, the demo's zonage where a commune has none, and the missing places;
    return how many communes, zonings and places were created."""
    created = ensure_communes(content.code)
    professions = {p.slug: p for p in Profession.objects.all()}
    codes = [spec.insee_code for spec in content.communes]
    communes = {c.insee_code: c for c in Commune.objects.filter(insee_code__in=codes)}
    taken = set(Commune.objects.values_list("slug", flat=True))
    zoned = set(CommuneZoning.objects.values_list("commune_id", flat=True))
    for spec in content.communes:
        commune = communes.get(spec.insee_code)
        if commune is None:  # not in the open data: the spec is all there is
            commune = Commune.objects.create(
                name=spec.name,
                slug=spec.slug,
                insee_code=spec.insee_code,
                postcode=spec.postcode,
                latitude=spec.latitude,
                longitude=spec.longitude,
            )
            created += 1
        elif commune.slug != spec.slug and spec.slug not in taken:
            # The demo's listings, supervisors and places name it by this slug.
            commune.slug = spec.slug
            commune.save(update_fields=["slug"])
        if commune.pk not in zoned:
            zonings = CommuneZoning.objects.bulk_create(
                CommuneZoning(commune=commune, profession=professions[slug], zone=zone)
                for slug, zone in spec.zones.items()
                if slug in professions
            )
            created += len(zonings)

    communes = {c.slug: c for c in Commune.objects.all()}
    existing = set(PlaceToPractise.objects.values_list("slug", flat=True))
    for spec in [*content.places, *cabins(communes, content)]:
        if spec.slug in existing:
            continue
        place = PlaceToPractise.objects.create(
            name=spec.name,
            slug=spec.slug,
            kind=spec.kind,
            address=spec.address,
            commune=communes[spec.commune],
            latitude=spec.latitude,
            longitude=spec.longitude,
            url=spec.url,
        )
        place.professions.set([professions[s] for s in spec.professions if s in professions])
        created += 1
    return created


def cabins(communes: dict[str, Commune], content: DemoContent) -> list[PlaceSpec]:
    """The teleconsultation cabins, one by each town hall of the content's cabin communes."""
    return [
        PlaceSpec(
            name=f"Cabine de téléconsultation de {communes[slug].name}",
            slug=f"cabine-{slug}",
            kind=PlaceKind.TELECONSULTATION,
            address=content.cabin_address,
            commune=slug,
            latitude=communes[slug].latitude,
            longitude=communes[slug].longitude,
        )
        for slug in content.cabin_communes
    ]
