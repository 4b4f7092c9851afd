"""Distances on the ground, in the database and in Python, for "near" searches.

The great-circle (haversine) distance is computed with Django's math
functions, which exist on PostgreSQL and on SQLite alike, so a "within 15 km"
filter needs neither PostGIS nor SpatiaLite. A bounding box on the indexed
coordinates is applied first so the database only computes distances for
the rows that can be close enough.
"""

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import F, FloatField, Func, QuerySet

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_OF_LATITUDE = 111.2


@dataclass(frozen=True)
class Point:
    """A position in WGS 84 decimal degrees."""

    latitude: float
    longitude: float


def distance_km(a: Point, b: Point) -> float:
    """The great-circle distance between two points, in kilometres."""
    lat_a, lat_b = math.radians(a.latitude), math.radians(b.latitude)
    half_dlat = (lat_b - lat_a) / 2
    half_dlon = math.radians(b.longitude - a.longitude) / 2
    h = math.sin(half_dlat) ** 2 + math.cos(lat_a) * math.cos(lat_b) * math.sin(half_dlon) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def rounded_degrees(value: float, decimals: int) -> float:
    """`value` rounded half away from zero, as RoundedDegrees rounds it in the database."""
    step = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP))


class RoundedDegrees(Func):
    """A coordinate rounded to `decimals` places of a degree, in SQL (a generated column's too).

    PostgreSQL rounds to a number of places only numerics, not floats: the
    value goes through numeric there. Both databases round half away from zero.
    """

    output_field = FloatField()
    template = "ROUND(%(expressions)s, %(decimals)d)"
    arity = 1

    def __init__(self, expression, decimals: int):
        super().__init__(expression, decimals=decimals)

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="ROUND((%(expressions)s)::numeric, %(decimals)d)::double precision",
            **extra_context,
        )


def bounding_box(centre: Point, radius_km: float) -> tuple[float, float, float, float]:
    """(min latitude, max latitude, min longitude, max longitude) around `centre`."""
    dlat = radius_km / KM_PER_DEGREE_OF_LATITUDE
    dlon = radius_km / (
        KM_PER_DEGREE_OF_LATITUDE * max(math.cos(math.radians(centre.latitude)), 0.01)
    )
    return (
        centre.latitude - dlat,
        centre.latitude + dlat,
        centre.longitude - dlon,
        centre.longitude + dlon,
    )


class HaversineKm(Func):
    """The great-circle distance in km from a fixed centre to the row's (latitude, longitude).

    One node written as SQL with Django's math function names (PostgreSQL has
    them, Django registers them on SQLite), rather than a tree of twenty
    expressions: a search resolves and copies the tree for its count, its rows
    and its order, about 190 copies a page with the tree.
    """

    output_field = FloatField()
    template = (
        "(%(diameter)r * ASIN(SQRT("
        "POWER(SIN((RADIANS(%(latitude)s) - %(centre_latitude)r) / 2), 2)"
        " + %(cos_centre_latitude)r * COS(RADIANS(%(latitude)s))"
        " * POWER(SIN((RADIANS(%(longitude)s) - %(centre_longitude)r) / 2), 2))))"
    )
    arity = 2

    def __init__(self, latitude, longitude, centre: Point):
        latitude_radians = math.radians(centre.latitude)
        super().__init__(
            latitude,
            longitude,
            diameter=2 * EARTH_RADIUS_KM,
            centre_latitude=latitude_radians,
            centre_longitude=math.radians(centre.longitude),
            cos_centre_latitude=math.cos(latitude_radians),
        )

    def as_sql(self, compiler, connection, **extra_context):
        (latitude, longitude), params = zip(
            *(compiler.compile(expression) for expression in self.source_expressions),
            strict=True,
        )
        sql = self.template % {**self.extra, "latitude": latitude, "longitude": longitude}
        # Each column appears twice or once in the template, in this order.
        return sql, [*params[0], *params[0], *params[1]]


def annotate_distance(
    queryset: QuerySet, centre: Point, prefix: str = "", name: str = "distance_km"
) -> QuerySet:
    """`queryset` with the distance from `centre` to each row's coordinates as `name`.

    `prefix` names other coordinates than the row's own: through a relation,
    e.g. "commune__" for rows that only know their commune, or the public
    position of a private one (PrivatelyLocated.PUBLIC).
    """
    distance = HaversineKm(F(f"{prefix}latitude"), F(f"{prefix}longitude"), centre)
    return queryset.annotate(**{name: distance})


def within_radius(
    queryset: QuerySet, centre: Point, radius_km: float, prefix: str = ""
) -> QuerySet:
    """The rows of `queryset` within `radius_km` of `centre`, annotated with `distance_km`."""
    min_lat, max_lat, min_lon, max_lon = bounding_box(centre, radius_km)
    boxed = queryset.filter(
        **{
            f"{prefix}latitude__gte": min_lat,
            f"{prefix}latitude__lte": max_lat,
            f"{prefix}longitude__gte": min_lon,
            f"{prefix}longitude__lte": max_lon,
        }
    )
    return annotate_distance(boxed, centre, prefix).filter(distance_km__lte=radius_km)
