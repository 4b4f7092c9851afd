"""The communes' outlines and zonage as GeoJSON, one static, cacheable file per département.

The zonage page and each commune's page draw the outlines coloured by zone
(static/js/map.js). The file carries, for each commune, its INSEE code, name,
slug and zone per profession (only the priority ones: "none" is the rest),
and its outline simplified and rounded when it was loaded (territory.shapes):
a département of 507 communes weighs about 230 KB, 50 KB compressed.

Its URL carries a hash of its content, like the site's colours
(core.site_colours): browsers keep it for a year, and a change to a commune
or its zonage, which invalidates every cached page (territory.apps), gives the
pages a new URL. The body is kept in the cache under the whole site's invalidation
token, so it is built again only after such a change.
"""

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from django.db.models.functions import Substr
from django.urls import reverse

from pagecache.store import cached_for_site
from territory.models import Commune, CommuneBoundary, CommuneZoning, Zone, departement_of


def departement_geojson(code: str) -> bytes:
    """The FeatureCollection of the communes of département `code` that have an outline."""
    zones: dict[int, dict[str, str]] = defaultdict(dict)
    for commune_id, profession, zone in (
        CommuneZoning.objects.filter(commune__insee_code__startswith=code)
        .exclude(zone=Zone.NONE)
        .values_list("commune_id", "profession__slug", "zone")
    ):
        zones[commune_id][profession] = zone
    features = [
        {
            "type": "Feature",
            "properties": {
                "code": insee_code,
                "name": name,
                "slug": slug,
                "zones": zones.get(commune_id, {}),
            },
            "geometry": geometry,
        }
        for commune_id, insee_code, name, slug, geometry in CommuneBoundary.objects.filter(
            commune__insee_code__startswith=code
        )
        .order_by("commune__insee_code")
        .values_list(
            "commune_id", "commune__insee_code", "commune__name", "commune__slug", "geometry"
        )
        # A département code is a prefix of its communes' codes, but "97" is not a département.
        if departement_of(insee_code) == code
    ]
    document = {"type": "FeatureCollection", "features": features}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def departements_with_outlines() -> list[str]:
    """The codes of the départements some of whose communes have an outline."""
    prefixes = (
        Commune.objects.filter(boundary__isnull=False)
        .annotate(prefix=Substr("insee_code", 1, 3))
        .values_list("prefix", flat=True)
        .distinct()
    )
    return sorted({departement_of(prefix) for prefix in prefixes})


@dataclass(frozen=True)
class Outlines:
    """A département's GeoJSON and the version its URL carries."""

    body: bytes
    version: str


def departement_outlines(request, code: str) -> Outlines:
    """The GeoJSON of département `code`, from the cache until the next site-wide invalidation."""
    return cached_for_site(request, f"outlines:{code}", lambda: _outlines(code))


def _outlines(code: str) -> Outlines:
    body = departement_geojson(code)
    return Outlines(body, hashlib.sha256(body).hexdigest()[:12])


def outlines_urls(request) -> list[str]:
    """The versioned URL of each département's GeoJSON, for a map to draw."""
    return cached_for_site(
        request,
        "outlines:urls",
        lambda: [
            reverse(
                "commune_outlines",
                kwargs={"code": code, "version": departement_outlines(request, code).version},
            )
            for code in departements_with_outlines()
        ],
    )
