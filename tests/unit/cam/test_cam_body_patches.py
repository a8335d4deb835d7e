"""Body patches carry the strength of their moving areas, so scores can leave out the bodies
no map can find (the truth marks bodies down to 0.5 mm of motion)."""
from __future__ import annotations

import numpy as np

from isslide_qgis.core.cam.evaluation import VISIBLE_FRINGES, body_patches, summarise
from isslide_qgis.core.insar.simulation.constants import FRINGE_M
from isslide_qgis.core.training.datasets import simulated_scene


def test_fringes_are_the_peak_motion_over_each_patchs_truth():
    patches = body_patches(2, family="untouched")
    assert len(patches.fringes) == len(patches) > 0
    assert np.all(patches.fringes > 0)  # every patch is cut around a body
    assert np.array_equal(patches.visible(), patches.fringes >= VISIBLE_FRINGES)
    # the scene's strongest body shows in one of its patches with its peak displacement
    first = patches.seeds == patches.seeds[0]
    scene = simulated_scene(int(patches.seeds[0]), 512, family="untouched")
    peak = np.abs(scene.displacement_los_m[scene.truth > 0]).max() / FRINGE_M
    assert np.isclose(patches.fringes[first].max(), peak, rtol=1e-5)


def test_summaries_add_the_visible_patches_means():
    scores = {"pointing_game": np.array([1.0, 0.0, 1.0, 0.0]), "energy_inside": np.array([0.4, 0.1, 0.2, 0.3])}
    summary = summarise(scores, visible=np.array([True, False, True, True]))
    assert summary["pointing_game"] == 0.5 and summary["pointing_game_visible"] == round(2 / 3, 4)
    assert summary["energy_inside_visible"] == 0.3
