"""Whole scenes: determinism, grids per CRS, nodata, decoys, variety of random configs."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.insar.simulation import (
    PIXEL_SIZE_DEG,
    PIXEL_SIZE_M,
    SceneConfig,
    random_scene_config,
    simulate_scene,
)
from tests.unit.simulation.helpers import scene_with_bodies

ARRAYS = ("phase", "coherence", "true_coherence", "displacement_los_m", "truth", "dem", "optical")


def test_same_seed_gives_identical_arrays(small_config: SceneConfig) -> None:
    a, b = simulate_scene(11, small_config), simulate_scene(11, small_config)
    for name in ARRAYS:
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    assert [x["geometry"].wkt for x in a.bodies] == [x["geometry"].wkt for x in b.bodies]
    assert [d.wkt for d in a.decoys] == [d.wkt for d in b.decoys]
    assert a.metadata == b.metadata


def test_different_seeds_differ(small_config: SceneConfig) -> None:
    a, b = simulate_scene(1, small_config), simulate_scene(2, small_config)
    for name in ("phase", "dem", "true_coherence", "optical"):
        assert not np.array_equal(getattr(a, name), getattr(b, name), equal_nan=True), name


def test_scene_layers_are_consistent(small_config: SceneConfig) -> None:
    scene = simulate_scene(5, small_config)
    h, w = small_config.height, small_config.width
    assert scene.phase.shape == scene.coherence.shape == scene.truth.shape == scene.dem.shape == (h, w)
    assert scene.phase.dtype == scene.coherence.dtype == scene.dem.dtype == np.float32
    assert scene.truth.dtype == np.uint8 and set(np.unique(scene.truth)) <= {0, 1}
    assert scene.optical.shape == (3, 3 * h, 3 * w) and scene.optical.dtype == np.uint8
    valid = scene.valid
    assert np.nanmin(scene.phase) >= -np.pi - 1e-6 and np.nanmax(scene.phase) <= np.pi + 1e-6
    assert 0.0 <= np.nanmin(scene.coherence) and np.nanmax(scene.coherence) <= 1.0
    assert 1000.0 - 60 <= scene.dem.min() and scene.dem.max() <= 3500.0 + 60
    assert np.isfinite(scene.coherence[valid]).all()
    assert scene.optical_transform.a == pytest.approx(scene.transform.a / 3)


@pytest.mark.parametrize("layout", ["swath", "holes", "swath+holes"])
def test_nodata_is_nan_in_phase_and_coherence(layout: str, small_config: SceneConfig) -> None:
    scene = simulate_scene(3, small_config.replace(nodata_layout=layout))
    nan_phase, nan_coh = np.isnan(scene.phase), np.isnan(scene.coherence)
    np.testing.assert_array_equal(nan_phase, nan_coh)
    assert 0.003 < nan_phase.mean() < 0.7
    assert scene.nodata_layout == layout
    # the bodies' truth never falls in nodata
    assert not (scene.truth.astype(bool) & nan_phase).any()


def test_no_nodata_layout_and_random_layout(small_config: SceneConfig) -> None:
    assert np.isfinite(simulate_scene(3, small_config.replace(nodata_layout="none")).phase).all()
    random_layout = small_config.replace(nodata_layout="random", optical=False)
    layouts = {simulate_scene(s, random_layout).nodata_layout for s in range(12)}
    assert len(layouts) >= 3 and layouts <= {"none", "swath", "holes", "swath+holes"}


def test_decoy_only_scene_has_empty_truth(small_config: SceneConfig) -> None:
    scene = simulate_scene(8, small_config.replace(n_bodies=(0, 0), n_decoys=(3, 3)))
    assert scene.truth.sum() == 0 and scene.bodies == []
    assert np.all(scene.displacement_los_m == 0)
    assert len(scene.decoys) == 3
    # the decoys are real phase features of up to ~1 fringe, not movement
    calm = small_config.replace(
        n_bodies=(0, 0), n_decoys=(3, 3), turbulence_mm=0.0, stratification_mm_per_km=0.0, ramp_mm_per_km=0.0
    )
    decoy_phase = simulate_scene(8, calm).atmosphere_phase
    assert 0.25 * 2 * np.pi * 0.99 <= np.abs(decoy_phase).max() <= 2 * np.pi * 1.01


def test_decoys_keep_clear_of_bodies(small_config: SceneConfig) -> None:
    scene = scene_with_bodies(small_config.replace(n_bodies=(2, 2), n_decoys=(3, 3)), first_seed=4)
    assert scene.decoys
    for body in scene.bodies:
        for decoy in scene.decoys:
            assert body["geometry"].intersection(decoy).area < 0.05 * body["geometry"].area


def test_transforms_per_crs() -> None:
    base = dict(height=64, width=80, optical=False, n_bodies=(0, 1))
    utm = simulate_scene(1, SceneConfig(crs="EPSG:32632", **base))
    assert (utm.transform.a, utm.transform.e) == (PIXEL_SIZE_M, -PIXEL_SIZE_M) == (14.64, -14.64)
    assert utm.crs == "EPSG:32632" and utm.transform.c == 320000.0
    geo = simulate_scene(1, SceneConfig(crs="EPSG:4326", **base))
    assert (geo.transform.a, geo.transform.e) == (PIXEL_SIZE_DEG, -PIXEL_SIZE_DEG) == (1.3151e-4, -1.3151e-4)
    assert 5.0 < geo.transform.c < 8.0 and 44.0 < geo.transform.f < 46.5
    radar = simulate_scene(1, SceneConfig(crs=None, **base))
    assert radar.crs is None and radar.transform.is_identity
    utm31 = simulate_scene(1, SceneConfig(crs="EPSG:32631", origin=(700100.0, 4990200.0), **base))
    assert (utm31.transform.c, utm31.transform.f) == (700100.0, 4990200.0)


def test_geographic_body_areas_are_in_square_metres() -> None:
    cfg = SceneConfig(height=200, width=260, crs="EPSG:4326", n_bodies=(3, 3), optical=False, noise=False)
    scene = scene_with_bodies(cfg, first_seed=2)
    grid = scene.grid
    for body in scene.bodies:
        assert 0.05e6 <= body["area_m2"] <= 0.5e6
        deg2 = body["geometry"].area
        assert deg2 / (PIXEL_SIZE_DEG**2) * grid.pixel_area_m2 == pytest.approx(body["area_m2"], rel=0.01)
        assert body["n_pixels"] * grid.pixel_area_m2 == pytest.approx(body["area_m2"], rel=0.12)


def test_bodies_do_not_change_with_the_baseline_but_coherence_drops(small_config: SceneConfig) -> None:
    six = scene_with_bodies(small_config, first_seed=9)
    eighteen = simulate_scene(six.seed, small_config.replace(baseline_days=18))
    assert [b["geometry"].wkt for b in six.bodies] == [b["geometry"].wkt for b in eighteen.bodies]
    assert eighteen.true_coherence.mean() < six.true_coherence.mean() - 0.03


def test_random_configs_are_varied() -> None:
    rng = np.random.default_rng(0)
    configs = [random_scene_config(rng, 64, 64) for _ in range(120)]
    assert {c.crs for c in configs} == {None, "EPSG:32631", "EPSG:32632", "EPSG:4326"}
    assert {c.baseline_days for c in configs} == {6, 12, 18}
    assert {c.nodata_layout for c in configs} == {"none", "swath", "holes", "swath+holes"}
    assert any(c.n_bodies == (0, 0) for c in configs)
    turb = [c.turbulence_mm for c in configs]
    assert min(turb) < 0.6 and max(turb) > 6.0
    assert {c.phase_sign for c in configs} == {1.0, -1.0} and {c.goldstein for c in configs} == {True, False}
    cfg = random_scene_config(np.random.default_rng(1), 32, 48, crs=None, baseline_days=12)
    assert (cfg.height, cfg.width, cfg.crs, cfg.baseline_days, cfg.origin) == (32, 48, None, 12, None)
    assert random_scene_config(np.random.default_rng(5)) == random_scene_config(np.random.default_rng(5))


def test_random_configs_simulate() -> None:
    rng = np.random.default_rng(3)
    for seed in range(4):
        cfg = random_scene_config(rng, 96, 112, optical_factor=2)
        scene = simulate_scene(seed, cfg)
        assert scene.phase.shape == (96, 112) and np.isfinite(scene.phase).any()


def test_invalid_settings_are_reported() -> None:
    with pytest.raises(InputDataError, match="nodata_layout"):
        SceneConfig(nodata_layout="donut")
    with pytest.raises(InputDataError, match="EPSG:999999"):
        SceneConfig(crs="EPSG:999999")
    with pytest.raises(InputDataError, match="colour"):
        random_scene_config(np.random.default_rng(0), colour="red")
