"""Alpine terrain: a DEM (1000-3500 m) with ridges and glacial valleys, and its derivatives.

The surface sums (Musgrave et al. 1989, "The synthesis and rendering of eroded fractal
terrains", SIGGRAPH; Turcotte 1997 for the k^-4 topographic spectrum):
- a fractional Brownian surface, power spectrum ~ k^-beta with beta in [3.6, 4.3];
- "ridged" noise, 1 - |n| of a band-limited field n, whose zero lines become sharp crests
  (aretes);
- zero to two U-shaped glacial troughs (super-Gaussian cross-profile: flat floor, steep
  walls) along wavy lines, with a floor sloping down-valley;
- a regional tilt.
The relief (max - min) scales with the scene extent (about 0.14-0.26 x the extent, at most
2500 m) so that slopes stay alpine (median ~20-30 deg) whatever the scene size, and the
altitude band is drawn inside 1000-3500 m.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .grid import SimulationGrid
from .random_fields import power_law_field, smooth_field

Z_MIN_M, Z_MAX_M = 1000.0, 3500.0
#: Heights are quantised to 1/8 m (exact in float32; DEM files compress ~2x better).
DEM_STEPS_PER_M = 8.0


@dataclass(frozen=True)
class Terrain:
    """A DEM and the derivatives the other terms use (all float32, grid shape).

    Attributes:
        dem: Altitude, metres.
        dz_de: Slope component dz/d(east), m/m.
        dz_dn: Slope component dz/d(north), m/m.
    """

    dem: np.ndarray
    dz_de: np.ndarray
    dz_dn: np.ndarray

    @property
    def slope_deg(self) -> np.ndarray:
        """Slope angle in degrees."""
        return np.degrees(np.arctan(np.hypot(self.dz_de, self.dz_dn))).astype(np.float32)

    @property
    def aspect_deg(self) -> np.ndarray:
        """Downslope azimuth (direction the slope faces), degrees clockwise from north."""
        return (np.degrees(np.arctan2(-self.dz_de, -self.dz_dn)) % 360.0).astype(np.float32)


def gradients(dem: np.ndarray, spacing: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """``(dz/deast, dz/dnorth)`` of a north-up grid (rows go south), centred differences."""
    dz_drow, dz_dcol = np.gradient(dem, spacing[0], spacing[1])
    return dz_dcol.astype(np.float32), (-dz_drow).astype(np.float32)


def make_terrain(rng: np.random.Generator, grid: SimulationGrid) -> Terrain:
    """Draw an alpine DEM on ``grid`` and derive its slopes."""
    dem = alpine_dem(rng, grid)
    dz_de, dz_dn = gradients(dem, grid.spacing)
    return Terrain(dem, dz_de, dz_dn)


def _glacial_trough(
    rng: np.random.Generator, east: np.ndarray, north: np.ndarray, extent: float
) -> np.ndarray:
    """Unit-depth U-shaped trough along a wavy line, floor sloping down-valley."""
    angle = rng.uniform(0, np.pi)
    ce, cn = rng.uniform(0.2, 0.8) * east.max(), rng.uniform(0.2, 0.8) * north.min()
    along = (east - ce) * np.cos(angle) + (north - cn) * np.sin(angle)
    across = -(east - ce) * np.sin(angle) + (north - cn) * np.cos(angle)
    wavelength = rng.uniform(0.6, 1.5) * extent
    phase0 = rng.uniform(0, 2 * np.pi)
    across = across + rng.uniform(0.02, 0.08) * extent * np.sin(2 * np.pi * along / wavelength + phase0)
    half_width = rng.uniform(0.08, 0.2) * extent
    depth = np.exp(-((across / half_width) ** 4))
    tilt = rng.uniform(0.1, 0.35) * along / extent
    return (depth * (1.0 - tilt)).astype(np.float32)


def ridged_multifractal(
    rng: np.random.Generator, grid: SimulationGrid, base_scale_m: float, octaves: int = 4
) -> np.ndarray:
    """Musgrave's ridged multifractal: crests of ``1 - |n|``, finer octaves near crests.

    Each octave halves the correlation length of a smooth Gaussian field n; its ridges are
    weighted by the previous octave's signal, so detail (spurs, gullies) grows on the
    crests and valleys stay smooth (Musgrave et al. 1989).
    """
    result = np.zeros(grid.shape, np.float32)
    weight = np.ones(grid.shape, np.float32)
    for i in range(octaves):
        n = smooth_field(rng, grid.shape, base_scale_m / 2.0**i, grid.spacing)
        signal = (1.0 - np.minimum(np.abs(n) * 0.5, 1.0)) ** 2 * weight
        result += signal * np.float32(0.5 ** (0.9 * i))
        weight = np.clip(signal * 1.6, 0.0, 1.0)
    return result


def alpine_dem(rng: np.random.Generator, grid: SimulationGrid) -> np.ndarray:
    """An alpine DEM (float32 metres) on ``grid``; see the module docstring for the recipe."""
    shape, spacing = grid.shape, grid.spacing
    extent = float(np.sqrt(grid.extent_m[0] * grid.extent_m[1]))
    fbm = power_law_field(rng, shape, rng.uniform(4.0, 4.6), spacing)
    ridges = ridged_multifractal(rng, grid, rng.uniform(0.12, 0.3) * min(extent, 12000.0))
    east, north = grid.east_m(), grid.north_m()
    z = rng.uniform(0.5, 1.0) * fbm + rng.uniform(1.5, 3.0) * ridges
    tilt_dir = rng.uniform(0, 2 * np.pi)
    tilt = (east * np.cos(tilt_dir) + north * np.sin(tilt_dir)) / extent
    z += rng.uniform(0.0, 1.0) * tilt.astype(np.float32)
    for _ in range(int(rng.choice([0, 1, 1, 2]))):
        z -= rng.uniform(0.8, 1.8) * _glacial_trough(rng, east, north, extent)
    relief = float(np.clip(rng.uniform(0.14, 0.26) * extent, 150.0, 2500.0))
    base = rng.uniform(Z_MIN_M, max(Z_MIN_M, Z_MAX_M - relief))
    lo, hi = float(z.min()), float(z.max())
    z = base + relief * (z - lo) / max(hi - lo, 1e-6)
    roughness = rng.uniform(0.003, 0.01) * relief
    z += roughness * power_law_field(rng, shape, 3.2, spacing)
    z = np.clip(z, Z_MIN_M - 50.0, Z_MAX_M + 50.0)
    return (np.round(z * DEM_STEPS_PER_M) / DEM_STEPS_PER_M).astype(np.float32)


def hillshade(
    dz_de: np.ndarray, dz_dn: np.ndarray, sun_azimuth_deg: float, sun_elevation_deg: float
) -> np.ndarray:
    """Lambertian shading in [0, 1] of a surface lit from ``sun_azimuth`` (deg from north).

    The cosine between the surface normal (-dz/de, -dz/dn, 1) and the sun direction (Horn
    1981, "Hill shading and the reflectance map", Proc. IEEE 69).
    """
    az, el = np.radians(sun_azimuth_deg), np.radians(sun_elevation_deg)
    sun = (np.sin(az) * np.cos(el), np.cos(az) * np.cos(el), np.sin(el))
    shade = (-dz_de * sun[0] - dz_dn * sun[1] + sun[2]) / np.sqrt(1.0 + dz_de**2 + dz_dn**2)
    return np.clip(shade, 0.0, 1.0).astype(np.float32)
