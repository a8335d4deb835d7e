"""Out-of-family validation helpers: the calibration grid agrees with the scene scoring."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.training.family_scenes import FamilyScene, scenes_until
from isslide_qgis.core.training.out_of_family import Calibration, calibrate, choose_min_area, \
    f1_grid, score_maps, scene_patch_set


def _scene(seed: int) -> tuple[np.ndarray, FamilyScene]:
    rng = np.random.default_rng(seed)
    truth = np.zeros((120, 120), np.uint8)
    prob = np.clip(rng.normal(0.1, 0.08, truth.shape), 0, 1)
    for r, c, s in ((10, 10, 4), (40, 60, 9), (90, 20, 14), (80, 90, 6)):
        truth[r:r + s, c:c + s] = 1
        prob[r:r + s, c:c + s] = rng.uniform(0.3, 0.9)
    prob[100:104, 100:110] = 0.6  # a false alarm of 40 px
    phase = rng.uniform(-np.pi, np.pi, truth.shape).astype(np.float32)
    phase[:, :3] = np.nan
    coherence = np.full(truth.shape, 0.8, np.float32)
    return prob.astype(np.float32), FamilyScene("test", seed, phase, coherence, truth,
                                                np.full(120, 100.0))


def test_grid_matches_scene_scoring() -> None:
    pairs = [_scene(s) for s in range(4)]
    maps, scenes = [p for p, _ in pairs], [s for _, s in pairs]
    thresholds, areas = (0.2, 0.35, 0.5, 0.7), (0.0, 2000.0, 5000.0)
    grid = f1_grid(maps, scenes, thresholds, areas)
    for i, area in enumerate(areas):
        for j, threshold in enumerate(thresholds):
            expected = np.mean([s.f1 for s in score_maps(maps, scenes, threshold, area)])
            assert grid[i, j] == pytest.approx(expected)
    assert grid.min() < grid.max()  # the settings matter in this scene


def test_calibration_choices() -> None:
    f1 = np.array([[0.2, 0.5, 0.5, 0.5, 0.1], [0.3, 0.6, 0.4, 0.2, 0.1]])
    calibration = Calibration((0.1, 0.2, 0.3, 0.4, 0.5), (0.0, 5000.0), f1)
    assert calibration.best_threshold(0.0) == (0.3, 0.5)  # the middle of the plateau
    assert calibration.best_threshold(5000.0) == (0.2, 0.6)
    other = Calibration((0.1, 0.2, 0.3, 0.4, 0.5), (0.0, 5000.0), f1[::-1])
    assert choose_min_area({"a": calibration, "b": calibration}) == 5000.0
    assert choose_min_area({"a": calibration, "b": other}) == 0.0  # tie: the first
    pairs = [_scene(s) for s in range(2)]
    chosen = calibrate([p for p, _ in pairs], [s for _, s in pairs], (0.2, 0.5), (0.0,))
    assert chosen.f1.shape == (1, 2)


def test_scenes_until_enough_true_areas_and_patches() -> None:
    made = list(scenes_until(lambda seed: _scene(seed)[1], 0, 5, 10))
    assert len(made) == 2 and made[0].true_areas == 4
    patches = scene_patch_set(made, 40)
    assert len(patches) > 0 and 0 < patches.labels.sum() < len(patches)


class _TinyFamily:
    name = "tiny"

    def scene_config(self, rng, height=512, width=512, density="real"):
        from isslide_qgis.core.insar.simulation import SceneConfig
        return SceneConfig(height=height, width=width, n_bodies=(2, 2), crs="EPSG:4326",
                           body_area_km2=(0.02, 0.05), nodata_layout="none")


def test_family_scenes_are_cached_with_ground_pixel_areas(tmp_path) -> None:
    from isslide_qgis.core.training.family_scenes import family_scene

    first = family_scene(_TinyFamily(), 3, 128, cache=tmp_path)
    assert len(list(tmp_path.rglob("*.npz"))) == 1
    again = family_scene(_TinyFamily(), 3, 128, cache=tmp_path)
    np.testing.assert_array_equal(first.phase, again.phase)
    assert first.truth.any()
    # 1.3151e-4 deg pixels at ~44.8 deg N: ~10.4 m x 14.6 m, not 14.64^2
    assert 150.0 < first.row_areas_m2[0] < 155.0
    free = family_scene(_TinyFamily(), 3, 128, movement_free=True, cache=tmp_path)
    assert not free.truth.any() and len(list(tmp_path.rglob("*.npz"))) == 2


def test_cached_scenes_and_maps_are_named_by_what_made_them(tmp_path, monkeypatch) -> None:
    from isslide_qgis.core.models import get_model, make_card
    from isslide_qgis.core.training import family_scenes
    from isslide_qgis.core.training.out_of_family import map_cache_name

    family_scenes.family_scene(_TinyFamily(), 3, 64, cache=tmp_path)
    cached, = tmp_path.rglob("*.npz")
    assert cached.stem.endswith(family_scenes.simulator_hash())
    # another simulator: the cached scene is not reused, a new one is simulated beside it
    monkeypatch.setattr(family_scenes, "simulator_hash", lambda: "0123456789")
    family_scenes.family_scene(_TinyFamily(), 3, 64, cache=tmp_path)
    assert len(list(tmp_path.rglob("*.npz"))) == 2
    model = get_model("ecsplain_resnet18_w16")
    names = {map_cache_name(model, make_card("ecsplain_resnet18_w16", training=training))
             for training in ({}, {"localisation_scale": "range"}, {"localisation_scale": "mean"},
                              {"localisation_scale": "range", "calibration": {"min_area_m2": 1}})}
    assert len(names) == 3  # the scale names the maps; a calibration edit does not


def test_recall_by_signal_and_offset_count_each_true_area_in_its_class() -> None:
    from isslide_qgis.core.training.out_of_family import summarise_maps

    prob, scene = _scene(0)
    signal = np.zeros(scene.truth.shape, np.float16)
    # the four true areas of _scene, faintest first; each peaks at one pixel
    for (r, c), peak in zip(((10, 10), (40, 60), (90, 20), (80, 90)), (0.1, 0.3, 0.7, 2.0)):
        signal[r + 1, c + 1] = peak
    prob[80:86, 90:96] = 0.0  # the strongest area is missed
    scene = FamilyScene(scene.family, 0, scene.phase, scene.coherence, scene.truth,
                        scene.row_areas_m2, signal)
    extra = summarise_maps([prob], [scene], 0.25, 0.0, bootstrap=0).extra
    assert extra["recall_by_signal"] == {
        "< 0.25 fringe": {"value": 1.0, "n": 1}, "0.25-0.6 fringe": {"value": 1.0, "n": 1},
        "0.6-1 fringe": {"value": 1.0, "n": 1}, ">= 1 fringe": {"value": 0.0, "n": 1}}
    # only the 2-fringe area is strong; its peak is a whole number of fringes
    assert extra["recall_by_offset"] == {"offset < 0.15 fringe": {"value": 0.0, "n": 1},
                                         "offset 0.15-0.3": {"value": None, "n": 0},
                                         "offset 0.3-0.5": {"value": None, "n": 0}}
    plain = FamilyScene(scene.family, 0, scene.phase, scene.coherence, scene.truth, scene.row_areas_m2)
    assert set(summarise_maps([prob], [plain], 0.25, 0.0, bootstrap=0).extra) == {"recall_by_edge"}


def test_recall_by_edge_counts_valid_pixels_between_each_area_and_no_data() -> None:
    """The scene's columns 0-2 are no data: the 4 px area at (10, 10) has 7 valid columns
    before them, the others lie 40, 24 (right edge) and 16 (bottom edge) px from no data."""
    from isslide_qgis.core.training.out_of_family import nodata_distances, summarise_maps

    prob, scene = _scene(0)
    np.testing.assert_array_equal(nodata_distances(scene, prob), [7, 40, 24, 16])  # raster order
    prob[80:86, 90:96] = 0.0  # the area 24 px from the right edge is missed
    extra = summarise_maps([prob], [scene], 0.25, 0.0, bootstrap=0).extra
    assert extra["recall_by_edge"] == {"< 25 px from no data": {"value": 0.6667, "n": 3},
                                       ">= 25 px from no data": {"value": 1.0, "n": 1}}


def test_wrapped_offset_is_the_distance_to_a_whole_number_of_fringes() -> None:
    from isslide_qgis.core.training.out_of_family import wrapped_offset

    np.testing.assert_allclose(wrapped_offset(np.array([1.1, 1.9, 2.5, 3.0, 0.2])), [0.1, 0.1, 0.5, 0.0, 0.2])
