"""The demo's communes, zonage and places to practise, added where a slug is missing."""

from core.demo.content import DemoContent
from core.demo.specs import PlaceSpec
from core.models import Profession
from territory.models import Commune, CommuneZoning, PlaceKind, PlaceToPractise


def ensure_territory(content: DemoContent) -> int:
    """Create the missing communes (with their zonage) and places; return how many were created."""
    professions = {p.slug: p for p in Profession.objects.all()}
    created = 0
    existing = set(Commune.objects.values_list("slug", flat=True))
    for spec in content.communes:
        if spec.slug in existing:
            continue
        commune = Commune.objects.create(
            name=spec.name,
            slug=spec.slug,
            insee_code=spec.insee_code,
            postcode=spec.postcode,
            latitude=spec.latitude,
            longitude=spec.longitude,
        )
        CommuneZoning.objects.bulk_create(
            CommuneZoning(commune=commune, profession=professions[slug], zone=zone)
            for slug, zone in spec.zones.items()
            if slug in professions
        )
        created += 1

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
