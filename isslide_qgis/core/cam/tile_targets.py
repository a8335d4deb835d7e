"""What a whole-raster CAM explains on each tile: the analyst's target modes.

Each mode gives every tile of a batch a *region* ``(N, T, T)`` (valid pixels only):

* ``"prediction"``: what the model found. Segmenters: the pixels whose probability exceeds
  the threshold (the model card's); ECSPLAIN: the whole tile when its detection score exceeds
  the card's detection threshold, else nothing.
* ``"polygons"``: the analyst's polygons rasterised onto the tile (every touched pixel).
* ``"all"``: every valid pixel of every tile.

A tile whose region is empty is not explained: its map is 0 (and costs no CAM). Otherwise
the explained score is, for ECSPLAIN, its logit (the region only selects the tile) and, for a
segmenter, the sum of its logits over the region (:class:`~.targets.MaskedLogitSum`).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch
from affine import Affine
from rasterio.features import rasterize
from rasterio.windows import Window

from isslide_qgis.core.cam.targets import CamTarget, ClassifierLogit, MaskedLogitSum


class TilePolygons:
    """Polygons (in the raster's coordinates) rasterised onto tile windows on demand.

    Args:
        geometries: shapely polygons or multipolygons in the raster's CRS (pixel coordinates
            for a raster without CRS); empty ones are dropped.
        transform: the raster's affine transform.
    """

    def __init__(self, geometries: Sequence[object], transform: Affine) -> None:
        self.geometries = [g for g in geometries if g is not None and not g.is_empty]
        self.transform = transform
        self._bounds = np.array([g.bounds for g in self.geometries], dtype=np.float64).reshape(-1, 4)

    def __len__(self) -> int:
        return len(self.geometries)

    def _window_bounds(self, window: Window) -> tuple[float, float, float, float]:
        col, row = float(window.col_off), float(window.row_off)
        corners = [self.transform * (col + dc, row + dr)
                   for dc in (0.0, float(window.width)) for dr in (0.0, float(window.height))]
        xs, ys = zip(*corners)
        return min(xs), min(ys), max(xs), max(ys)

    def mask(self, window: Window) -> np.ndarray:
        """``(height, width)`` bool: pixels of ``window`` touched by a polygon."""
        shape = (int(window.height), int(window.width))
        x0, y0, x1, y1 = self._window_bounds(window)
        b = self._bounds
        near = np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0))
        if near.size == 0:
            return np.zeros(shape, dtype=bool)
        local = self.transform * Affine.translation(float(window.col_off), float(window.row_off))
        burnt = rasterize([(self.geometries[i], 1) for i in near], out_shape=shape,
                          transform=local, all_touched=True, fill=0, dtype="uint8")
        return burnt.astype(bool)


@dataclass
class TileBatch:
    """One batch of tiles as a target mode sees it.

    Attributes:
        logits: the model's output without CAM: ``(N,)`` (classifier) or ``(N, T, T)``.
        valid: ``(N, T, T)`` bool, pixels with data (above the coherence threshold).
        windows: the tiles' raster windows (``None`` outside a raster run).
        classifier: True for ECSPLAIN (one logit per tile).
        threshold: probability threshold of ``"prediction"``.
        polygons: the analyst's polygons, for ``"polygons"``.
    """

    logits: torch.Tensor
    valid: torch.Tensor
    windows: Sequence[Window] | None
    classifier: bool
    threshold: float
    polygons: TilePolygons | None = None


def prediction_region(batch: TileBatch) -> torch.Tensor:
    """What the model found: pixels (segmenter) or tiles (ECSPLAIN) above the threshold."""
    found = torch.sigmoid(batch.logits) > batch.threshold
    if batch.classifier:
        found = found.reshape(-1, 1, 1).expand_as(batch.valid)
    return found & batch.valid


def polygon_region(batch: TileBatch) -> torch.Tensor:
    """The analyst's polygons on each tile (requires the tiles' windows and polygons)."""
    if batch.polygons is None or batch.windows is None:
        raise ValueError("The 'polygons' CAM target needs polygons and the tiles' windows.")
    masks = np.stack([batch.polygons.mask(w) for w in batch.windows])
    return torch.from_numpy(masks).to(batch.valid.device) & batch.valid


def whole_tile(batch: TileBatch) -> torch.Tensor:
    """Every valid pixel of every tile."""
    return batch.valid.clone()


#: Target mode -> region function; the Processing enum lists these keys.
CAM_TARGETS: dict[str, Callable[[TileBatch], torch.Tensor]] = {
    "prediction": prediction_region,
    "polygons": polygon_region,
    "all": whole_tile,
}


def explained_target(batch: TileBatch, region: torch.Tensor) -> CamTarget:
    """The score a CAM explains on tiles with a non-empty ``region`` (those tiles only)."""
    if batch.classifier:
        return ClassifierLogit()
    return MaskedLogitSum(region)
