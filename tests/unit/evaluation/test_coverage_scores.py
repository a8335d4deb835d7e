"""Mutual-coverage scoring (the hidden sets' rule) on hand-made masks with known answers."""
from __future__ import annotations

import numpy as np
import pytest
from affine import Affine
from rasterio.crs import CRS

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.evaluation.coverage_scores import coverage_scene, detected_areas, \
    score_scene
from isslide_qgis.core.evaluation.coverage_summary import area_class, summarise
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.vectorize.ground_area import row_pixel_areas_m2

PX = 100.0  # m^2 per pixel (10 m pixels) in these scenes


def _scene() -> tuple[np.ndarray, np.ndarray]:
    truth = np.zeros((100, 100))
    prob = np.zeros((100, 100))
    truth[0:10, 0:10] = 1             # A, 100 px: 20 px covered -> found (exactly 20 %)
    prob[0:2, 0:10] = 0.9
    truth[20:30, 0:10] = 1            # B, 100 px: 19 px covered -> missed
    prob[20, 0:10] = 0.9
    prob[21, 0:9] = 0.9
    truth[40:50, 40:50] = 1           # C and D under one blob of 400 px: 200 on truth -> found
    truth[40:50, 60:70] = 1
    prob[35:55, 40:60] = 0.8          # blob covers all of C, none of D
    prob[40:50, 60:62] = 0.8          # ... and 20 % of D (touching the blob: same component)
    prob[80:90, 80:90] = 0.7          # false alarm, 100 px
    prob[70:75, 0:20] = 0.7           # 100 px, 19 of them on truth E -> false alarm
    truth[74, 0:19] = 1
    truth[74, 19] = 0
    return prob, truth


def test_twenty_percent_both_ways() -> None:
    prob, truth = _scene()
    scores = score_scene(prob, truth, 0.5, 0.0, PX)
    assert scores.n_truth == 5 and scores.n_detected == 5
    # A found (20/100), B missed (19/100), C and D found by one blob, E (19 px) found: 19 of
    # its 19 pixels are under the last detection, though that detection is a false alarm
    found = dict(zip(np.round(scores.truth_area_m2 / PX).astype(int).tolist(),
                     scores.truth_found.tolist()))
    assert sorted(scores.truth_area_m2 / PX) == [19, 100, 100, 100, 100]
    assert found[19] is True
    assert int(scores.truth_found.sum()) == 4  # only B missed
    # detections: A-strip correct (20/20), B-strip correct (19/19 on truth), blob correct
    # (100 + 20 on truth of 420 px = 28.6 %), 10x10 false alarm, 5x20 strip 19 % -> false alarm
    assert scores.false_alarms == 2
    assert scores.precision == pytest.approx(3 / 5)
    assert scores.recall == pytest.approx(4 / 5)
    assert scores.f1 == pytest.approx(2 * 0.6 * 0.8 / 1.4)


def test_min_area_is_a_ground_area() -> None:
    prob, truth = _scene()
    # the 20 px strip on A (2000 m^2) and the 19 px one on B (1900 m^2) fall under 2000.5 m^2
    scores = score_scene(prob, truth, 0.5, 2000.5, PX)
    assert scores.n_detected == 3
    labels, count = detected_areas(prob, 0.5, 2000.5, PX)
    assert count == 3 and labels[0, 0] == 0 and labels[20, 0] == 0 and labels[70, 0] > 0
    # pixels twice as large in the top half (rows 0-49): both strips now pass
    rows = np.where(np.arange(100) < 50, 2 * PX, PX)
    labels, count = detected_areas(prob, 0.5, 2000.5, rows)
    assert count == 5 and labels[0, 0] > 0 and labels[20, 0] > 0


def test_nothing_to_find_and_nothing_found() -> None:
    empty = np.zeros((20, 20))
    scores = score_scene(empty, empty, 0.5, 0.0, PX)
    assert (scores.precision, scores.recall, scores.n_detected) == (1.0, 1.0, 0)
    truth = empty.copy()
    truth[5:10, 5:10] = 1
    missed = score_scene(empty, truth, 0.5, 0.0, PX)
    assert (missed.precision, missed.recall, missed.f1) == (1.0, 0.0, 0.0)
    assert missed.valid_km2 == pytest.approx(400 * PX / 1e6)


