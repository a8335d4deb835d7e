"""Decision thresholds and validation metrics on validation patches (ECSPLAIN, fallback).

- ECSPLAIN: ``{"detection": t_det}`` maximises the patch-level F1 of the detection probability
  (:func:`~isslide_qgis.core.evaluation.patch_detection_scores`); ``{"localisation": t_loc}``
  maximises the mean Dice of the CAM over the moving patches (Dice per patch, then averaged).
- Segmenters without validation scenes: ``{"pixel": t}`` maximises the pooled pixel F1 of the
  patches (with scenes, :mod:`.scenes` chooses it on whole-scene inference instead).

The metrics themselves come from :mod:`isslide_qgis.core.evaluation` (a pixel or a score is
positive when it strictly exceeds the threshold; thresholds 0, 0.01, ..., 1).
"""
from __future__ import annotations

from typing import Any, Iterator, Sequence

import numpy as np
import torch
from torch import nn

from ..cam import ecsplain_localisation
from ..evaluation import (PixelCurveAccumulator, best_threshold, patch_detection_scores,
                          segmenter_patch_scores)
from .datasets import PatchDataset


def _rounded(values: dict[str, float], prefix: str, keys: Sequence[str]) -> dict[str, float]:
    return {f"{prefix}{k}": round(float(values[k]), 4) for k in keys if k in values}


def _batches(n: int, size: int) -> Iterator[np.ndarray]:
    for start in range(0, n, size):
        yield np.arange(start, min(start + size, n))


def segmenter_patch_thresholds(model: nn.Module, data: PatchDataset, batch_size: int = 32,
                               threshold: float | None = None
                               ) -> tuple[dict[str, float], dict[str, Any]]:
    """``({"pixel": t}, metrics)``: t maximises the pooled pixel F1 over the patches of ``data``
    (or is ``threshold`` when given).

    Metrics at t: pixel precision/recall/F1/IoU and AUROC, and the patch detection rule of the
    papers (more than 25 pixels above t) as accuracy/precision/recall/F1.
    """
    model.eval()
    accumulator = PixelCurveAccumulator()
    counts = np.zeros(len(data))
    probabilities = []
    with torch.no_grad():
        for index in _batches(len(data), batch_size):
            inputs, masks, _ = data.batch(index)
            prob = torch.sigmoid(model(torch.from_numpy(inputs))[:, 0]).numpy()
            accumulator.update(prob, masks)
            probabilities.append((index, prob))
    curve = accumulator.curve()
    threshold = best_threshold(curve, "f1") if threshold is None else threshold
    for index, prob in probabilities:
        counts[index] = segmenter_patch_scores(prob, threshold).counts
    detection = patch_detection_scores(counts, data.patches.labels, np.array([25.0]))
    metrics = _rounded(curve.at(threshold), "patch_pixel_", ("precision", "recall", "f1", "iou", "auroc"))
    metrics.update(_rounded(detection.at(25.0), "patch_detection_", ("accuracy", "precision", "recall", "f1")))
    return {"pixel": threshold}, metrics


def ecsplain_thresholds(model: nn.Module, data: PatchDataset, layers: Sequence[str],
                        method: str = "gradcam", batch_size: int = 32
                        ) -> tuple[dict[str, float], dict[str, Any]]:
    """``({"detection": t_det, "localisation": t_loc}, metrics)`` on the patches of ``data``.

    Metrics: detection accuracy/precision/recall/F1/AUROC at t_det; localisation Dice, IoU
    (per-patch means over moving patches) at t_loc and the mean absolute error of the CAM.
    """
    model.eval()
    scores = np.zeros(len(data))
    localisation = PixelCurveAccumulator(average="image")
    error_sum, moving_patches = 0.0, 0
    for index in _batches(len(data), batch_size):
        inputs, masks, labels = data.batch(index)
        result = ecsplain_localisation(model, torch.from_numpy(inputs), layers, method,
                                       differentiable=False)
        scores[index] = torch.sigmoid(result.scores).numpy()
        moving = labels == 1
        if moving.any():
            cams = result.fused.numpy()[moving]
            localisation.update(cams, masks[moving])
            error_sum += float(np.abs(cams - masks[moving]).mean(axis=(1, 2)).sum())
            moving_patches += int(moving.sum())
    detection = patch_detection_scores(scores, data.patches.labels)
    t_det = best_threshold(detection, "f1")
    metrics = _rounded(detection.at(t_det), "detection_", ("accuracy", "precision", "recall", "f1", "auroc"))
    thresholds = {"detection": t_det, "localisation": 0.5}
    if moving_patches:
        curve = localisation.curve()
        thresholds["localisation"] = best_threshold(curve, "dice")
        metrics.update(_rounded(curve.at(thresholds["localisation"]), "localisation_", ("dice", "iou")))
        metrics["localisation_mae"] = round(error_sum / moving_patches, 4)
    return thresholds, metrics
