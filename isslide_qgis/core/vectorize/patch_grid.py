"""The detection score of every patch (tile) as a grid of squares an analyst can browse.

ECSPLAIN classifies each tile it sees; :func:`write_patch_scores` turns the engine's
``(window, score)`` list (:attr:`InferenceSummary.tile_scores`) into the polygon layer
``patch_scores``: one square per tile, clipped to the raster extent (edge tiles may be padded
beyond it), with its score, whether it counts as a detection, and its pixel position. The
layer carries a graduated default style (transparent fill growing with the score).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Sequence

from rasterio.windows import Window
from shapely.geometry import box

from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.messages import translate
from isslide_qgis.core.vectorize.geopackage import (
    FeatureRow,
    FieldSpec,
    atomic_geopackage,
    write_layer,
)
from isslide_qgis.core.vectorize.ground_area import to_map
from isslide_qgis.core.vectorize.styles import embed_shipped_style

#: Name of the patch-score grid layer (and of its shipped style).
PATCH_SCORES_LAYER = "patch_scores"
PATCH_SCORE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("score", "real"),
    FieldSpec("detected", "boolean"),
    FieldSpec("row", "integer"),
    FieldSpec("col", "integer"),
    FieldSpec("model", "string"),
)


def write_patch_scores(tile_scores: Sequence[tuple[Window, float]], grid: RasterGrid,
                       out_path: str | Path, threshold: float | None = None,
                       model_name: str = "") -> Path:
    """Write the GeoPackage layer ``patch_scores`` of the tiles' detection scores.

    Args:
        tile_scores: ``(window, score)`` of each tile, windows in pixels of ``grid``.
        grid: The raster's grid (CRS of the layer; none in radar geometry).
        out_path: GeoPackage to write (all or nothing).
        threshold: Detection threshold: ``detected`` is ``score > threshold``; NULL when
            ``None``.
        model_name: Model that gave the scores (field ``model``).

    Returns:
        ``out_path``.

    Raises:
        IsslideError: The GeoPackage cannot be written.
    """
    out_path = Path(out_path)
    extent = box(0, 0, grid.width, grid.height)
    description = translate(
        "IsslideCore", "Detection score of each patch (model {model})"
    ).format(model=model_name or "?")
    def rows() -> Iterator[FeatureRow]:
        for window, score in tile_scores:
            col, row = int(round(window.col_off)), int(round(window.row_off))
            square = box(col, row, col + window.width, row + window.height).intersection(extent)
            if square.is_empty or square.area == 0:
                continue
            detected = None if threshold is None else int(float(score) > threshold)
            values = {"score": float(score), "detected": detected, "row": row, "col": col,
                      "model": model_name}
            yield values, to_map(square, grid), None

    notes: list[str] = []
    with atomic_geopackage(out_path) as temporary:
        write_layer(temporary, PATCH_SCORES_LAYER, grid, "wkbPolygon", PATCH_SCORE_FIELDS,
                    rows(), description)
        embed_shipped_style(temporary, PATCH_SCORES_LAYER, PATCH_SCORES_LAYER, notes)
    return out_path
