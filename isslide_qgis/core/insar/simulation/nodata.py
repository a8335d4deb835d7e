"""Nodata layouts: where a terrain-corrected interferogram has no value (NaN).

- ``"swath"``: the scene is cut by the edge of the Sentinel-1 swath. After terrain
  correction the edge runs parallel to the ground track (heading -12 deg ascending, 192 deg
  descending; straight columns in radar geometry), wiggles with the relief by a few
  pixels, and may jump at a TOPS burst boundary (bursts are ~20 km long in azimuth; De Zan &
  Monti Guarnieri 2006, IEEE TGRS 44). 5-35 % of the scene is cut off; sometimes (20 %) the
  along-track end of the acquisition cuts a corner too.
- ``"holes"``: layover and radar shadow (which terrain correction can mask out) plus 1-3 irregular DEM voids
  or masked water bodies.
- ``"swath+holes"`` both, ``"none"`` nothing. ``"random"`` is resolved per seed by
  :func:`resolve_layout`.
"""
from __future__ import annotations

import math
from typing import Callable

import numpy as np

from .grid import SimulationGrid
from .radar_geometry import RadarGeometry
from .random_fields import smooth_field
from .terrain import Terrain

LayoutMaker = Callable[[np.random.Generator, SimulationGrid, Terrain, RadarGeometry], np.ndarray]


def _edge_distance(
    rng: np.random.Generator, grid: SimulationGrid, direction_deg: float
) -> np.ndarray:
    """Signed distance (m) across a wavy, stepped line running along ``direction_deg``."""
    d = math.radians(direction_deg)
    east, north = grid.east_m(), grid.north_m()
    along = east * math.sin(d) + north * math.cos(d)
    across = east * math.cos(d) - north * math.sin(d)
    px = max(grid.spacing)
    wiggle_len = rng.uniform(0.3, 1.0) * max(grid.extent_m)
    phase0 = rng.uniform(0, 2 * np.pi)
    across = across + rng.uniform(0.5, 4.0) * px * np.sin(2 * np.pi * along / wiggle_len + phase0)
    if rng.random() < 0.5:
        step_at = rng.uniform(float(along.min()), float(along.max()))
        across = across + np.where(along > step_at, rng.uniform(-15, 15) * px, 0.0)
    return np.broadcast_to(across, grid.shape)


def swath_border(
    rng: np.random.Generator, grid: SimulationGrid, terrain: Terrain, geometry: RadarGeometry
) -> np.ndarray:
    """Boolean mask of pixels beyond the swath edge (and, sometimes, the acquisition end)."""
    heading = 0.0 if grid.crs is None else geometry.heading_deg + rng.normal(0.0, 1.5)
    dist = _edge_distance(rng, grid, heading) * rng.choice([-1.0, 1.0])
    invalid = dist > np.quantile(dist, 1.0 - rng.uniform(0.05, 0.35))
    if rng.random() < 0.2:
        end = _edge_distance(rng, grid, heading + 90.0) * rng.choice([-1.0, 1.0])
        invalid |= end > np.quantile(end, 1.0 - rng.uniform(0.05, 0.2))
    return invalid


def holes(
    rng: np.random.Generator, grid: SimulationGrid, terrain: Terrain, geometry: RadarGeometry
) -> np.ndarray:
    """Boolean mask of layover, shadow and 1-3 irregular voids (0.02-0.3 km^2 each)."""
    layover, shadow = geometry.layover_shadow(terrain)
    invalid = layover | shadow
    for _ in range(int(rng.integers(1, 4))):
        radius = math.sqrt(rng.uniform(0.02e6, 0.3e6) / np.pi)
        ce, cn = rng.uniform(0, grid.extent_m[1]), -rng.uniform(0, grid.extent_m[0])
        rows, cols = grid.pixel_window(ce, cn, 3 * radius)
        east, north = grid.window_coordinates(rows, cols)
        d = np.hypot(east - ce, north - cn) / radius
        shape = (rows.stop - rows.start, cols.stop - cols.start)
        if min(shape) > 0:
            wobble = np.clip(smooth_field(rng, shape, 0.4 * radius, grid.spacing), -1.2, 1.2)
            invalid[rows, cols] |= d * (1.0 + 0.35 * wobble) < 1.0
    return invalid


def _none(
    rng: np.random.Generator, grid: SimulationGrid, terrain: Terrain, geometry: RadarGeometry
) -> np.ndarray:
    return np.zeros(grid.shape, bool)


def _swath_and_holes(
    rng: np.random.Generator, grid: SimulationGrid, terrain: Terrain, geometry: RadarGeometry
) -> np.ndarray:
    return swath_border(rng, grid, terrain, geometry) | holes(rng, grid, terrain, geometry)


#: Nodata layouts by name (``"random"`` is not a layout: see :func:`resolve_layout`).
NODATA_LAYOUTS: dict[str, LayoutMaker] = {
    "none": _none,
    "swath": swath_border,
    "holes": holes,
    "swath+holes": _swath_and_holes,
}


def resolve_layout(name: str, rng: np.random.Generator) -> str:
    """The concrete layout for ``name`` (``"random"`` draws one of :data:`NODATA_LAYOUTS`)."""
    if name == "random":
        return str(rng.choice(["none", "swath", "holes", "swath+holes"], p=[0.25, 0.35, 0.2, 0.2]))
    return name


def nodata_mask(
    name: str, rng: np.random.Generator, grid: SimulationGrid, terrain: Terrain, geometry: RadarGeometry
) -> tuple[str, np.ndarray]:
    """``(layout name, boolean mask of nodata pixels)`` for a layout name or ``"random"``."""
    layout = resolve_layout(name, rng)
    return layout, NODATA_LAYOUTS[layout](rng, grid, terrain, geometry)
