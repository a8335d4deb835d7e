"""Synthetic interferogram rasters for the InSAR data-core tests (tiny, written with rasterio)."""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Sequence

import numpy as np
import rasterio
from affine import Affine
from rasterio.errors import NotGeoreferencedWarning
from rasterio.transform import from_origin

#: A UTM 32N grid (the French Alps) with 15 m pixels.
UTM = "EPSG:32632"
UTM_TRANSFORM = from_origin(320000.0, 4960000.0, 15.0, 15.0)
#: The ISSLIDE geographic grid: EPSG:4326 at 1.3151e-4 degrees (~14.6 m).
WGS84 = "EPSG:4326"
WGS84_TRANSFORM = from_origin(6.70, 44.80, 1.3151e-4, 1.3151e-4)


def write_tif(
    path: Path,
    bands: np.ndarray,
    crs: str | None = UTM,
    transform: Affine | None = UTM_TRANSFORM,
    nodata: float | None = None,
    descriptions: Sequence[str] | None = None,
) -> Path:
    """Write ``bands`` ((H, W) or (k, H, W)) as a GeoTIFF; ``crs=None`` for radar geometry."""
    bands = np.asarray(bands)
    if bands.ndim == 2:
        bands = bands[None]
    profile = dict(driver="GTiff", width=bands.shape[2], height=bands.shape[1], count=bands.shape[0],
                   dtype=str(bands.dtype), nodata=nodata)
    if crs is not None:
        profile.update(crs=crs, transform=transform)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(path, "w", **profile) as dst:
            dst.write(bands)
            for index, text in enumerate(descriptions or [], start=1):
                dst.set_band_description(index, text)
    return path


def wrap(phase: np.ndarray) -> np.ndarray:
    """Wrap to [-pi, pi)."""
    return ((phase + np.pi) % (2 * np.pi) - np.pi).astype(np.float32)


def synthetic_phase(height: int = 40, width: int = 50) -> np.ndarray:
    """A wrapped ramp plus a bump (several fringes), float32 radians."""
    rows, cols = np.mgrid[0:height, 0:width].astype(np.float64)
    bump = 6.0 * np.exp(-((rows - height / 2) ** 2 + (cols - width / 2) ** 2) / 60.0)
    return wrap(0.3 * cols - 0.2 * rows + bump)


def synthetic_coherence(height: int = 40, width: int = 50) -> np.ndarray:
    """A coherence varying smoothly in [0.1, 0.9], float32."""
    rows, cols = np.mgrid[0:height, 0:width].astype(np.float64)
    return (0.1 + 0.8 * (cols / max(width - 1, 1)) * (0.5 + 0.5 * rows / max(height - 1, 1))).astype(np.float32)
