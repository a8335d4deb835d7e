"""Average Hausdorff distance on shapes with known distances and against brute force."""
from __future__ import annotations

import numpy as np
import pytest
from scipy.spatial.distance import cdist

from isslide_qgis.core.evaluation.hausdorff import (
    average_hausdorff, average_hausdorff_curve, boundary, hausdorff_distance)


def _square(shape=(40, 40), rows=(5, 15), cols=(5, 15)) -> np.ndarray:
    mask = np.zeros(shape, bool)
    mask[rows[0]:rows[1], cols[0]:cols[1]] = True
    return mask


@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_squares_shifted_by_k_pixels(k: int) -> None:
    side = 10
    a, b = _square(), _square(cols=(5 + k, 15 + k))
    # boundary of a: 4 * side - 4 pixels; its left column is k away from b, the top and bottom
    # rows have k - 1, ..., 1 px to go; the other boundary pixels lie inside b.
    expected = (side * k + k * (k - 1)) / (4 * side - 4)
    assert average_hausdorff(a, b) == pytest.approx(expected)
    assert average_hausdorff(b, a) == pytest.approx(expected)
    assert hausdorff_distance(a, b) == pytest.approx(k)


def test_identical_and_empty_masks() -> None:
    a = _square()
    assert average_hausdorff(a, a) == 0.0 and hausdorff_distance(a, a) == 0.0
    empty = np.zeros_like(a)
    assert average_hausdorff(empty, empty) == 0.0
    assert average_hausdorff(a, empty) == pytest.approx(np.hypot(40, 40))
    assert average_hausdorff(empty, a) == pytest.approx(np.hypot(40, 40))


def test_boundary_counts_the_image_edge() -> None:
    full = np.ones((5, 6), bool)
    assert boundary(full).sum() == 2 * 5 + 2 * 6 - 4
    assert boundary(_square()).sum() == 36


def _brute_force(pred: np.ndarray, truth: np.ndarray) -> float:
    def directed(source, target):
        return cdist(np.argwhere(boundary(source)), np.argwhere(target)).min(axis=1).mean()
    return max(directed(pred, truth), directed(truth, pred))


def test_against_brute_force_on_random_blobs() -> None:
    rng = np.random.default_rng(5)
    for _ in range(3):
        pred, truth = rng.random((25, 25)) > 0.85, rng.random((25, 25)) > 0.9
        assert average_hausdorff(pred, truth) == pytest.approx(_brute_force(pred, truth))


def test_curve_over_thresholds() -> None:
    truth = _square().astype(float)
    prob = np.where(_square(cols=(7, 17)), 0.6, 0.0)
    curve = average_hausdorff_curve(prob, truth, np.array([0.2, 0.5, 0.7]))
    assert curve == pytest.approx([(20 + 2) / 36, (20 + 2) / 36, np.hypot(40, 40)])
