"""Metric curves of a network on annotated patches, as the papers measure them.

- Segmenters: ``pixel`` (pooled pixel precision, recall, F1, IoU, Dice, AUROC, and on request
  the average Hausdorff distance averaged over the moving patches) and ``detection``, the
  ISSLIDE patch rule at each pixel threshold t: a patch is detected when more than 25 of its
  pixels exceed t, i.e. when its 26th largest probability exceeds t.
- ECSPLAIN: ``detection`` (patch score = sigmoid of the logit) and ``localisation``, the fused
  CAM against the mask on the moving patches (metrics averaged per patch), plus the CAM's mean
  absolute error.

Thresholds 0, 0.01, ..., 1; a value is positive when it strictly exceeds the threshold. The
validation (choosing thresholds) and the evaluation report share these curves.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator, Sequence

import numpy as np
import torch
from torch import nn

from ..cam import ecsplain_localisation
from ..errors import OperationCanceled
from ..evaluation import ISSLIDE_MIN_PIXELS, PixelCurveAccumulator, patch_detection_scores
from ..evaluation.thresholds import CurveMethods
from ..messages import translate
from .datasets import PatchDataset


@dataclass
class PatchCurves:
    """Curves by name (``pixel``/``detection`` or ``detection``/``localisation``), and scalars."""

    curves: dict[str, CurveMethods]
    scalars: dict[str, float] = field(default_factory=dict)


def batches(n: int, size: int) -> Iterator[np.ndarray]:
    """Index arrays of consecutive batches of ``size`` over ``n`` items."""
    for start in range(0, n, size):
        yield np.arange(start, min(start + size, n))


def rule_scores(prob: np.ndarray, min_pixels: int = ISSLIDE_MIN_PIXELS) -> np.ndarray:
    """Per patch, the (min_pixels + 1)-th largest probability (NaN never counts): the patch
    has more than ``min_pixels`` pixels above t exactly when this score is above t."""
    values = np.nan_to_num(prob.reshape(prob.shape[0], -1), nan=-np.inf)
    if values.shape[1] <= min_pixels:
        return np.full(values.shape[0], -np.inf)
    rank = values.shape[1] - min_pixels - 1
    return np.partition(values, rank, axis=1)[:, rank]


def _check(is_canceled: Callable[[], bool] | None) -> None:
    if is_canceled is not None and is_canceled():
        raise OperationCanceled(translate("IsslideCore", "Evaluation was cancelled."))


def segmenter_curves(model: nn.Module, data: PatchDataset, *, hausdorff: bool = False,
                     batch_size: int = 32, progress: Callable[[float], None] | None = None,
                     is_canceled: Callable[[], bool] | None = None) -> PatchCurves:
    """``pixel`` and ``detection`` curves of a segmenter on the patches of ``data``."""
    model.eval()
    pixels = PixelCurveAccumulator()
    shapes = PixelCurveAccumulator(average="image", hausdorff=True) if hausdorff else None
    scores = np.zeros(len(data))
    with torch.no_grad():
        for index in batches(len(data), batch_size):
            _check(is_canceled)
            inputs, masks, labels = data.batch(index)
            prob = torch.sigmoid(model(torch.from_numpy(inputs))[:, 0]).numpy()
            pixels.update(prob, masks)
            scores[index] = rule_scores(prob)
            if shapes is not None and (labels == 1).any():
                shapes.update(prob[labels == 1], masks[labels == 1])
            if progress is not None:
                progress(100.0 * (index[-1] + 1) / len(data))
    pixel = pixels.curve()
    if shapes is not None and shapes.images:
        pixel.extra["hausdorff"] = shapes.curve().extra["hausdorff"]
    detection = patch_detection_scores(np.maximum(scores, -1.0), data.patches.labels)
    return PatchCurves({"pixel": pixel, "detection": detection})


def ecsplain_curves(model: nn.Module, data: PatchDataset, layers: Sequence[str],
                    method: str = "gradcam", *, hausdorff: bool = False, batch_size: int = 32,
                    progress: Callable[[float], None] | None = None,
                    is_canceled: Callable[[], bool] | None = None) -> PatchCurves:
    """``detection`` and ``localisation`` curves of ECSPLAIN (``method`` CAM fused over
    ``layers``) on the patches of ``data``; scalar ``localisation_mae``."""
    model.eval()
    scores = np.zeros(len(data))
    localisation = PixelCurveAccumulator(average="image", hausdorff=hausdorff)
    error_sum, moving_patches = 0.0, 0
    for index in batches(len(data), batch_size):
        _check(is_canceled)
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
        if progress is not None:
            progress(100.0 * (index[-1] + 1) / len(data))
    curves: dict[str, CurveMethods] = {"detection": patch_detection_scores(scores, data.patches.labels)}
    scalars: dict[str, float] = {"moving_patches": float(moving_patches)}
    if moving_patches:
        curves["localisation"] = localisation.curve()
        scalars["localisation_mae"] = error_sum / moving_patches
    return PatchCurves(curves, scalars)
