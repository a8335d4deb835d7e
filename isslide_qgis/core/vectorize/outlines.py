"""From a pixel outline to the polygon an analyst reviews: simplification and smoothing.

Both steps work in pixel units, on the outline in pixel coordinates, before it is put in map
coordinates (so their settings mean the same on any CRS):

- simplification: Douglas-Peucker with a tolerance in pixels, topology preserved (GEOS'
  topology-preserving simplifier: rings neither cross one another nor collapse);
- smoothing: Chaikin corner cutting, :data:`CHAIKIN_ITERATIONS` passes. Each pass replaces a
  corner by two points on its edges, at a quarter of each edge but never more than
  :data:`CHAIKIN_MAX_CUT_PX` pixel from the corner, so pixel staircases become smooth curves
  while the outline stays within about a pixel of the pixel edges (long straight edges keep
  their corners nearly in place). Parts that touch at a single corner come apart slightly.

A step whose result would be invalid is repaired; one whose result would be empty is skipped.
"""
from __future__ import annotations

import numpy as np
from shapely.geometry import MultiPolygon, Polygon

from isslide_qgis.core.vectorize.components import polygonal
from isslide_qgis.core.vectorize.ground_area import Polygonal

#: Passes of Chaikin corner cutting when smoothing.
CHAIKIN_ITERATIONS = 2
#: Largest distance (pixels) from a corner to the points that replace it, per pass.
CHAIKIN_MAX_CUT_PX = 0.5


def chaikin_ring(coords: np.ndarray, iterations: int = CHAIKIN_ITERATIONS,
                 max_cut: float = CHAIKIN_MAX_CUT_PX) -> np.ndarray:
    """Chaikin-smoothed closed ring ``(n, 2)`` (first point repeated last, as in shapely)."""
    points = np.asarray(coords, dtype=float)[:-1]
    for _ in range(iterations):
        following = np.roll(points, -1, axis=0)
        edge = following - points
        length = np.hypot(edge[:, 0], edge[:, 1])
        cut = np.minimum(0.25, max_cut / np.maximum(length, 1e-12))[:, None]
        points = np.stack([points + cut * edge, following - cut * edge], axis=1).reshape(-1, 2)
    return np.vstack([points, points[:1]])


def smooth(geometry: Polygonal, iterations: int = CHAIKIN_ITERATIONS) -> Polygonal:
    """Every ring of ``geometry`` smoothed by :func:`chaikin_ring`."""
    def ring(coords) -> np.ndarray:
        return chaikin_ring(np.asarray(coords), iterations)

    polygons = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
    smoothed = [Polygon(ring(p.exterior.coords), [ring(r.coords) for r in p.interiors])
                for p in polygons if not p.is_empty]
    return smoothed[0] if len(smoothed) == 1 else MultiPolygon(smoothed)


def refine_outline(outline: Polygonal, simplify_px: float = 0.0,
                   smoothing: bool = False) -> Polygonal:
    """Simplify (tolerance in pixels, 0: none) then smooth (optional) a pixel outline."""
    result = outline
    if simplify_px > 0:
        result = _kept(result, polygonal(result.simplify(simplify_px, preserve_topology=True)))
    if smoothing:
        result = _kept(result, polygonal(smooth(result)))
    return result


def _kept(before: Polygonal, after: Polygonal) -> Polygonal:
    return before if after.is_empty else after
