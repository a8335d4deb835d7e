"""Ground area of a moving area, measured the way its raster's geometry allows.

- Geographic CRS (longitude/latitude, e.g. EPSG:4326 like the ISSLIDE products): the area on
  the CRS's ellipsoid (WGS84 for EPSG:4326) of the pixel outline, with
  ``pyproj.Geod.geometry_area_perimeter`` (absolute value, each polygon oriented first so that
  holes are subtracted). Without pyproj, the same outline is measured exactly through the
  authalic latitude (Lambert cylindrical equal-area projection of the ellipsoid), which maps
  the meridians and parallels bounding pixels to straight lines.
- Projected CRS: pixel count times the planar pixel area, in the CRS's linear unit converted
  to metres (US survey feet and feet included; see :meth:`RasterGrid.pixel_area_m2`).
- No CRS (radar geometry), or a CRS whose linear unit cannot be converted: no ground area
  (``area_m2`` is NULL) and the minimum area is a number of pixels.

Areas are measured on the pixel outline, before any simplification or smoothing.
"""
from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Union

import numpy as np
from shapely.affinity import affine_transform
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.polygon import orient

from isslide_qgis.core.insar.grid import WGS84_A, WGS84_E2, RasterGrid

Polygonal = Union[Polygon, MultiPolygon]
#: Relative safety margin on the largest pixel area (early rejection of small areas).
_BOUND_MARGIN = 1e-6


def to_map(geometry: Polygonal, grid: RasterGrid) -> Polygonal:
    """``geometry`` from pixel coordinates (column, row) to the grid's CRS coordinates."""
    t = grid.transform
    return affine_transform(geometry, [t.a, t.b, t.d, t.e, t.c, t.f])


def _polygons(geometry: Polygonal) -> list[Polygon]:
    return list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]


@lru_cache(maxsize=8)
def _geod(a: float, f: float):
    """A ``pyproj.Geod`` of the ellipsoid, or ``None`` when pyproj is not installed."""
    try:
        with warnings.catch_warnings():  # pyproj warns when it finds no PROJ database
            warnings.simplefilter("ignore")
            from pyproj import Geod
    except ImportError:
        return None
    return Geod(a=a, f=f)


def _authalic_y(lat_deg: np.ndarray, a: float, e2: float) -> np.ndarray:
    """Northing of the cylindrical equal-area projection of the ellipsoid (``a * q / 2``)."""
    s = np.sin(np.radians(lat_deg))
    if e2 == 0.0:
        return a * s
    e = math.sqrt(e2)
    q = (1.0 - e2) * (s / (1.0 - e2 * s**2) - np.log((1.0 - e * s) / (1.0 + e * s)) / (2.0 * e))
    return a * q / 2.0


def authalic_area(geometry: Polygonal, a: float, f: float) -> float:
    """Ellipsoidal area (m2) of a lon/lat polygon whose edges follow meridians and parallels.

    Exact for pixel outlines of a north-up geographic raster (the equal-area projection keeps
    their edges straight); for other edges the error is second order in the edge length.
    """
    e2 = f * (2.0 - f)
    total = 0.0
    for polygon in _polygons(geometry):
        for ring, sign in [(polygon.exterior, 1.0)] + [(r, -1.0) for r in polygon.interiors]:
            lon, lat = np.asarray(ring.coords).T
            x, y = a * np.radians(lon - lon[0]), _authalic_y(lat, a, e2)
            y = y - y[0]  # shoelace near the origin: no cancellation between large products
            total += sign * abs(0.5 * float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1])))
    return total


def ellipsoidal_area(geometry: Polygonal, a: float = WGS84_A,
                     f: float = 1.0 - math.sqrt(1.0 - WGS84_E2)) -> float:
    """Area (m2) on the ellipsoid ``(a, f)`` of a lon/lat polygon (default WGS84).

    pyproj's geodesic area when pyproj is installed, else :func:`authalic_area`.
    """
    geod = _geod(a, f)
    if geod is None:
        return authalic_area(geometry, a, f)
    return sum(abs(geod.geometry_area_perimeter(orient(p, 1.0))[0]) for p in _polygons(geometry))


def _ellipsoid(grid: RasterGrid) -> tuple[float, float]:
    """Semi-major axis and flattening of the grid's geographic CRS (WGS84 if unknown)."""
    from osgeo import osr

    srs = osr.SpatialReference()
    if srs.ImportFromWkt(grid.crs.to_wkt()) != 0 or srs.GetSemiMajor() <= 0:
        return WGS84_A, 1.0 - math.sqrt(1.0 - WGS84_E2)
    inverse = srs.GetInvFlattening()
    return srs.GetSemiMajor(), (1.0 / inverse if inverse > 0 else 0.0)


