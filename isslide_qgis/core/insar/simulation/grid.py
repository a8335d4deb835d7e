"""The pixel grid of a simulated scene: map transform, CRS and ground spacing in metres.

Everything physical (terrain, bodies, atmosphere) is drawn in a local metric frame whose
origin is the upper-left corner of the scene: ``east = col * dx_m``, ``north = -row * dy_m``.
Map coordinates follow from the pixel coordinates through the affine transform, so the same
code serves a projected CRS (UTM: metres), a geographic one (EPSG:4326: degrees, pixels of
~10.4 m east x 14.6 m north at 45 deg N) and radar geometry (no CRS, identity transform,
coordinates in pixels).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
from affine import Affine

from ...errors import InputDataError
from ...messages import translate
from .constants import PIXEL_SIZE_DEG, PIXEL_SIZE_M

#: WGS84 semi-major axis (m) and first eccentricity squared (NIMA TR8350.2).
WGS84_A = 6378137.0
WGS84_E2 = 6.69437999014e-3

#: Upper-left corner used when a config gives no origin (French Alps, Queyras/Ecrins area).
DEFAULT_ORIGINS: dict[str | None, tuple[float, float]] = {
    "EPSG:32632": (320000.0, 4965000.0),
    "EPSG:32631": (700000.0, 4990000.0),
    "EPSG:4326": (6.75, 44.80),
    None: (0.0, 0.0),
}
#: Ranges (xmin, xmax, ymin, ymax) of the upper-left corner drawn by random configs (Alps).
ORIGIN_RANGES: dict[str | None, tuple[float, float, float, float]] = {
    "EPSG:32632": (260000.0, 400000.0, 4880000.0, 5120000.0),
    "EPSG:32631": (660000.0, 720000.0, 4880000.0, 5090000.0),
    "EPSG:4326": (5.8, 7.8, 44.1, 46.3),
    None: (0.0, 0.0, 0.0, 0.0),
}


@functools.lru_cache(maxsize=32)
def crs_is_geographic(crs: str | None) -> bool:
    """True for a longitude/latitude CRS such as ``EPSG:4326`` (False without CRS).

    Raises:
        InputDataError: ``crs`` is not a CRS GDAL knows.
    """
    if crs is None:
        return False
    from rasterio.crs import CRS
    from rasterio.errors import CRSError

    try:
        return bool(CRS.from_user_input(crs).is_geographic)
    except CRSError as exc:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The simulation CRS '{crs}' is not known to GDAL ({err}). Use e.g. "
                "'EPSG:32632', 'EPSG:4326' or None (radar geometry)."
            ).format(crs=crs, err=exc)
        ) from exc


def default_pixel_size(crs: str | None) -> float:
    """ISSLIDE pixel size for a CRS: 1.3151e-4 deg if geographic, else 14.64 (metres)."""
    return PIXEL_SIZE_DEG if crs_is_geographic(crs) else PIXEL_SIZE_M


def metres_per_degree(lat_deg: float) -> tuple[float, float]:
    """Ground length (m) of one degree of longitude and of latitude at ``lat_deg`` (WGS84).

    From the prime-vertical (N) and meridian (M) radii of curvature of the ellipsoid.
    """
    phi = math.radians(lat_deg)
    w = 1.0 - WGS84_E2 * math.sin(phi) ** 2
    meridian = WGS84_A * (1.0 - WGS84_E2) / w**1.5
    normal = WGS84_A / math.sqrt(w)
    return math.radians(1.0) * normal * math.cos(phi), math.radians(1.0) * meridian


@dataclass(frozen=True)
class SimulationGrid:
    """Size, georeferencing and ground spacing of a simulated scene.

    Attributes:
        height: Rows.
        width: Columns.
        transform: Affine transform from (col, row) pixel corners to map coordinates.
        crs: CRS string, or None for radar geometry (identity transform).
        dx_m: Ground size of a pixel along the columns (east), metres.
        dy_m: Ground size of a pixel along the rows (south), metres.
    """

    height: int
    width: int
    transform: Affine
    crs: str | None
    dx_m: float
    dy_m: float

    @classmethod
    def build(
        cls,
        height: int,
        width: int,
        crs: str | None,
        pixel_size: float,
        origin: tuple[float, float],
    ) -> "SimulationGrid":
        """A north-up grid (or the identity transform when ``crs`` is None).

        Args:
            height: Rows.
            width: Columns.
            crs: CRS string or None (radar geometry).
            pixel_size: Map units per pixel (degrees when geographic); without CRS, the ground
                size in metres of one radar pixel (the transform is then the identity).
            origin: Upper-left corner (x, y) in map units; ignored without CRS.
        """
        if crs is None:
            return cls(height, width, Affine.identity(), None, pixel_size, pixel_size)
        x0, y0 = origin
        transform = Affine(pixel_size, 0.0, x0, 0.0, -pixel_size, y0)
        if crs_is_geographic(crs):
            m_lon, m_lat = metres_per_degree(y0 - 0.5 * height * pixel_size)
            return cls(height, width, transform, crs, pixel_size * m_lon, pixel_size * m_lat)
        return cls(height, width, transform, crs, pixel_size, pixel_size)

    @property
    def shape(self) -> tuple[int, int]:
        """``(height, width)``."""
        return self.height, self.width

    @property
    def spacing(self) -> tuple[float, float]:
        """``(dy_m, dx_m)``: ground spacing along rows and columns, numpy axis order."""
        return self.dy_m, self.dx_m

    @property
    def pixel_area_m2(self) -> float:
        """Ground area of one pixel in square metres."""
        return self.dx_m * self.dy_m

    @property
    def extent_m(self) -> tuple[float, float]:
        """``(north-south, east-west)`` ground extent in metres."""
        return self.height * self.dy_m, self.width * self.dx_m

    def east_m(self) -> np.ndarray:
        """Local east coordinate (m) of the pixel centres of one row, shape ``(1, width)``."""
        return ((np.arange(self.width, dtype=np.float64) + 0.5) * self.dx_m)[None, :]

    def north_m(self) -> np.ndarray:
        """Local north coordinate (m, <= 0) of the pixel centres of one column, ``(height, 1)``."""
        return (-(np.arange(self.height, dtype=np.float64) + 0.5) * self.dy_m)[:, None]

    def local_to_pixel(self, east_m: np.ndarray, north_m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Fractional pixel coordinates ``(col, row)`` of local metric coordinates."""
        return np.asarray(east_m) / self.dx_m, -np.asarray(north_m) / self.dy_m

    def local_to_map(self, east_m: np.ndarray, north_m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Map coordinates ``(x, y)`` (pixels without CRS) of local metric coordinates."""
        col, row = self.local_to_pixel(east_m, north_m)
        t = self.transform
        return t.a * col + t.b * row + t.c, t.d * col + t.e * row + t.f

    def pixel_window(self, east_m: float, north_m: float, radius_m: float) -> tuple[slice, slice]:
        """Row and column slices of the pixels within ``radius_m`` of a local point (clipped)."""
        col, row = self.local_to_pixel(east_m, north_m)
        rc, rr = radius_m / self.dx_m + 1, radius_m / self.dy_m + 1
        r0, r1 = max(0, int(row - rr)), min(self.height, int(math.ceil(row + rr)) + 1)
        c0, c1 = max(0, int(col - rc)), min(self.width, int(math.ceil(col + rc)) + 1)
        return slice(r0, max(r0, r1)), slice(c0, max(c0, c1))

    def window_coordinates(self, rows: slice, cols: slice) -> tuple[np.ndarray, np.ndarray]:
        """Local (east, north) coordinates of the pixel centres of a window, broadcastable."""
        east = ((np.arange(cols.start, cols.stop, dtype=np.float64) + 0.5) * self.dx_m)[None, :]
        north = (-(np.arange(rows.start, rows.stop, dtype=np.float64) + 0.5) * self.dy_m)[:, None]
        return east, north

    def scaled(self, factor: int) -> "SimulationGrid":
        """The grid covering the same ground with ``factor`` times finer pixels."""
        t = self.transform * Affine.scale(1.0 / factor)
        return SimulationGrid(
            self.height * factor, self.width * factor, t, self.crs, self.dx_m / factor, self.dy_m / factor
        )
