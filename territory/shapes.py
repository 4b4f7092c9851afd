"""Commune outlines: read from (E)WKB, simplified and rounded into GeoJSON for a phone.

The open data ships each commune's outline as a MultiPolygon in hexadecimal
(E)WKB. Reading it takes a few lines of `struct`, which spares the project
GEOS, GDAL or shapely for the one thing it does with outlines: draw them on
the zonage map. Each outline is simplified on its own (Douglas–Peucker) and
its coordinates rounded; neighbouring outlines may then overlap by a few
metres, which a map of zones at the scale of a commune does not show.
"""

import itertools
import struct
from collections.abc import Sequence

from territory.geo import Point

Coordinate = tuple[float, float]  # (longitude, latitude), as in WKB and GeoJSON
Ring = list[Coordinate]
Polygon = list[Ring]

POINT, POLYGON, MULTIPOLYGON = 1, 3, 6
EWKB_SRID_FLAG = 0x20000000
EWKB_Z_FLAG = 0x80000000
EWKB_M_FLAG = 0x40000000

# About 150 m at the latitude of mainland France: a pixel or two at the scale
# of a département, and keeps the outlines of 507 communes near 230 KB.
SIMPLIFY_TOLERANCE_DEGREES = 0.0015
# 0.001° is about 110 m north–south: what a commune's outline needs on a map.
COORDINATE_DECIMALS = 3