@dataclass(frozen=True)
class AreaMeasure:
    """How the areas of one raster's moving areas are measured.

    Attributes:
        kind: ``"geographic"``, ``"projected"`` or ``"pixels"`` (no ground area).
        grid: The raster's grid.
        largest_pixel_m2: Upper bound of one pixel's ground area over the raster, ``None``
            for ``"pixels"``.
        measure: ``measure(pixel_count, pixel_outline) -> m2``, ``None`` for ``"pixels"``.
    """

    kind: str
    grid: RasterGrid
    largest_pixel_m2: float | None
    measure: Callable[[int, Polygonal], float] | None

    @property
    def in_metres(self) -> bool:
        """True when ground areas (and the minimum area) are in square metres."""
        return self.measure is not None

    def area_m2(self, pixels: int, outline: Polygonal) -> float | None:
        """Ground area of a component of ``pixels`` pixels with this pixel ``outline``."""
        return None if self.measure is None else self.measure(pixels, outline)

    def min_pixels(self, min_area: float) -> float:
        """Pixel count below which an area is certainly smaller than ``min_area``."""
        if min_area <= 0:
            return 0.0
        if self.largest_pixel_m2 is None:
            return float(min_area)
        return min_area / (self.largest_pixel_m2 * (1.0 + _BOUND_MARGIN))


def _projected(grid: RasterGrid) -> AreaMeasure:
    pixel = grid.pixel_area_m2()
    return AreaMeasure("projected", grid, pixel, lambda count, _outline: count * pixel)


def _geographic(grid: RasterGrid) -> AreaMeasure:
    a, f = _ellipsoid(grid)

    def measure(_count: int, outline: Polygonal) -> float:
        return ellipsoidal_area(to_map(outline, grid), a, f)

    rows = {0, grid.height - 1}
    t = grid.transform
    if t.e != 0 and 0 <= -t.f / t.e < grid.height:  # the raster spans the equator
        rows.add(int(-t.f / t.e))
    largest = max(measure(1, box(0, r, 1, r + 1)) for r in rows)
    return AreaMeasure("geographic", grid, largest, measure)


def _pixels(grid: RasterGrid) -> AreaMeasure:
    return AreaMeasure("pixels", grid, None, None)


#: kind of raster geometry -> builder of its measure
MEASURES: dict[str, Callable[[RasterGrid], AreaMeasure]] = {
    "geographic": _geographic,
    "projected": _projected,
    "pixels": _pixels,
}


def measure_kind(grid: RasterGrid) -> str:
    """``"geographic"``, ``"projected"`` (known linear unit) or ``"pixels"``."""
    if grid.is_geographic:
        return "geographic"
    if grid.has_crs and grid.pixel_area_m2() is not None:
        return "projected"
    return "pixels"


def area_measure(grid: RasterGrid) -> AreaMeasure:
    """The :class:`AreaMeasure` of a raster's grid."""
    return MEASURES[measure_kind(grid)](grid)


def row_pixel_areas_m2(grid: RasterGrid, radar_pixel_m: float) -> np.ndarray:
    """Ground area (m2) of one pixel of each row of ``grid``, shape ``(height,)``.

    Geographic grids: the exact ellipsoidal area of the row's pixels (north-up rasters; a pixel
    of 1.3151e-4 deg is ~14.6 m N-S by ~10.4 m E-W at 45 deg N, ~152 m2). Projected grids: the
    planar pixel area. No CRS (radar geometry) or unknown unit: ``radar_pixel_m`` squared, the
    assumed ground spacing (ISSLIDE's multilook: 14.64 m).
    """
    kind = measure_kind(grid)
    if kind == "pixels":
        return np.full(grid.height, float(radar_pixel_m) ** 2)
    t = grid.transform
    if kind == "projected" or t.b != 0 or t.d != 0:  # rotated: the centre pixel's area
        return np.full(grid.height, float(grid.pixel_area_m2()))
    a, f = _ellipsoid(grid)
    edges = t.f + t.e * np.arange(grid.height + 1)
    y = _authalic_y(edges, a, f * (2.0 - f))
    return a * math.radians(abs(t.a)) * np.abs(np.diff(y))
