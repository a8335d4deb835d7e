"""Validation on whole simulated scenes, through the plugin's own tiled inference.

Models are judged as analysts use them: a whole interferogram is predicted tile by tile with
blending (:func:`~isslide_qgis.core.inference.predict_array`, default tiling), and the map is
scored with :mod:`isslide_qgis.core.evaluation`: pooled pixel F1/IoU, moving-area (object)
precision/recall/F1, and false alarms per 100 km^2 on decoy-only scenes (no movement, only
atmospheric decoys). Validation scenes use the validation seeds of :mod:`.seeds`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np
from torch import nn

from ..errors import OperationCanceled
from ..evaluation import PixelCurveAccumulator, best_threshold, false_alarms, object_scores
from ..inference import predict_array
from ..messages import translate
from ..models import ModelCard
from .datasets import family_of, simulated_scene


@dataclass
class ValidationScene:
    """The arrays of one simulated validation scene.

    Attributes:
        seed: scene seed.
        phase, coherence: float32 (NaN: no data).
        truth: uint8 moving-area mask.
        pixel_area_m2: ground area of a pixel.
    """

    seed: int
    phase: np.ndarray
    coherence: np.ndarray
    truth: np.ndarray
    pixel_area_m2: float

    @property
    def valid(self) -> np.ndarray:
        """Pixels with data."""
        return np.isfinite(self.phase) & np.isfinite(self.coherence)

    @property
    def has_movement(self) -> bool:
        """True when the truth holds a moving pixel."""
        return bool(self.truth.any())


def validation_scenes(first_seed: int, count: int, size: int = 512, decoy_only: bool = False,
                      families: Sequence[str] = ("legacy",)) -> list[ValidationScene]:
    """Scenes ``first_seed ... first_seed + count - 1`` of ``families`` drawn in turn (see
    :func:`.datasets.family_of`; all decoy-only with 2-5 decoys when ``decoy_only``)."""
    scenes = []
    for seed in range(first_seed, first_seed + count):
        scene = simulated_scene(seed, size, 1.0 if decoy_only else 0.0, family_of(seed, families))
        scenes.append(ValidationScene(seed, scene.phase, scene.coherence, scene.truth,
                                      float(scene.grid.pixel_area_m2)))
    return scenes


def predict_scenes(model: nn.Module, card: ModelCard, scenes: Sequence[ValidationScene],
                   is_canceled: Callable[[], bool] | None = None) -> list[np.ndarray]:
    """The probability map of each scene (tiled inference, default overlap and blending)."""
    maps = []
    for scene in scenes:
        if is_canceled is not None and is_canceled():
            raise OperationCanceled(translate("IsslideCore", "Validation was cancelled; no model file was written."))
        maps.append(predict_array(scene.phase, scene.coherence, model, card, band="probability"))
    return maps


def pixel_threshold(maps: Sequence[np.ndarray], scenes: Sequence[ValidationScene]) -> float:
    """The threshold maximising the pixel F1 pooled over the scenes."""
    accumulator = PixelCurveAccumulator()
    for prob, scene in zip(maps, scenes):
        accumulator.update(prob, scene.truth)
    return best_threshold(accumulator.curve(), "f1")


def scene_metrics(maps: Sequence[np.ndarray], scenes: Sequence[ValidationScene], threshold: float,
                  prefix: str = "scene_") -> dict[str, Any]:
    """Pixel and object scores at ``threshold`` over the scenes (counts pooled over scenes),
    and false alarms per 100 km^2 over the scenes without movement."""
    accumulator = PixelCurveAccumulator(thresholds=np.array([threshold]))
    detected = bodies = correct = predicted = 0
    alarms, area_km2 = 0, 0.0
    for prob, scene in zip(maps, scenes):
        accumulator.update(prob, scene.truth)
        if scene.has_movement:
            scores = object_scores(prob, scene.truth, threshold)
            detected, bodies = detected + scores.tp, bodies + scores.n_truth
            correct, predicted = correct + scores.correct_predictions, predicted + scores.n_predicted
        else:
            found = false_alarms(prob, threshold, None, 0, scene.pixel_area_m2)
            alarms += found.count
            area_km2 += float(np.isfinite(prob).sum()) * scene.pixel_area_m2 / 1e6
    pixel = accumulator.curve().at(threshold)
    precision = correct / predicted if predicted else 1.0
    recall = detected / bodies if bodies else 1.0
    metrics = {f"{prefix}pixel_{k}": round(float(pixel[k]), 4) for k in ("precision", "recall", "f1", "iou")}
    metrics.update({f"{prefix}object_precision": round(precision, 4),
                    f"{prefix}object_recall": round(recall, 4),
                    f"{prefix}object_f1": round(2 * precision * recall / (precision + recall), 4)
                    if precision + recall else 0.0})
    if area_km2 > 0:
        metrics[f"{prefix}false_alarms_per_100km2"] = round(100.0 * alarms / area_km2, 3)
    return metrics
