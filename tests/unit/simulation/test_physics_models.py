"""The alternative physical models: sizes, outlines, plug deformation, turbulence spectra,
texture/decay coherence and processing chains."""
from __future__ import annotations

import numpy as np
import pytest
from rasterio.features import rasterize
from scipy import ndimage

from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene
from isslide_qgis.core.insar.simulation.grid import SimulationGrid
from isslide_qgis.core.insar.simulation.random_fields import power_law_field, radial_power_spectrum
from isslide_qgis.core.insar.simulation.size_distribution import isslide_area_m2, log_uniform_area_m2
from isslide_qgis.core.insar.simulation.turbulence import TURBULENCE_MODELS, two_slope_field
from tests.unit.simulation.helpers import scene_with_bodies

#: 30 km x 30 km at 30 m: room for two decades of wavelengths on either side of a 2 km break.
WIDE = SimulationGrid.build(1024, 1024, "EPSG:32632", 30.0, (320000.0, 4965000.0))


def test_isslide_sizes_follow_the_annotation_quantiles() -> None:
    rng = np.random.default_rng(0)
    areas = np.array([isslide_area_m2(rng, (0.05, 0.5)) for _ in range(4000)]) / 1e6
    q10, q25, q50, q75, q90 = np.quantile(areas, [0.1, 0.25, 0.5, 0.75, 0.9])
    for got, want in ((q10, 0.015), (q25, 0.022), (q50, 0.046), (q75, 0.071), (q90, 0.090)):
        assert got == pytest.approx(want, rel=0.15)
    assert areas.min() >= 0.009 and areas.max() <= 0.5
    rng = np.random.default_rng(0)
    legacy = np.array([log_uniform_area_m2(rng, (0.05, 0.5)) for _ in range(4000)]) / 1e6
    assert np.median(legacy) > 2 * np.median(areas)  # the historical bodies were too large


def test_scene_bodies_have_isslide_sizes() -> None:
    cfg = SceneConfig(height=256, width=256, n_bodies=(8, 8), size_model="isslide", outline_model="lobate",
                      bubble_rate_mm_day=(3.0, 3.5), fringe_probability=0.0, optical=False, noise=False,
                      goldstein=False, nodata_layout="none", n_decoys=(0, 0))
    areas = [b["area_m2"] / 1e6 for s in range(3) for b in simulate_scene(s, cfg).bodies]
    assert len(areas) >= 15 and min(areas) >= 0.0089 and max(areas) <= 0.5
    assert 0.025 < np.median(areas) < 0.08


def _fit_slope(field: np.ndarray, k_lo: float, k_hi: float) -> float:
    k, p = radial_power_spectrum(field, WIDE.spacing, n_bins=40)
    keep = (k > k_lo) & (k < k_hi)
    return float(np.polyfit(np.log(k[keep]), np.log(p[keep]), 1)[0])


def test_two_slope_spectrum_changes_slope_at_the_break() -> None:
    kb = 1.0 / 2000.0
    fields = [two_slope_field(np.random.default_rng(s), WIDE.shape, WIDE.spacing, 2000.0) for s in range(3)]
    long = np.mean([_fit_slope(f, 0, kb / 1.5) for f in fields])
    short = np.mean([_fit_slope(f, 1.5 * kb, 0.35 / 30.0) for f in fields])
    assert long == pytest.approx(-8 / 3, abs=0.3)
    assert short == pytest.approx(-11 / 3, abs=0.3)


def test_von_karman_spectrum_is_steep_below_and_flat_beyond_the_outer_scale() -> None:
    fields = [power_law_field(np.random.default_rng(s), WIDE.shape, 11 / 3, WIDE.spacing, outer_scale_m=1500.0)
              for s in range(3)]
    assert np.mean([_fit_slope(f, 4 / 1500.0, 0.35 / 30.0) for f in fields]) == pytest.approx(-11 / 3, abs=0.3)
    assert np.mean([_fit_slope(f, 0, 0.3 / 1500.0) for f in fields]) > -1.0


@pytest.mark.parametrize("name", sorted(TURBULENCE_MODELS))
def test_turbulence_models_are_scaled_and_differ(name: str) -> None:
    screen, scale = TURBULENCE_MODELS[name](np.random.default_rng(1), WIDE, 1.3, 8 / 3)
    assert screen.dtype == np.float32 and screen.std() == pytest.approx(1.3, rel=1e-3)
    assert (scale is None) == (name == "power_law")
    k, p = radial_power_spectrum(screen, WIDE.spacing, n_bins=40)

    def slope(lo: float, hi: float) -> float:
        keep = (k > lo) & (k < hi)
        return float(np.polyfit(np.log(k[keep]), np.log(p[keep]), 1)[0])

    # 3.5-12 km: -8/3 for power_law and two_slope, nearly flat beyond von Karman's outer scale
    assert (slope(1 / 12000, 1 / 3500) > -1.5) == (name == "von_karman")
    # 100-300 m: -8/3 for power_law, -11/3 for the others
    assert (slope(1 / 300, 1 / 100) > -3.15) == (name == "power_law")


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / max((a | b).sum(), 1))


