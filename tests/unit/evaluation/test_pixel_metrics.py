"""Pixel curves: hand-computed values, AUROC, streaming, masks and per-image averaging."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import GridMismatchError, InputDataError
from isslide_qgis.core.evaluation.pixel_metrics import PixelCurveAccumulator
from isslide_qgis.core.evaluation.thresholds import THRESHOLDS

PROB = np.array([[0.1, 0.4, 0.6], [0.9, 0.35, 0.8]])
TRUTH = np.array([[0, 1, 1], [1, 0, 0]])


def _curve(prob=PROB, truth=TRUTH, valid=None, **options):
    accumulator = PixelCurveAccumulator(**options)
    accumulator.update(prob, truth, valid)
    return accumulator.curve()


@pytest.mark.parametrize("threshold, expected", [
    (0.5, {"tp": 2, "fp": 1, "fn": 1, "tn": 2, "precision": 2 / 3, "recall": 2 / 3,
           "f1": 2 / 3, "iou": 0.5, "dice": 2 / 3}),
    (0.3, {"tp": 3, "fp": 2, "fn": 0, "tn": 1, "precision": 0.6, "recall": 1.0,
           "f1": 0.75, "iou": 0.6, "dice": 0.75}),
    (0.9, {"tp": 0, "fp": 0, "fn": 3, "tn": 3, "precision": 1.0, "recall": 0.0,
           "f1": 0.0, "iou": 0.0, "dice": 0.0}),
    (0.0, {"tp": 3, "fp": 3, "fn": 0, "tn": 0, "precision": 0.5, "recall": 1.0,
           "f1": 2 / 3, "iou": 0.5, "dice": 2 / 3}),
])
def test_hand_computed_metrics(threshold, expected) -> None:
    values = _curve().at(threshold)
    assert {k: values[k] for k in expected} == pytest.approx(expected)


def test_positive_means_strictly_above_the_threshold() -> None:
    curve = _curve(np.array([0.5, 0.2]), np.array([1, 0]))
    assert curve.at(0.5)["tp"] == 0 and curve.at(0.49)["tp"] == 1


def _brute_force_auroc(prob: np.ndarray, truth: np.ndarray) -> float:
    pos, neg = prob[truth > 0][:, None], prob[truth == 0][None, :]
    return float(np.mean((pos > neg) + 0.5 * (pos == neg)))


def test_auroc_matches_pairwise_computation() -> None:
    rng = np.random.default_rng(1)
    prob = rng.random(3000)
    truth = (rng.random(3000) < prob).astype(int)
    expected = _brute_force_auroc(prob, truth)
    assert 0.78 < expected < 0.88  # 5/6 in theory for truth drawn with P(moving) = prob
    assert _curve(prob, truth).auroc == pytest.approx(expected, abs=1e-3)
    quantised = rng.integers(0, 101, 3000) / 100  # many ties: exact on the fine histogram
    assert _curve(quantised, truth).auroc == pytest.approx(
        _brute_force_auroc(quantised, truth), abs=1e-12)


def test_auroc_of_random_and_perfect_scores() -> None:
    rng = np.random.default_rng(2)
    truth = rng.random(200_000) < 0.3
    assert _curve(rng.random(truth.size), truth).auroc == pytest.approx(0.5, abs=0.01)
    perfect = np.where(truth, 0.6 + 0.4 * rng.random(truth.size), 0.4 * rng.random(truth.size))
    curve = _curve(perfect, truth)
    assert curve.auroc == 1.0
    assert curve.at(0.5)["f1"] == 1.0
    assert np.isnan(_curve(perfect, np.zeros(truth.size)).auroc)  # no positive: undefined


def test_streaming_equals_one_update_on_the_concatenation() -> None:
    rng = np.random.default_rng(3)
    prob = rng.random(6000)
    truth = (rng.random(6000) < prob ** 2).astype(np.uint8)
    streamed = PixelCurveAccumulator()
    for part, shape in ((slice(0, 1000), (20, 50)), (slice(1000, 2500), (3, 10, 50)),
                        (slice(2500, 6000), (3500,))):
        streamed.update(prob[part].reshape(shape), truth[part].reshape(shape))
    once, many = _curve(prob, truth), streamed.curve()
    for name in ("tp", "fp", "fn", "tn", "precision", "recall", "f1", "iou", "dice"):
        np.testing.assert_array_equal(getattr(many, name), getattr(once, name))
    assert many.auroc == once.auroc
    assert int(many.tp[0] + many.fn[0]) == int(truth.sum())


def test_valid_mask_nan_probabilities_and_nan_truth_are_ignored() -> None:
    rng = np.random.default_rng(4)
    prob, truth = rng.random((30, 30)), (rng.random((30, 30)) > 0.7).astype(float)
    valid = rng.random((30, 30)) > 0.4
    reference = _curve(prob[valid], truth[valid])
    spoiled_prob, spoiled_truth = prob.copy(), truth.copy()
    spoiled_prob[~valid] = 1.0
    spoiled_truth[~valid] = 0.0
    masked = _curve(spoiled_prob, spoiled_truth, valid)
    np.testing.assert_array_equal(masked.tp, reference.tp)
    np.testing.assert_array_equal(masked.fp, reference.fp)
    spoiled_prob[~valid] = np.nan
    np.testing.assert_array_equal(_curve(spoiled_prob, spoiled_truth).fp, reference.fp)
    spoiled_truth[~valid] = np.nan
    spoiled_prob[~valid] = 1.0
    np.testing.assert_array_equal(_curve(spoiled_prob, spoiled_truth).fp, reference.fp)
    assert masked.auroc == reference.auroc


def test_image_averaging_against_pooling() -> None:
    found = np.zeros((10, 10)); found[2:6, 2:6] = 1           # body found exactly: F1 = 1
    alarm = np.zeros((10, 10)); alarm[0:2, 0:2] = 0.9         # negative patch, false alarm
    quiet = np.zeros((10, 10))                                # negative patch left empty
    truth = np.stack([found, np.zeros((10, 10)), np.zeros((10, 10))])
    prob = np.stack([found * 0.8, alarm, quiet])
    image = _curve(prob, truth, average="image").at(0.5)
    assert image["f1"] == pytest.approx(2 / 3) and image["recall"] == pytest.approx(1.0)
    assert image["precision"] == pytest.approx(2 / 3)
    pooled = _curve(prob, truth).at(0.5)
    assert pooled["f1"] == pytest.approx(32 / 36) and pooled["precision"] == pytest.approx(0.8)
    nothing_valid = np.zeros((3, 10, 10), bool); nothing_valid[0] = True
    only_first = _curve(prob, truth, nothing_valid, average="image").at(0.5)
    assert only_first["f1"] == 1.0  # images without a valid pixel are left out of the mean


def test_hausdorff_curve_is_averaged_over_images() -> None:
    truth = np.zeros((30, 30)); truth[5:15, 8:18] = 1
    prob = np.zeros((30, 30)); prob[5:15, 5:15] = 0.8
    curve = _curve(prob, truth, hausdorff=True)
    assert curve.extra["hausdorff"][50] == pytest.approx(1.0)   # squares 3 px apart
    assert curve.extra["hausdorff"][80] == pytest.approx(np.hypot(30, 30))  # nothing predicted
    assert curve.metric("hausdorff").shape == THRESHOLDS.shape


def test_errors_name_the_problem() -> None:
    with pytest.raises(InputDataError, match="sigmoid"):
        _curve(PROB * 4, TRUTH)
    with pytest.raises(GridMismatchError, match=r"truth array has shape \(3, 2\)"):
        _curve(PROB, TRUTH.T)
    with pytest.raises(InputDataError, match="Unknown averaging 'macro'"):
        PixelCurveAccumulator(average="macro")
    with pytest.raises(InputDataError, match="increase strictly"):
        PixelCurveAccumulator(thresholds=[0.5, 0.2])