class WKBError(ValueError):
    """The bytes are not a geometry this module reads."""


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.offset = 0

    def unpack(self, fmt: str):
        size = struct.calcsize(fmt)
        if self.offset + size > len(self.data):
            raise WKBError("truncated geometry")
        values = struct.unpack_from(fmt, self.data, self.offset)
        self.offset += size
        return values

    def header(self) -> tuple[str, int, int]:
        """(byte order, geometry type, number of extra dimensions) of the next geometry."""
        (order,) = self.unpack("B")
        if order not in (0, 1):
            raise WKBError(f"unknown byte order {order}")
        endian = "<" if order == 1 else ">"
        (kind,) = self.unpack(f"{endian}I")
        extra = 0
        if kind & EWKB_SRID_FLAG:
            self.unpack(f"{endian}I")  # the SRID: the data is in WGS 84 (4326)
        if kind & EWKB_Z_FLAG:
            extra += 1
        if kind & EWKB_M_FLAG:
            extra += 1
        kind &= 0x0FFFFFFF
        # ISO WKB writes Z and M as thousands: 1003 is a Polygon Z.
        extra += {1: 1, 2: 1, 3: 2}.get(kind // 1000, 0)
        return endian, kind % 1000, extra

    def points(self, endian: str, extra: int) -> list[Coordinate]:
        (count,) = self.unpack(f"{endian}I")
        fmt = f"{endian}{2 + extra}d"
        return [self.unpack(fmt)[:2] for _ in range(count)]

    def polygon(self, endian: str, extra: int) -> Polygon:
        (count,) = self.unpack(f"{endian}I")
        return [self.points(endian, extra) for _ in range(count)]


def _bytes(value: str | bytes) -> bytes:
    if isinstance(value, bytes):
        return value
    try:
        return bytes.fromhex(value)
    except ValueError as error:
        raise WKBError("not hexadecimal") from error


def read_point(value: str | bytes) -> Point:
    """The Point of a (hexadecimal) WKB or EWKB point."""
    reader = _Reader(_bytes(value))
    endian, kind, extra = reader.header()
    if kind != POINT:
        raise WKBError(f"expected a point, got geometry type {kind}")
    longitude, latitude = reader.unpack(f"{endian}{2 + extra}d")[:2]
    return Point(latitude, longitude)


def read_polygons(value: str | bytes) -> list[Polygon]:
    """The polygons of a (hexadecimal) WKB or EWKB Polygon or MultiPolygon."""
    reader = _Reader(_bytes(value))
    endian, kind, extra = reader.header()
    if kind == POLYGON:
        return [reader.polygon(endian, extra)]
    if kind != MULTIPOLYGON:
        raise WKBError(f"expected a polygon, got geometry type {kind}")
    (count,) = reader.unpack(f"{endian}I")
    polygons = []
    for _ in range(count):
        part_endian, part_kind, part_extra = reader.header()
        if part_kind != POLYGON:
            raise WKBError(f"a multipolygon holds geometry type {part_kind}")
        polygons.append(reader.polygon(part_endian, part_extra))
    return polygons


def _ring_area(ring: Sequence[Coordinate]) -> float:
    """Twice the signed area of a ring (shoelace), in square degrees."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring))


def centroid(polygons: list[Polygon]) -> Point | None:
    """The centre of mass of the polygons' outer rings (holes neglected)."""
    total = cx = cy = 0.0
    for polygon in polygons:
        ring = polygon[0]
        for (x0, y0), (x1, y1) in itertools.pairwise(ring):
            cross = x0 * y1 - x1 * y0
            total += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
    if not total:
        return None
    return Point(cy / (3 * total), cx / (3 * total))


def _distance_to_segment(point: Coordinate, start: Coordinate, end: Coordinate) -> float:
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def simplify_line(points: Sequence[Coordinate], tolerance: float) -> list[Coordinate]:
    """Douglas–Peucker: the points that keep the line within `tolerance` of the original."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, distance = 0, 0.0
        for index in range(first + 1, last):
            d = _distance_to_segment(points[index], points[first], points[last])
            if d > distance:
                farthest, distance = index, d
        if distance > tolerance:
            keep[farthest] = True
            stack.extend([(first, farthest), (farthest, last)])
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _simplify_ring(ring: Ring, tolerance: float, decimals: int) -> Ring | None:
    """The ring simplified and rounded, closed, or None when nothing of it is left."""
    if len(ring) < 4:
        return None
    # A closed ring's first and last points are one: split it at its farthest
    # point so that Douglas–Peucker has two distinct ends on each half.
    start = ring[0]
    far = max(
        range(len(ring)), key=lambda i: (ring[i][0] - start[0]) ** 2 + (ring[i][1] - start[1]) ** 2
    )
    simplified = simplify_line(ring[: far + 1], tolerance)[:-1] + simplify_line(
        ring[far:], tolerance
    )
    rounded: Ring = []
    for x, y in simplified:
        point = (round(x, decimals), round(y, decimals))
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    if len(rounded) < 4 or not _ring_area(rounded):
        return None
    return rounded


def simplified_geometry(
    polygons: list[Polygon],
    tolerance: float = SIMPLIFY_TOLERANCE_DEGREES,
    decimals: int = COORDINATE_DECIMALS,
) -> dict | None:
    """A GeoJSON geometry of the polygons, simplified and rounded; None if none is left.

    Islands and holes smaller than the tolerance disappear; a commune whose
    every part would disappear keeps its largest outline unsimplified.
    """
    kept: list[Polygon] = []
    for polygon in polygons:
        outer = _simplify_ring(polygon[0], tolerance, decimals) if polygon else None
        if outer is None:
            continue
        holes = [
            hole for hole in (_simplify_ring(r, tolerance, decimals) for r in polygon[1:]) if hole
        ]
        kept.append([outer, *holes])
    if not kept:
        outlines = [polygon[0] for polygon in polygons if polygon and len(polygon[0]) >= 4]
        if not outlines:
            return None
        largest = max(outlines, key=lambda ring: abs(_ring_area(ring)))
        kept = [[[(round(x, decimals + 2), round(y, decimals + 2)) for x, y in largest]]]
    if len(kept) == 1:
        return {"type": "Polygon", "coordinates": _as_lists(kept[0])}
    return {"type": "MultiPolygon", "coordinates": [_as_lists(polygon) for polygon in kept]}


def _as_lists(polygon: Polygon) -> list:
    return [[list(point) for point in ring] for ring in polygon]
