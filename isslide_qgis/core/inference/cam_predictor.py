"""Class activation maps as a tile predictor, so whole rasters stream through the engine.

:class:`CamPredictor` plugs into :func:`~.engine.run_inference` (``predictor=``): the engine
reads, tiles, blends and writes exactly as for detection, and this predictor returns one band,
``cam``, per tile: the fused CAM in [0, 1] of the explained score (see
:mod:`isslide_qgis.core.cam.tile_targets`), or 0 on tiles with nothing to explain.

Per batch: one forward pass without gradient gives the model's answer (the region of the
``"prediction"`` target, ECSPLAIN's scores); then the CAM method runs on the tiles to explain,
once per view when the map is averaged over the tile's symmetries (:mod:`..cam.views`).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
from rasterio.windows import Window
from torch import nn

from isslide_qgis.core.cam.base import CamMethod
from isslide_qgis.core.cam.tile_targets import CAM_TARGETS, TileBatch, TilePolygons, explained_target
from isslide_qgis.core.cam.views import views as symmetry_views
from isslide_qgis.core.inference.detection import map_threshold
from isslide_qgis.core.inference.predictors import TilePrediction, TilePredictor
from isslide_qgis.core.models.card import ModelCard


def target_threshold(card: ModelCard) -> float:
    """Probability threshold of the ``"prediction"`` target: ECSPLAIN's detection threshold,
    a segmenter's pixel threshold (both from the model card)."""
    if card.task == "classification":
        return float((card.thresholds or {}).get("detection", 0.5))
    return map_threshold(card)


class CamPredictor(TilePredictor):
    """The fused CAM of each tile (band ``cam``); ECSPLAIN's detection scores as tile scores.

    Args:
        model, card, device: as for every predictor.
        method: a CAM method (:func:`~isslide_qgis.core.cam.registry.get_cam_method`).
        layers: the layers to explain and fuse.
        target: a key of :data:`~isslide_qgis.core.cam.tile_targets.CAM_TARGETS`.
        threshold: probability threshold of ``"prediction"``; default :func:`target_threshold`.
        polygons: the analyst's polygons (target ``"polygons"``).
        views: symmetries of the tile the map is averaged over (1 or 8, :mod:`..cam.views`).

    Attributes:
        tiles_explained: tiles whose CAM was computed (the others are 0).
    """

    band_names = ("cam",)

    def __init__(self, model: nn.Module, card: ModelCard, device: torch.device, method: CamMethod,
                 layers: Sequence[str], target: str = "prediction", threshold: float | None = None,
                 polygons: TilePolygons | None = None, views: int = 1) -> None:
        super().__init__(model, card, device)
        if target not in CAM_TARGETS:
            raise ValueError(f"Unknown CAM target {target!r}; valid: {', '.join(CAM_TARGETS)}.")
        self.method = method
        self.layers = tuple(layers)
        self.target = target
        self.threshold = target_threshold(card) if threshold is None else float(threshold)
        self.polygons = polygons
        self.views = symmetry_views(views)
        self.classifier = card.task == "classification"
        self.tiles_explained = 0
        self._valid: torch.Tensor | None = None

    def predict(self, channels: np.ndarray, windows: Sequence[Window] | None = None) -> TilePrediction:
        """CAMs of a batch ``(N, C, T, T)`` of tiles (NaN channels: no data)."""
        self._valid = torch.from_numpy(np.isfinite(channels).all(axis=1)).to(self.device)
        try:
            return super().predict(channels, windows)
        finally:
            self._valid = None

    def _forward_at(self, x: torch.Tensor, windows: Sequence[Window] | None
                    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        with torch.no_grad():
            output = self.model(x)
        shape = (x.shape[0],) if self.classifier else (x.shape[0], *x.shape[-2:])
        batch = TileBatch(output.reshape(shape), self._valid, windows, self.classifier,
                          self.threshold, self.polygons)
        region = CAM_TARGETS[self.target](batch)
        chosen = region.flatten(1).any(dim=1).nonzero().flatten()
        maps = torch.zeros(x.shape[0], 1, *x.shape[-2:], dtype=x.dtype, device=x.device)
        if chosen.numel():
            inputs, explained = x[chosen], region[chosen]
            for view in self.views:  # the region and the map turn with the tile
                result = self.method(self.model, view.apply(inputs),
                                     explained_target(batch, view.apply(explained)), self.layers,
                                     differentiable=False)
                maps[chosen, 0] += view.undo(result.fused.to(maps.dtype))
            maps[chosen, 0] /= len(self.views)
            self.tiles_explained += int(chosen.numel())
        return maps, torch.sigmoid(batch.logits) if self.classifier else None
