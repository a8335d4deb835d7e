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

from typing import Any, Sequence

from torch import nn

from ..evaluation import best_threshold
from .datasets import PatchDataset
from .patch_curves import PatchCurves, ecsplain_curves, segmenter_curves


def _rounded(values: dict[str, float], prefix: str, keys: Sequence[str]) -> dict[str, float]:
    return {f"{prefix}{k}": round(float(values[k]), 4) for k in keys if k in values}


def segmenter_patch_thresholds(model: nn.Module, data: PatchDataset, batch_size: int = 32,
                               threshold: float | None = None
                               ) -> tuple[dict[str, float], dict[str, Any]]:
    """``({"pixel": t}, metrics)``: t maximises the pooled pixel F1 over the patches of ``data``
    (or is ``threshold`` when given).

    Metrics at t: pixel precision/recall/F1/IoU and AUROC, and the patch detection rule of the
    papers (more than 25 pixels above t) as accuracy/precision/recall/F1.
    """
    return segmenter_thresholds_from(segmenter_curves(model, data, batch_size=batch_size), threshold)


def segmenter_thresholds_from(found: PatchCurves, threshold: float | None = None
                              ) -> tuple[dict[str, float], dict[str, Any]]:
    """:func:`segmenter_patch_thresholds` from curves already computed."""
    curves = found.curves
    threshold = best_threshold(curves["pixel"], "f1") if threshold is None else threshold
    metrics = _rounded(curves["pixel"].at(threshold), "patch_pixel_", ("precision", "recall", "f1", "iou", "auroc"))
    metrics.update(_rounded(curves["detection"].at(threshold), "patch_detection_",
                            ("accuracy", "precision", "recall", "f1")))
    return {"pixel": threshold}, metrics


def ecsplain_thresholds(model: nn.Module, data: PatchDataset, layers: Sequence[str],
                        method: str = "gradcam", batch_size: int = 32
                        ) -> tuple[dict[str, float], dict[str, Any]]:
    """``({"detection": t_det, "localisation": t_loc}, metrics)`` on the patches of ``data``.

    Metrics: detection accuracy/precision/recall/F1/AUROC at t_det; localisation Dice, IoU
    (per-patch means over moving patches) at t_loc and the mean absolute error of the CAM.
    """
    return ecsplain_thresholds_from(ecsplain_curves(model, data, layers, method, batch_size=batch_size))


def ecsplain_thresholds_from(found: PatchCurves) -> tuple[dict[str, float], dict[str, Any]]:
    """:func:`ecsplain_thresholds` from curves already computed."""
    detection = found.curves["detection"]
    t_det = best_threshold(detection, "f1")
    metrics = _rounded(detection.at(t_det), "detection_", ("accuracy", "precision", "recall", "f1", "auroc"))
    thresholds = {"detection": t_det, "localisation": 0.5}
    if "localisation" in found.curves:
        curve = found.curves["localisation"]
        thresholds["localisation"] = best_threshold(curve, "dice")
        metrics.update(_rounded(curve.at(thresholds["localisation"]), "localisation_", ("dice", "iou")))
        metrics["localisation_mae"] = round(found.scalars["localisation_mae"], 4)
    return thresholds, metrics
