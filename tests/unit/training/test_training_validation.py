"""Thresholds and validation metrics: a perfect segmenter gets F1 1 at a threshold between the
two classes; ECSPLAIN's thresholds come from patch F1 and CAM Dice; scene metrics count
moving areas and false alarms."""
from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

from isslide_qgis.core.training.datasets import PatchDataset
from isslide_qgis.core.training.model_readme import write_models_readme
from isslide_qgis.core.training.scenes import ValidationScene, scene_metrics
from isslide_qgis.core.training.validation import segmenter_patch_thresholds

from .conftest import synthetic_patches


class CoherenceSegmenter(nn.Module):
    """Logit = 40 * (coherence - 0.75): moving where the synthetic coherence is high (0.9)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return 40.0 * (x[:, :1] - 0.75)


def test_perfect_segmenter_gets_f1_one_and_a_separating_threshold():
    patches = synthetic_patches(n=8, size=32)
    thresholds, metrics = segmenter_patch_thresholds(CoherenceSegmenter(), PatchDataset(patches, "coh_cos_sin"))
    assert metrics["patch_pixel_f1"] > 0.97 and metrics["patch_detection_accuracy"] == 1.0
    assert 0.05 < thresholds["pixel"] < 0.95


def _scene(truth: np.ndarray) -> ValidationScene:
    shape = truth.shape
    return ValidationScene(0, np.zeros(shape, np.float32), np.ones(shape, np.float32),
                           truth.astype(np.uint8), 14.64 ** 2)


def test_scene_metrics_count_objects_and_false_alarms():
    truth = np.zeros((100, 100), np.uint8)
    truth[10:20, 10:20] = 1
    truth[60:70, 60:70] = 1
    prob = np.zeros((100, 100), np.float32)
    prob[10:20, 10:20] = 0.9  # one body found, one missed
    prob[40:45, 80:85] = 0.8  # one false alarm
    decoy_prob = np.zeros((100, 100), np.float32)
    decoy_prob[5:8, 5:8] = decoy_prob[50:53, 50:53] = 0.7  # two alarms on a decoy-only scene
    metrics = scene_metrics([prob, decoy_prob], [_scene(truth), _scene(np.zeros_like(truth))], 0.5)
    assert metrics["scene_object_precision"] == 0.5 and metrics["scene_object_recall"] == 0.5
    assert metrics["scene_pixel_iou"] == pytest.approx(100 / (100 + 25 + 18 + 100), abs=1e-4)  # pooled
    area_km2 = 100 * 100 * 14.64 ** 2 / 1e6
    assert metrics["scene_false_alarms_per_100km2"] == pytest.approx(100 * 2 / area_km2, rel=1e-3)


def test_models_readme_lists_each_checkpoint(tmp_path):
    from isslide_qgis.core.models import get_model, make_card, save_checkpoint

    torch.manual_seed(0)
    save_checkpoint(tmp_path / "sepunet_w8.pt", get_model("sepunet_w8"),
                    make_card("sepunet_w8", thresholds={"pixel": 0.37}, training={"epochs": 3}), half=True)
    text = write_models_readme(tmp_path).read_text()
    assert "| `sepunet_w8` | segmentation | 5,228 |" in text and "pixel 0.37" in text