LOBATE, LOBATE_PLUG = dict(outline_model="lobate"), dict(outline_model="lobate", deformation_model="plug")


@pytest.mark.parametrize("models", [LOBATE, LOBATE_PLUG,
                                    dict(deformation_model="plug"), dict(size_model="isslide", crs="EPSG:4326")])
def test_outlines_are_valid_polygons_matching_the_truth(physics_config: SceneConfig, models: dict) -> None:
    scene = scene_with_bodies(physics_config.replace(n_bodies=(5, 5), **models), min_bodies=3)
    labels, _ = ndimage.label(scene.truth)
    checked = 0
    for body in scene.detectable_bodies:
        polygon = body["geometry"]
        assert polygon.is_valid and polygon.geom_type == "Polygon"
        mask = rasterize([polygon], out_shape=scene.shape, transform=scene.transform).astype(bool)
        if body["n_pixels"] < 40:
            continue
        ids = np.unique(labels[mask & (labels > 0)])
        assert _iou(mask, np.isin(labels, ids)) >= 0.9
        checked += 1
    assert checked >= 2


@pytest.mark.parametrize("models", [LOBATE, LOBATE_PLUG])
def test_truth_is_where_displacement_exceeds_the_fraction_of_the_peak(
    physics_config: SceneConfig, models: dict
) -> None:
    scene = scene_with_bodies(physics_config.replace(**models), first_seed=4)
    d = np.abs(scene.displacement_los_m)
    for body in scene.bodies:
        r, c = body["peak_row"], body["peak_col"]
        level = 0.2 * abs(body["peak_los_m"])
        labels, _ = ndimage.label(d > 0)  # the supports of the bodies are disjoint
        own = labels == labels[r, c]
        inside, dw = scene.truth[own] == 1, d[own]
        assert np.all(inside[dw > 1.01 * level])
        assert not np.any(inside[(dw < 0.99 * level) & (dw > 0)])
        assert body["n_pixels"] == pytest.approx(body["area_m2"] / 14.64**2, rel=0.1)


def test_plug_moves_as_a_block_and_bump_as_a_dome(physics_config: SceneConfig) -> None:
    def plateau_share(model: str) -> float:
        scene = scene_with_bodies(physics_config.replace(deformation_model=model), first_seed=2)
        d = np.abs(scene.displacement_los_m)
        peak = abs(scene.bodies[0]["peak_los_m"])
        moving = (d > 0.2 * peak)
        labels, _ = ndimage.label(moving)
        own = labels == labels[scene.bodies[0]["peak_row"], scene.bodies[0]["peak_col"]]
        return float((d[own] > 0.95 * peak).mean())

    assert plateau_share("plug") > 0.4 > 0.2 > plateau_share("bump")


@pytest.mark.parametrize("model", ["texture_decay", "parcels"])
def test_coherence_models_decay_with_the_baseline_and_ignore_altitude(small_config: SceneConfig, model: str) -> None:
    cfg = small_config.replace(coherence_model=model, optical=False, nodata_layout="none")
    means = [float(np.mean(simulate_scene(1, cfg.replace(baseline_days=b)).true_coherence)) for b in (6, 18, 120)]
    assert means[0] > means[1] > means[2]
    legacy = simulate_scene(1, cfg.replace(coherence_model="landcover")).true_coherence
    texture = simulate_scene(1, cfg).true_coherence
    dem = simulate_scene(1, cfg).dem
    # land cover follows altitude (treeline, snow line); the texture model does not
    assert abs(np.corrcoef(legacy.ravel(), dem.ravel())[0, 1]) > abs(np.corrcoef(texture.ravel(), dem.ravel())[0, 1])


def test_chains_unfiltered_boxcar_and_goldstein_differ(small_config: SceneConfig) -> None:
    cfg = small_config.replace(optical=False, nodata_layout="none", n_bodies=(0, 0), n_decoys=(0, 0))

    def roughness(**changes: object) -> float:
        phase = simulate_scene(2, cfg.replace(**changes)).phase
        return float(np.mean(np.abs(np.angle(np.exp(1j * np.diff(phase, axis=1))))))

    unfiltered, boxcar = roughness(chain="unfiltered"), roughness(chain="boxcar", boxcar_window=5)
    goldstein, switched_off = roughness(chain="goldstein"), roughness(chain="goldstein", goldstein=False)
    assert unfiltered == switched_off
    assert boxcar < 0.8 * unfiltered and goldstein < unfiltered and boxcar != goldstein
