"""Patch detection: the ISSLIDE >25 pixels rule, detection curves and exact AUROC."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.evaluation.detection_metrics import (
    patch_detection_scores, segmenter_patch_scores)
from isslide_qgis.core.evaluation.roc import roc_auc


def test_segmenter_detects_a_patch_with_more_than_25_pixels_above_threshold() -> None:
    patches = np.zeros((4, 100, 100), np.float32)
    patches[0].flat[:25] = 0.9          # exactly 25: not detected
    patches[1].flat[:26] = 0.9          # 26: detected
    patches[2].flat[:40] = 0.5          # 0.5 does not exceed 0.5
    patches[3].flat[:30] = 0.51
    patches[3].flat[30:40] = np.nan     # NaN never counts
    counts, detected = segmenter_patch_scores(patches, 0.5)
    assert counts.tolist() == [25, 26, 0, 30]
    assert detected.tolist() == [False, True, False, True]
    assert segmenter_patch_scores(patches[1], 0.95).counts.tolist() == [0]
    with pytest.raises(InputDataError, match="array of patches"):
        segmenter_patch_scores(np.zeros(10), 0.5)


def test_detection_curve_hand_computed() -> None:
    scores, labels = np.array([0.2, 0.6, 0.7, 0.4]), np.array([0, 1, 0, 1])
    curve = patch_detection_scores(scores, labels)
    at = curve.at(0.5)
    assert (at["tp"], at["fp"], at["fn"], at["tn"]) == (1, 1, 1, 1)
    assert (at["accuracy"], at["precision"], at["recall"], at["f1"]) == (0.5, 0.5, 0.5, 0.5)
    at = curve.at(0.3)
    assert (at["accuracy"], at["precision"], at["recall"]) == (0.75, pytest.approx(2 / 3), 1.0)
    assert curve.at(0.7)["precision"] == 1.0 and curve.at(0.7)["recall"] == 0.0
    assert curve.auroc == 0.5  # (0.6 > 0.2), (0.6 < 0.7), (0.4 > 0.2), (0.4 < 0.7)


def test_counts_as_scores_reproduce_the_rule() -> None:
    rng = np.random.default_rng(6)
    labels = rng.random(40) < 0.5
    patches = rng.random((40, 20, 20)) * 0.5
    for index in np.flatnonzero(labels):
        patches[index, 5:5 + rng.integers(3, 9), 5:12] = 0.9
    counts, detected = segmenter_patch_scores(patches, 0.5)
    curve = patch_detection_scores(counts, labels, thresholds=np.array([0, 25, 50]))
    assert curve.at(25)["tp"] == np.sum(detected & labels)
    assert curve.at(25)["fp"] == np.sum(detected & ~labels)
    assert curve.auroc == 1.0 and curve.roc_tpr[np.flatnonzero(curve.roc_fpr == 0)[-1]] == 1.0


def test_exact_auroc_against_pairs() -> None:
    rng = np.random.default_rng(7)
    scores = rng.integers(0, 20, 300).astype(float)
    labels = rng.random(300) < scores / 25
    pos, neg = scores[labels][:, None], scores[~labels][None, :]
    expected = np.mean((pos > neg) + 0.5 * (pos == neg))
    assert roc_auc(scores, labels) == pytest.approx(expected, abs=1e-12)
    assert patch_detection_scores(scores / 20, labels).auroc == pytest.approx(expected, abs=1e-12)
    with pytest.raises(InputDataError, match="one value per patch"):
        roc_auc(scores, labels[:-1])
    with pytest.raises(InputDataError, match="NaN or infinite"):
        roc_auc(np.array([0.1, np.nan]), np.array([0, 1]))
