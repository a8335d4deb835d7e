"""The SPOT-like image: land cover by altitude, visible landforms, grid."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene
from tests.unit.simulation.helpers import scene_with_bodies


def _luminance(optical: np.ndarray) -> np.ndarray:
    return optical.astype(np.float64).mean(axis=0)


def _coarse(a: np.ndarray, f: int) -> np.ndarray:
    h, w = a.shape[0] // f, a.shape[1] // f
    return a[: h * f, : w * f].reshape(h, f, w, f).mean(axis=(1, 3))


def test_snow_is_bright_and_forest_dark_and_green() -> None:
    cfg = SceneConfig(height=256, width=256, n_bodies=(0, 0), optical=False)
    dem = simulate_scene(1, cfg).dem  # the terrain does not depend on the land-cover limits
    mid_z = float(np.median(dem))
    scene = simulate_scene(1, cfg.replace(optical=True, treeline_m=mid_z, snowline_m=mid_z + 50))
    lum = _coarse(_luminance(scene.optical), 3)
    green_excess = _coarse(scene.optical[1].astype(float) - scene.optical[0], 3)
    high, low = dem > np.percentile(dem, 95), dem < np.percentile(dem, 5)
    assert lum[high].mean() > 150  # snow, partly in the shade
    assert lum[low].mean() < 110 and green_excess[low].mean() > 10
    assert lum[high].mean() > lum[low].mean() + 60


def test_bodies_show_as_landforms_on_the_optical_image() -> None:
    cfg = SceneConfig(height=192, width=192, n_bodies=(3, 3), body_area_km2=(0.08, 0.2), nodata_layout="none")
    with_bodies = scene_with_bodies(cfg, first_seed=4)
    without = simulate_scene(with_bodies.seed, cfg.replace(n_bodies=(0, 0)))
    diff = _coarse(np.abs(_luminance(with_bodies.optical) - _luminance(without.optical)), 3)
    inside = with_bodies.truth == 1
    far = (with_bodies.displacement_los_m == 0) & (with_bodies.true_coherence < 2)  # everywhere off the bodies
    assert diff[inside].mean() > 8.0
    assert diff[far].mean() < 0.1 * diff[inside].mean()


def test_optical_grid_is_finer_and_same_extent() -> None:
    for crs in ("EPSG:32632", "EPSG:4326", None):
        scene = simulate_scene(2, SceneConfig(height=64, width=72, crs=crs, optical_factor=4, n_bodies=(0, 1)))
        t, to = scene.transform, scene.optical_transform
        assert scene.optical.shape == (3, 256, 288)
        assert to.a == pytest.approx(t.a / 4) and to.e == pytest.approx(t.e / 4)
        assert (to.c, to.f) == (t.c, t.f)
