"""Which annotated moving areas a detection found, polygon by polygon.

Used where each true area carries attributes worth reporting (the sample's ``fringes``: does
the default model find every area whose signal reaches a quarter fringe?). A true polygon is
*found* when at least ``coverage`` (20 %, the rule of :mod:`.coverage_scores`) of its pixels
lie under detected polygons, both burnt on the same raster grid (pixel centres inside).
"""
from __future__ import annotations

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
