"""Micro-relief of the moving bodies, as an analyst sees them on optical images.

- Rock glacier: a tongue or lobe of debris 10-35 m thick, with a steep front (the
  lobe's edge), and transverse ridges and furrows 1.5-4 m high every 20-45 m, arched
  convex down-flow (compressive flow; Kaab & Weber 2004, "Development of transverse ridges on
  rock glaciers", Permafrost Periglac. Process. 15; Haeberli et al. 2006).
- Slow landslide: a head scarp (a drop of 5-20 m at the up-slope end, bare soil), hummocky
  disturbed ground inside and a bulging toe (Cruden & Varnes 1996 landslide anatomy).
Each returns the height change (m) and the debris / bare-soil cover on a window of the
(fine) optical grid.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from .deformation import MovingBody
from .grid import SimulationGrid


@dataclass(frozen=True)
class LandformRelief:
    """Micro-relief of one body on a window of the optical grid."""

    rows: slice
    cols: slice
    dz: np.ndarray
    debris: np.ndarray
    soil: np.ndarray


def _flow_coordinates(body: MovingBody, east: np.ndarray, north: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    az = math.radians(body.flow_azimuth_deg)
    de, dn = east - body.centre_e, north - body.centre_n
    along = de * math.sin(az) + dn * math.cos(az)
    return along, -de * math.cos(az) + dn * math.sin(az)


def _rock_glacier(
    rng: np.random.Generator, body: MovingBody, rho: np.ndarray, along: np.ndarray, across: np.ndarray
) -> tuple:
    env = np.clip((1.05 - rho) / 0.2, 0.0, 1.0)
    lobe = rng.uniform(10.0, 35.0) * env * env * (3.0 - 2.0 * env)
    spacing = rng.uniform(20.0, 45.0)
    size = max(body.semi_major_m, body.semi_minor_m)
    curvature = rng.uniform(0.5, 2.0) / size
    wavelength = rng.uniform(0.2, 0.5) * size
    wobble = rng.uniform(0.2, 0.5) * spacing * np.sin(across / wavelength + rng.uniform(0, 6.3))
    arcs = along - curvature * across**2 + wobble
    inner = np.clip((0.95 - rho) / 0.2, 0.0, 1.0)
    ridges = rng.uniform(0.8, 2.0) * np.sin(2 * np.pi * arcs / spacing) * inner
    return lobe + ridges, env, np.zeros_like(env)


def _landslide(
    rng: np.random.Generator, body: MovingBody, rho: np.ndarray, along: np.ndarray, across: np.ndarray
) -> tuple:
    env = np.clip((1.05 - rho) / 0.2, 0.0, 1.0)
    length = max(body.semi_major_m, body.semi_minor_m)
    scarp_at = -rng.uniform(0.5, 0.8) * length
    scarp = 1.0 / (1.0 + np.exp(-(along - scarp_at) / 4.0))
    drop = rng.uniform(5.0, 20.0) * scarp * env
    toe = rng.uniform(3.0, 10.0) * np.exp(-(((along - 0.6 * length) / (0.25 * length)) ** 2)) * env
    bumps = np.sin(along / rng.uniform(8, 20) + rng.uniform(0, 6.3)) * np.sin(across / rng.uniform(8, 20))
    hummocks = rng.uniform(0.5, 2.0) * bumps * env
    soil = np.clip(1.0 - np.abs(along - scarp_at) / (0.15 * length), 0.0, 1.0) * env
    inner = np.clip((0.9 - rho) / 0.3, 0.0, 1.0)
    debris = np.clip(0.2 + 0.5 * bumps, 0.0, 1.0) * inner * rng.uniform(0.3, 0.8)
    return toe + hummocks - drop, debris, soil


#: Micro-relief makers by landform name.
LANDFORMS: dict[str, Callable[..., tuple]] = {"rock_glacier": _rock_glacier, "landslide": _landslide}


def landform_relief(rng: np.random.Generator, body: MovingBody, fine_grid: SimulationGrid) -> LandformRelief:
    """Micro-relief, debris and bare-soil cover of ``body`` on the optical grid."""
    rows, cols = fine_grid.pixel_window(body.centre_e, body.centre_n, body.bounding_radius_m * 1.1)
    east, north = fine_grid.window_coordinates(rows, cols)
    rho = body.rho(east, north)
    along, across = _flow_coordinates(body, east, north)
    dz, debris, soil = LANDFORMS[body.landform](rng, body, rho, along, across)
    f32 = np.float32
    return LandformRelief(rows, cols, dz.astype(f32), debris.astype(f32), soil.astype(f32))
