"""Empty-case conventions of the ratio metrics and the choice of a threshold."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.evaluation.thresholds import (
    THRESHOLDS, ThresholdCurve, best_threshold, metrics_from_counts)


def test_thresholds_are_the_101_of_the_papers() -> None:
    assert THRESHOLDS.size == 101 and THRESHOLDS[0] == 0.0 and THRESHOLDS[-1] == 1.0
    assert THRESHOLDS[50] == 0.5


def test_metrics_from_counts_regular_case() -> None:
    m = metrics_from_counts(tp=np.array([6]), fp=np.array([2]), fn=np.array([4]), tn=np.array([8]))
    assert m["precision"][0] == pytest.approx(0.75)
    assert m["recall"][0] == pytest.approx(0.6)
    assert m["f1"][0] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert m["dice"][0] == pytest.approx(12 / 18)
    assert m["iou"][0] == pytest.approx(0.5)
    assert m["accuracy"][0] == pytest.approx(0.7)
    assert m["fpr"][0] == pytest.approx(0.2)


@pytest.mark.parametrize("tp, fp, fn, tn, expected", [
    # nothing to find, nothing predicted: a perfect negative patch
    (0, 0, 0, 10, {"precision": 1, "recall": 1, "f1": 1, "iou": 1, "dice": 1, "fpr": 0}),
    # a body missed entirely, nothing predicted: no false alarm but nothing found
    (0, 0, 5, 10, {"precision": 1, "recall": 0, "f1": 0, "iou": 0, "dice": 0, "fpr": 0}),
    # a false alarm on a negative patch
    (0, 3, 0, 7, {"precision": 0, "recall": 1, "f1": 0, "iou": 0, "dice": 0, "fpr": 0.3}),
])
def test_empty_case_conventions(tp, fp, fn, tn, expected) -> None:
    metrics = metrics_from_counts(np.array(tp), np.array(fp), np.array(fn), np.array(tn))
    assert {k: float(metrics[k]) for k in expected} == pytest.approx(expected)


def test_accuracy_is_nan_without_any_pixel() -> None:
    assert np.isnan(metrics_from_counts(0, 0, 0, 0)["accuracy"])


def _curve(f1: list[float]) -> ThresholdCurve:
    values = np.asarray(f1, dtype=float)
    thresholds = np.linspace(0, 1, values.size)
    return ThresholdCurve(thresholds, values, values, values, values, values,
                          extra={"hausdorff": 10 - 10 * values})


def test_best_threshold_max_min_and_plateau() -> None:
    curve = _curve([0.1, 0.5, 0.9, 0.3, 0.2])
    assert best_threshold(curve) == 0.5
    assert best_threshold(curve, "hausdorff", "min") == 0.5
    assert best_threshold(curve, "f1", "min") == 0.0
    plateau = _curve([0.2, 1.0, 1.0, 1.0, 0.4])
    assert best_threshold(plateau) == 0.5  # middle of the plateau 0.25..0.75


def test_best_threshold_ignores_nan_and_reports_unknown_names() -> None:
    assert best_threshold(_curve([np.nan, 0.2, 0.7, np.nan, 0.1])) == 0.5
    with pytest.raises(InputDataError, match="Unknown metric 'mae'"):
        best_threshold(_curve([0.1, 0.2]), "mae")
    with pytest.raises(InputDataError, match="selection mode 'best'"):
        best_threshold(_curve([0.1, 0.2]), "f1", "best")
    with pytest.raises(InputDataError, match="no finite value"):
        best_threshold(_curve([np.nan, np.nan]))


def test_curve_at_and_rows() -> None:
    curve = _curve([0.1, 0.5, 0.9, 0.3, 0.2])
    values = curve.at(0.52)
    assert values["threshold"] == 0.5 and values["f1"] == 0.9 and values["hausdorff"] == 1.0
    rows = curve.to_rows()
    assert len(rows) == 5 and rows[3]["precision"] == 0.3 and rows[3]["threshold"] == 0.75
