"""Which annotated moving areas a detection found, polygon by polygon.

Used where each true area carries attributes worth reporting (the sample's ``fringes``: does
the default model find every area whose signal reaches a quarter fringe?). A true polygon is
*found* when at least ``coverage`` (20 %, the rule of :mod:`.coverage_scores`) of its pixels
lie under detected polygons, both burnt on the same raster grid (pixel centres inside).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..insar.grid import RasterGrid
from ..insar.patches import rasterize_annotations
from .coverage_scores import COVERAGE
from .validation import check_fraction


def covered_fractions(truth: Sequence[Any], detections: Sequence[Any], grid: RasterGrid) -> list[float]:
    """Share of each true polygon's pixels under the detected polygons (NaN: the polygon holds
    no pixel centre of ``grid``)."""
    detected = rasterize_annotations(detections, grid) > 0
    fractions = []
    for geometry in truth:
        inside = rasterize_annotations([geometry], grid) > 0
        pixels = int(inside.sum())
        fractions.append(float(detected[inside].sum()) / pixels if pixels else float("nan"))
    return fractions


def found(fractions: Sequence[float], coverage: float = COVERAGE) -> list[bool]:
    """Whether each covered fraction reaches ``coverage``."""
    coverage = check_fraction("coverage", coverage)
    return [bool(np.isfinite(f) and f >= coverage) for f in fractions]


def areas_found(truth_path: Path, detections_path: Path, raster_path: Path,
                fields: Sequence[str] = ()) -> list[tuple[dict[str, Any], float]]:
    """Per true polygon of the GeoPackage ``truth_path``: its ``fields`` and the share of it
    covered by the polygons of ``detections_path`` (layer ``moving_areas`` in both), on the
    grid of ``raster_path``."""
    import rasterio

    from ..vectorize.geopackage import read_features

    truth = read_features(truth_path, "moving_areas", fields)
    detections = [geometry for geometry, _ in read_features(detections_path, "moving_areas")]
    with rasterio.open(raster_path) as src:
        grid = RasterGrid.from_dataset(src)
    fractions = covered_fractions([geometry for geometry, _ in truth], detections, grid)
    return [(values, fraction) for (_, values), fraction in zip(truth, fractions)]
