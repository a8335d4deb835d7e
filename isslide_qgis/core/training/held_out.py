"""Held-out evaluation of trained models on simulated scenes never used in training.

Scenes come from seeds :data:`.seeds.HELD_OUT_FIRST_SEED` and above (``random_scene_config``:
varied CRS, baselines, atmosphere, noise, nodata), predicted whole through the plugin's tiled
inference at the threshold of each model's card, and scored as in the papers: moving-area
(object) F1, pooled pixel IoU and AUROC, false alarms per 100 km^2 on decoy-only scenes,
ECSPLAIN's patch accuracy, and CPU time per 100 x 100 patch. The phase-gradient baseline is
thresholded at the value that maximises its pixel F1 on *validation* scenes, as the models'
thresholds are chosen on validation data, so the comparison is fair.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
import torch
from torch import nn

from ..evaluation import PixelCurveAccumulator, patch_detection_scores
from ..evaluation.baselines import phase_gradient_baseline
from ..inference.detection import map_threshold
from ..models import ModelCard
from .datasets import PatchDataset, SimulatedPatches, scene_patches
from .patchset import PatchSet
from .scenes import ValidationScene, pixel_threshold, predict_scenes, scene_metrics, \
    validation_scenes
from .seeds import HELD_OUT_FIRST_SEED, VALIDATION_SEEDS


@dataclass(frozen=True)
class HeldOutSpec:
    """Which held-out scenes: ``scenes`` varied ones, ``decoy_scenes`` decoy-only ones, and
    ``patch_scenes`` scenes cut into centred patches (ECSPLAIN's patch accuracy)."""

    scenes: int = 12
    decoy_scenes: int = 6
    patch_scenes: int = 12
    size: int = 512
    first_seed: int = HELD_OUT_FIRST_SEED


@dataclass
class HeldOutData:
    """The scenes and patches of a :class:`HeldOutSpec`."""

    scenes: list[ValidationScene]
    patches: PatchSet


def held_out_data(spec: HeldOutSpec) -> HeldOutData:
    """Simulate the held-out scenes (movement and decoy-only) and patches."""
    scenes = validation_scenes(spec.first_seed, spec.scenes, spec.size)
    scenes += validation_scenes(spec.first_seed + 10_000, spec.decoy_scenes, spec.size,
                                decoy_only=True)
    patch_spec = SimulatedPatches(first_seed=spec.first_seed + 20_000, n_scenes=spec.patch_scenes)
    patches = PatchSet.concatenate([scene_patches(seed, patch_spec) for seed in
                                    range(patch_spec.first_seed,
                                          patch_spec.first_seed + spec.patch_scenes)])
    return HeldOutData(scenes, patches)


def _auroc(maps: Sequence[np.ndarray], scenes: Sequence[ValidationScene]) -> float:
    accumulator = PixelCurveAccumulator()
    for prob, scene in zip(maps, scenes):
        if scene.has_movement:
            accumulator.update(prob, scene.truth)
    return round(float(accumulator.auroc()), 4)


def patch_accuracy(model: nn.Module, card: ModelCard, patches: PatchSet) -> dict[str, float]:
    """ECSPLAIN's patch detection at its card's detection threshold."""
    data = PatchDataset(patches, card.input_convention, normalisation=card.normalisation)
    scores = np.zeros(len(data))
    model.eval()
    with torch.no_grad():
        for start in range(0, len(data), 64):
            index = np.arange(start, min(start + 64, len(data)))
            inputs, _, _ = data.batch(index)
            scores[index] = torch.sigmoid(model(torch.from_numpy(inputs))).reshape(-1).numpy()
    threshold = float((card.thresholds or {}).get("detection", 0.5))
    curve = patch_detection_scores(scores, patches.labels, np.array([threshold]))
    row = curve.at(threshold)
    return {f"patch_{k}": round(float(row[k]), 4) for k in ("accuracy", "precision", "recall", "f1")}


def cpu_ms_per_patch(model: nn.Module, card: ModelCard, batch: int = 16, repeats: int = 5) -> float:
    """Median CPU time of the network on a batch of 100 x 100 patches, per patch (ms)."""
    inputs = torch.randn(batch, card.in_channels, card.patch_size, card.patch_size)
    model.eval()
    times = []
    with torch.no_grad():
        model(inputs)
        for _ in range(repeats):
            start = time.perf_counter()
            model(inputs)
            times.append(time.perf_counter() - start)
    return round(1000.0 * float(np.median(times)) / batch, 2)


def evaluate_model(model: nn.Module, card: ModelCard, data: HeldOutData) -> dict[str, Any]:
    """Object/pixel scores, AUROC, false alarms and (ECSPLAIN) patch accuracy of one model."""
    threshold = map_threshold(card)
    maps = predict_scenes(model, card, data.scenes)
    metrics: dict[str, Any] = {"threshold": round(threshold, 4),
                               **scene_metrics(maps, data.scenes, threshold, prefix=""),
                               "pixel_auroc": _auroc(maps, data.scenes)}
    if card.task == "classification":
        metrics.update(patch_accuracy(model, card, data.patches))
    metrics["cpu_ms_per_patch"] = cpu_ms_per_patch(model, card)
    return metrics


def evaluate_baseline(data: HeldOutData, validation: Sequence[ValidationScene]) -> dict[str, Any]:
    """The phase-gradient baseline, thresholded at its best pixel F1 on validation scenes."""
    threshold = pixel_threshold([phase_gradient_baseline(s.phase, s.coherence) for s in validation],
                                validation)
    maps = [phase_gradient_baseline(s.phase, s.coherence) for s in data.scenes]
    return {"threshold": round(float(threshold), 4),
            **scene_metrics(maps, data.scenes, threshold, prefix=""),
            "pixel_auroc": _auroc(maps, data.scenes)}


def baseline_validation_scenes(count: int = 8, size: int = 512) -> list[ValidationScene]:
    """Validation scenes (validation seeds) on which the baseline's threshold is chosen."""
    return validation_scenes(VALIDATION_SEEDS.start + 50_000, count, size)
