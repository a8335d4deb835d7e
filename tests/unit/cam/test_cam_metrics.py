"""Energy inside truth and the pointing game on hand-made maps."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import GridMismatchError
from isslide_qgis.core.evaluation.cam_metrics import energy_inside, explanation_scores, pointing_hit


def truth() -> np.ndarray:
    mask = np.zeros((10, 10), dtype=np.uint8)
    mask[2:4, 2:5] = 1  # 6 pixels
    return mask


def test_energy_is_the_share_of_mass_inside_the_bodies():
    cam = np.zeros((10, 10))
    cam[2:4, 2:5] = 1.0  # 6 inside
    cam[8, 8] = 2.0  # 2 outside
    assert energy_inside(cam, truth()) == pytest.approx(6 / 8)
    assert energy_inside(np.ones((10, 10)), truth()) == pytest.approx(6 / 100)  # spread evenly
    assert energy_inside(np.zeros((10, 10)), truth()) == 0.0  # no mass, no credit


def test_energy_ignores_nodata_and_negative_values():
    cam = np.full((10, 10), np.nan)
    cam[2, 2], cam[5, 5], cam[6, 6] = 3.0, 1.0, -5.0
    assert energy_inside(cam, truth()) == pytest.approx(3 / 4)
    assert energy_inside(cam, np.where(truth() > 0, 1.0, np.nan)) == pytest.approx(3 / 4)


def test_pointing_game_with_tolerance():
    cam = np.zeros((10, 10))
    cam[5, 3] = 1.0  # two rows below the body (last body row is 3)
    assert pointing_hit(cam, truth(), tolerance=0) == 0.0
    assert pointing_hit(cam, truth(), tolerance=1) == 0.0
    assert pointing_hit(cam, truth(), tolerance=2) == 1.0
    cam[3, 3] = 1.0 + 1e-3  # a maximum inside the body wins
    assert pointing_hit(cam, truth(), tolerance=0) == 1.0
    cam[7, 7] = 1.0 + 1e-3
    assert pointing_hit(cam, truth(), tolerance=0) == pytest.approx(0.5)  # tie: expected hit


def test_pointing_game_of_flat_empty_and_nodata_maps():
    assert pointing_hit(np.ones((10, 10)), truth(), tolerance=0) == pytest.approx(0.06)
    assert pointing_hit(np.zeros((10, 10)), truth()) == 0.0
    cam = np.full((10, 10), np.nan)
    cam[2, 3] = 0.2
    assert pointing_hit(cam, truth(), tolerance=0) == 1.0


def test_scores_over_patches_and_shape_check():
    inside = np.zeros((10, 10))
    inside[3, 4] = 1.0
    outside = np.zeros((10, 10))
    outside[9, 9] = 1.0
    scores = explanation_scores([inside, outside], [truth(), truth()], tolerance=0)
    assert scores == {"energy_inside": 0.5, "pointing_game": 0.5, "patches": 2}
    with pytest.raises(GridMismatchError):
        energy_inside(np.zeros((5, 5)), truth())
