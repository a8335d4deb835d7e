"""Moving-area matching on constructed blobs, and false alarms per 100 km^2."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.evaluation.object_metrics import components, false_alarms, object_scores


def _scene() -> tuple[np.ndarray, np.ndarray]:
    truth = np.zeros((100, 100))
    prob = np.zeros((100, 100))
    truth[10:30, 10:30] = 1                                   # A: 400 px
    prob[10:30, 10:19] = prob[10:30, 21:30] = 0.9             # A split in two halves (IoU 0.45)
    truth[50:60, 10:20] = truth[50:60, 22:32] = 1             # B and C, 2 px apart
    prob[50:60, 10:32] = 0.8                                  # one component merging B and C
    prob[80:90, 80:90] = 0.7                                  # false alarm
    truth[5:8, 80:83] = 1                                     # small body, missed
    prob[70, 70] = 0.95                                       # one-pixel speckle
    return prob, truth


def test_split_merge_false_alarm_and_missed_body() -> None:
    prob, truth = _scene()
    scores = object_scores(prob, truth, 0.5)
    assert (scores.n_truth, scores.n_predicted) == (4, 5)
    assert (scores.tp, scores.fp, scores.fn) == (3, 2, 1)
    assert scores.correct_predictions == 3
    assert scores.precision == pytest.approx(3 / 5) and scores.recall == pytest.approx(3 / 4)
    assert scores.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    ious = sorted(round(m.iou, 4) for m in scores.matches)
    assert ious == [0.45, 0.45, 0.4545, 0.4545]
    merged = [m for m in scores.matches if m.coverage == 1.0]
    assert len({m.predicted for m in merged}) == 1 and len({m.truth for m in merged}) == 2


def test_min_area_removes_speckle_and_threshold_removes_weak_blobs() -> None:
    prob, truth = _scene()
    scores = object_scores(prob, truth, 0.5, min_area_px=2)
    assert (scores.n_predicted, scores.fp, scores.precision) == (4, 1, 0.75)
    strict = object_scores(prob, truth, 0.75, min_area_px=2)   # drops the 0.7 false alarm
    assert (strict.tp, strict.fp, strict.fn) == (3, 0, 1)


def test_cover_rule_with_a_strict_iou() -> None:
    prob, truth = _scene()
    scores = object_scores(prob, truth, 0.5, min_area_px=2, iou_match=0.5)
    # halves of A: IoU 0.45 < 0.5 and cover 45 %: A missed, but the halves lie on A (no alarm);
    # B and C: IoU 0.45, but covered entirely by a component 91 % on bodies: detected.
    assert (scores.tp, scores.fn, scores.fp, scores.correct_predictions) == (2, 2, 1, 3)


def test_a_blob_covering_a_body_and_much_more_is_no_detection() -> None:
    truth = np.zeros((60, 60)); truth[25:35, 25:35] = 1
    prob = np.zeros((60, 60)); prob[10:50, 10:50] = 1.0        # IoU 100 / 1600
    scores = object_scores(prob, truth, 0.5)
    assert (scores.tp, scores.fp, scores.fn) == (0, 1, 1)
    assert object_scores(prob, truth, 0.5, iou_match=0.05).tp == 1


def test_eight_connectivity_and_valid_mask() -> None:
    mask = np.zeros((6, 6), bool); mask[1, 1] = mask[2, 2] = mask[4, 4] = True
    assert components(mask)[1] == 2                           # diagonal neighbours join
    prob, truth = _scene()
    valid = np.ones((100, 100), bool); valid[75:95, 75:95] = False
    scores = object_scores(prob, truth, 0.5, valid=valid, min_area_px=2)
    assert scores.fp == 0 and scores.n_predicted == 3


def test_empty_scene_conventions() -> None:
    empty = np.zeros((20, 20))
    scores = object_scores(empty, empty, 0.5)
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    truth = empty.copy(); truth[5:9, 5:9] = 1
    missed = object_scores(empty, truth, 0.5)
    assert (missed.precision, missed.recall, missed.f1, missed.fn) == (1.0, 0.0, 0.0, 1)


def test_false_alarms_per_100_km2_of_valid_area() -> None:
    prob = np.zeros((100, 100))
    prob[10:20, 10:20] = prob[60:70, 10:20] = prob[40:50, 70:80] = 0.9
    prob[90, 90] = 0.9                                         # speckle
    # 10 m pixels: 100 x 100 px = 1 km^2
    assert false_alarms(prob, 0.5, None, 2, 100.0) == (3, pytest.approx(300.0))
    assert false_alarms(prob, 0.5, None, 0, 100.0).count == 4
    left = np.zeros((100, 100), bool); left[:, :50] = True    # 0.5 km^2, two blobs inside
    count, density = false_alarms(prob, 0.5, left, 2, 100.0)
    assert (count, density) == (2, pytest.approx(400.0))
    assert np.isnan(false_alarms(prob, 0.5, np.zeros((100, 100), bool), 0, 100.0).per_100_km2)
    with pytest.raises(InputDataError, match="pixel area"):
        false_alarms(prob, 0.5, None, 0, 0.0)
    with pytest.raises(InputDataError, match="minimum area"):
        false_alarms(prob, 0.5, None, -1, 100.0)