def test_nodata_is_not_evaluated() -> None:
    prob, truth = _scene()
    prob[80:90, 80:90] = np.nan  # the false alarm lies in nodata
    scores = score_scene(prob, truth, 0.5, 0.0, PX)
    assert scores.false_alarms == 1 and scores.n_detected == 4


def test_boolean_masks_and_bad_areas() -> None:
    truth = np.zeros((10, 10), dtype=np.uint8)
    truth[2:4, 2:4] = 1
    scores = coverage_scene(truth.astype(bool), truth, PX)
    assert scores.f1 == 1.0
    with pytest.raises(InputDataError):
        coverage_scene(truth.astype(bool), truth, np.ones(7))
    with pytest.raises(InputDataError):
        detected_areas(truth.astype(float), 0.5, -1.0, PX)


def test_area_classes_by_ground_area() -> None:
    assert area_class(np.array([0.0, 9999.0, 1e4, 29999.0, 3e4, 99999.0, 1e5, 5e5])).tolist() == \
        [0, 0, 1, 1, 2, 2, 3, 3]


def _summary_scenes():
    truth = np.zeros((100, 100))
    prob = np.zeros((100, 100))
    truth[0:5, 0:5] = 1       # 25 px x 100 m^2 = 0.25 ha, found
    prob[0:5, 0:5] = 0.9
    truth[20:40, 20:40] = 1   # 400 px = 4 ha, missed
    first = score_scene(prob, truth, 0.5, 0.0, PX)
    prob2 = np.zeros((100, 100))
    prob2[50:60, 50:60] = 0.9  # one false alarm on a movement-free 1 km^2 scene
    free = score_scene(prob2, np.zeros((100, 100)), 0.5, 0.0, PX)
    return first, free


def test_summary_counts_classes_and_false_alarms() -> None:
    first, free = _summary_scenes()
    summary = summarise([first, free, first], bootstrap=200, seed=1)
    assert summary.movement_scenes == 2 and summary.free_scenes == 1
    assert summary.mean_f1.value == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert summary.pooled_recall == pytest.approx(0.5)
    assert summary.recall_by_class["< 1 ha"].value == 1.0
    assert summary.recall_by_class["3-10 ha"].value == 0.0
    assert summary.recall_by_class["3-10 ha"].n == 2
    assert np.isnan(summary.recall_by_class["> 10 ha"].value)
    assert summary.false_alarms_per_100km2.value == pytest.approx(100.0)  # 1 in 1 km^2
    # identical movement scenes: the bootstrap interval collapses on the value
    assert summary.mean_f1.low == pytest.approx(summary.mean_f1.value)
    assert summary.to_dict()["recall_by_area_class"]["> 10 ha"]["value"] is None
    # areas of 1 ha and more: the 4 ha area of each scene, missed (the 0.25 ha one is found)
    assert summary.recall_from_1ha.value == 0.0 and summary.recall_from_1ha.n == 2
    assert summary.mean_f1_from_1ha.value == 0.0 and summary.mean_f1_from_1ha.n == 2
    assert summary.to_dict()["recall_from_1ha"]["value"] == 0.0


def test_bootstrap_interval_brackets_the_value_and_is_seeded() -> None:
    first, free = _summary_scenes()
    prob, truth = _scene()
    other = score_scene(prob, truth, 0.5, 0.0, PX)
    scenes = [first, other, free, first, other]
    a, b = summarise(scenes, 300, seed=3), summarise(scenes, 300, seed=3)
    assert a.mean_f1.low < a.mean_f1.value < a.mean_f1.high
    assert (a.mean_f1.low, a.mean_f1.high) == (b.mean_f1.low, b.mean_f1.high)


def test_row_pixel_areas_of_a_lat_lon_grid() -> None:
    grid = RasterGrid(512, 100, Affine(1.3151e-4, 0, 6.5, 0, -1.3151e-4, 45.0),
                      CRS.from_epsg(4326))
    rows = row_pixel_areas_m2(grid, 14.64)
    # ~10.36 m E-W x ~14.62 m N-S at 45 deg N, not 14.64^2 = 214 m^2
    assert rows[0] == pytest.approx(151.5, abs=0.2)
    assert rows[-1] > rows[0]  # further south, wider pixels
    assert rows.mean() == pytest.approx(grid.pixel_area_m2(), rel=1e-5)
    radar = row_pixel_areas_m2(RasterGrid(5, 3, Affine.identity(), None), 14.64)
    assert radar.tolist() == [14.64 ** 2] * 3
