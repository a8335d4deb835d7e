"""The pixel grid of a raster: size, affine transform and (optional) CRS.

A grid without CRS is radar geometry (or any raster GDAL cannot georeference): pixel
coordinates are then the only coordinates, and areas are counted in pixels.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator

import rasterio
import rasterio.transform
import rasterio.windows
from affine import Affine
from rasterio.crs import CRS
from rasterio.windows import Window

from isslide_qgis.core.messages import translate

#: WGS84 ellipsoid: semi-major axis (m) and first eccentricity squared.
WGS84_A = 6378137.0
WGS84_E2 = 6.69437999014e-3


@dataclass(frozen=True)
class RasterGrid:
    """Size, georeferencing and CRS of a raster (or of a window of one).

    Attributes:
        width: Number of columns.
        height: Number of rows.
        transform: Affine transform from (col, row) pixel corners to CRS coordinates; the
            identity for radar-geometry rasters (GDAL's default when nothing is declared).
        crs: Coordinate reference system, ``None`` for radar geometry.
    """

    width: int
    height: int
    transform: Affine
    crs: CRS | None

    @classmethod
    def from_dataset(cls, ds: rasterio.io.DatasetReader) -> "RasterGrid":
        """The grid of an open rasterio dataset (a missing or empty CRS gives ``crs=None``)."""
        crs = ds.crs if ds.crs is not None and ds.crs.to_wkt() else None
        return cls(int(ds.width), int(ds.height), ds.transform, crs)

    @property
    def has_crs(self) -> bool:
        """True when the raster is georeferenced (map geometry)."""
        return self.crs is not None

    @property
    def is_geographic(self) -> bool:
        """True for a longitude/latitude CRS such as EPSG:4326."""
        return self.crs is not None and bool(self.crs.is_geographic)

    @property
    def shape(self) -> tuple[int, int]:
        """``(height, width)``, the numpy shape of one band."""
        return self.height, self.width

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` in the grid's coordinates (pixels when no CRS)."""
        west, south, east, north = rasterio.transform.array_bounds(
            self.height, self.width, self.transform
        )
        return west, south, east, north

    def pixel_area_m2(self) -> float | None:
        """Ground area of one pixel in square metres.

        Returns:
            ``None`` without CRS (radar geometry: count pixels instead). For a projected CRS,
            the parallelogram area times the squared linear unit. For a geographic CRS, the
            area of the pixel at the grid centre on the WGS84 ellipsoid
            (``|det| * M(lat) * N(lat) * cos(lat)``, exact to second order in the pixel size).
        """
        if self.crs is None:
            return None
        det = abs(self.transform.a * self.transform.e - self.transform.b * self.transform.d)
        if self.is_geographic:
            _, lat = self.transform * (self.width / 2.0, self.height / 2.0)
            phi = math.radians(lat)
            w = 1.0 - WGS84_E2 * math.sin(phi) ** 2
            meridian = WGS84_A * (1.0 - WGS84_E2) / w**1.5
            normal = WGS84_A / math.sqrt(w)
            return det * math.radians(1.0) ** 2 * meridian * normal * math.cos(phi)
        try:
            _, factor = self.crs.linear_units_factor
        except Exception:  # engineering or unknown units: no safe conversion
            return None
        return det * factor**2

    def window_transform(self, window: Window) -> Affine:
        """Affine transform of a window (which may extend beyond the raster)."""
        return rasterio.windows.transform(window, self.transform)

    def window_grid(self, window: Window) -> "RasterGrid":
        """The grid of a window of this raster, same CRS."""
        return RasterGrid(
            int(round(window.width)), int(round(window.height)), self.window_transform(window), self.crs
        )

    def decimated(self, max_pixels: int) -> "RasterGrid":
        """A coarser grid covering the same ground with at most about ``max_pixels`` pixels.

        Its pixel ``(i, j)`` is the one a rasterio ``out_shape`` read of the full raster
        returns, so decimated reads and this grid line up.
        """
        factor = max(1, math.ceil(math.sqrt(self.width * self.height / max(1, max_pixels))))
        width = max(1, math.ceil(self.width / factor))
        height = max(1, math.ceil(self.height / factor))
        scale = Affine.scale(self.width / width, self.height / height)
        return RasterGrid(width, height, self.transform * scale, self.crs)

    def same_as(self, other: "RasterGrid", tolerance: float = 1e-6) -> bool:
        """True when both grids hold the same pixels (size, CRS, transform within
        ``tolerance`` of a pixel)."""
        if (self.width, self.height) != (other.width, other.height) or self.crs != other.crs:
            return False
        pixel = max(abs(self.transform.a), abs(self.transform.e), 1e-300)
        return self.transform.almost_equals(other.transform, precision=tolerance * pixel)

    def block_windows(self, block_size: int) -> Iterator[Window]:
        """Non-overlapping windows of at most ``block_size`` pixels a side, row by row."""
        for row in range(0, self.height, block_size):
            for col in range(0, self.width, block_size):
                yield Window(
                    col, row, min(block_size, self.width - col), min(block_size, self.height - row)
                )

    def describe(self) -> str:
        """A short human-readable description (size, CRS, pixel size)."""
        crs = (
            self.crs.to_string() if self.crs is not None
            else translate("IsslideCore", "no CRS (radar geometry)")
        )
        return translate("IsslideCore", "{width} x {height} px, {crs}, pixel {xres} x {yres}").format(
            width=self.width, height=self.height, crs=crs,
            xres=f"{abs(self.transform.a):.6g}", yres=f"{abs(self.transform.e):.6g}",
        )
