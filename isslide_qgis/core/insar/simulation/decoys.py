"""Atmospheric decoys: localised phase blobs that look like "bubbles" but are not movement.

Convective cells and local water-vapour anomalies give km to sub-km phase blobs of up to
about a fringe on Sentinel-1 interferograms (Hanssen 2001, ch. 4.7; Bekaert et al. 2015,
"Statistical comparison of InSAR tropospheric correction techniques", RSE 170), and
relief-bound anomalies (a peak with a different local stratification) follow the
topography. These are the "disturbances" the ISSLIDE classifier must reject (Bralet et al.
2024). A decoy has the size of a body (area of the region above 30 % of its peak: 0.04-0.8
km^2), an amplitude up to ``decoy_amplitude_fringes`` (either sign), coherent ground under it
preferred, no truth. Shapes come from :data:`DECOY_SHAPES` (a registry).
"""
from __future__ import annotations

import math
from typing import Callable

import numpy as np
from affine import Affine
from rasterio import features
from shapely.geometry import shape as to_shape
from shapely.geometry.base import BaseGeometry

from .deformation import MovingBody
from .grid import SimulationGrid
from .random_fields import power_law_field

#: Level (fraction of the peak) whose outline is a decoy's geometry.
DECOY_LEVEL = 0.3

ShapeMaker = Callable[[np.random.Generator, np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def _gaussian(rng: np.random.Generator, x: np.ndarray, y: np.ndarray, dem: np.ndarray) -> np.ndarray:
    return np.exp(-0.5 * (x**2 + y**2))


def _cluster(rng: np.random.Generator, x: np.ndarray, y: np.ndarray, dem: np.ndarray) -> np.ndarray:
    out = np.zeros(np.broadcast_shapes(x.shape, y.shape))
    for _ in range(int(rng.integers(2, 5))):
        cx, cy, s = rng.normal(0, 0.7), rng.normal(0, 0.7), rng.uniform(0.4, 1.0)
        out += rng.uniform(0.5, 1.0) * np.exp(-0.5 * ((x - cx) ** 2 + (y - cy) ** 2) / s**2)
    return out


def _textured(rng: np.random.Generator, x: np.ndarray, y: np.ndarray, dem: np.ndarray) -> np.ndarray:
    envelope = np.exp(-0.5 * (x**2 + y**2))
    texture = power_law_field(rng, envelope.shape, 2.5)
    return envelope * (1.0 + rng.uniform(0.3, 0.7) * texture)


def _topographic(rng: np.random.Generator, x: np.ndarray, y: np.ndarray, dem: np.ndarray) -> np.ndarray:
    envelope = np.exp(-0.5 * (x**2 + y**2))
    z = dem - np.average(dem, weights=envelope)
    return envelope * z / max(float(np.abs(z).max()), 1e-6) + 0.5 * envelope


#: Decoy shapes: maker(rng, x, y, dem_window) on coordinates scaled by the blob's sigmas.
DECOY_SHAPES: dict[str, ShapeMaker] = {
    "gaussian": _gaussian,
    "cluster": _cluster,
    "textured": _textured,
    "topographic": _topographic,
}


def _outline(mask: np.ndarray, transform: Affine) -> BaseGeometry | None:
    shapes = features.shapes(mask.astype(np.uint8), mask=mask, transform=transform)
    polygons = [to_shape(g) for g, v in shapes if v]
    return max(polygons, key=lambda p: p.area) if polygons else None


def draw_decoys(
    rng: np.random.Generator,
    grid: SimulationGrid,
    dem: np.ndarray,
    preference: np.ndarray,
    bodies: list[MovingBody],
    n_decoys: int,
    amplitude_fringes: float,
) -> tuple[np.ndarray, list[BaseGeometry], list[dict]]:
    """Decoy phase (float32 rad), their outlines (map coordinates) and records.

    Args:
        rng: Generator.
        grid: Scene grid.
        dem: Altitude (m), for relief-bound decoys.
        preference: Non-negative weight of each pixel as a decoy centre (e.g. coherence).
        bodies: Bodies to keep clear of (a decoy never overlaps a body).
        n_decoys: How many decoys to draw.
        amplitude_fringes: Largest |peak| in fringes (2*pi rad each).
    """
    phase = np.zeros(grid.shape, np.float32)
    geometries: list[BaseGeometry] = []
    records: list[dict] = []
    if n_decoys == 0 or amplitude_fringes == 0:
        return phase, geometries, records
    stride = max(1, int(math.sqrt(grid.height * grid.width / 40000.0)))
    rows, cols = np.mgrid[0 : grid.height : stride, 0 : grid.width : stride]
    east, north = (cols + 0.5) * grid.dx_m, -(rows + 0.5) * grid.dy_m
    for _ in range(n_decoys):
        name = str(rng.choice(list(DECOY_SHAPES)))
        area = math.exp(rng.uniform(math.log(0.04e6), math.log(0.8e6)))
        aspect = rng.uniform(1.0, 2.0)
        sigma = math.sqrt(area / (np.pi * 2.0 * math.log(1.0 / DECOY_LEVEL)))
        sa, sb = sigma * math.sqrt(aspect), sigma / math.sqrt(aspect)
        radius = 3.5 * sa
        weight = preference[rows, cols].astype(np.float64).copy()
        for body in bodies:
            near = np.hypot(east - body.centre_e, north - body.centre_n) < body.bounding_radius_m + 1.5 * sa
            weight[near] = 0
        if weight.sum() <= 0:
            continue
        pick = int(rng.choice(weight.size, p=(weight / weight.sum()).ravel()))
        ce, cn = float(east.flat[pick]), float(north.flat[pick])
        r_sl, c_sl = grid.pixel_window(ce, cn, radius)
        we, wn = grid.window_coordinates(r_sl, c_sl)
        angle = rng.uniform(0, np.pi)
        u = (we - ce) * math.cos(angle) + (wn - cn) * math.sin(angle)
        v = -(we - ce) * math.sin(angle) + (wn - cn) * math.cos(angle)
        pattern = DECOY_SHAPES[name](rng, u / sa, v / sb, dem[r_sl, c_sl])
        pattern = pattern / max(float(np.abs(pattern).max()), 1e-9)
        amplitude = 2 * np.pi * amplitude_fringes * rng.uniform(0.25, 1.0) * rng.choice([-1.0, 1.0])
        phase[r_sl, c_sl] += (amplitude * pattern).astype(np.float32)
        window_transform = grid.transform * Affine.translation(c_sl.start, r_sl.start)
        geometry = _outline(np.abs(pattern) >= DECOY_LEVEL, window_transform)
        if geometry is not None:
            geometries.append(geometry)
            records.append(dict(shape=name, amplitude_rad=float(amplitude), area_m2=area, geometry=geometry))
    return phase, geometries, records
