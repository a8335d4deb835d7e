"""Moving bodies: the phase is 4*pi*d/lambda, scales with the baseline, truth rule, areas."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.insar.simulation import WAVELENGTH_S1, SceneConfig, simulate_scene
from tests.unit.simulation.helpers import scene_with_bodies


@pytest.mark.parametrize("seed", [1, 2])
def test_phase_step_across_body_is_4pi_d_over_lambda(physics_config: SceneConfig, seed: int) -> None:
    scene = scene_with_bodies(physics_config, first_seed=seed, min_bodies=2)
    for body in scene.bodies:
        r, c = body["peak_row"], body["peak_col"]
        d_pixel = float(scene.displacement_los_m[r, c])
        expected = 4 * np.pi * d_pixel / WAVELENGTH_S1
        step = _step_from_outside(scene.phase, scene.displacement_los_m, r, c)
        assert step == pytest.approx(expected, abs=1e-3)
        # the peak pixel holds (almost) the body's peak displacement = rate * baseline
        assert d_pixel == pytest.approx(body["rate_mm_per_day"] * 6 / 1000.0, rel=0.02)
        assert body["peak_los_m"] == pytest.approx(body["rate_mm_per_day"] * 6 / 1000.0)


def _step_from_outside(phase: np.ndarray, disp: np.ndarray, r: int, c: int) -> float:
    """Unwrapped phase(r, c) minus the phase of the nearest motionless pixel of its row or
    column, along the gentlest of the four straight paths."""
    candidates = []
    for line, moving, i in ((phase[r, :], disp[r, :] != 0, c), (phase[:, c], disp[:, c] != 0, r)):
        for direction in (-1, 1):
            j = i
            while 0 <= j + direction < len(line) and moving[j]:
                j += direction
            if moving[j]:
                continue  # reached the border still inside the body
            seg = line[j : i + 1] if direction < 0 else line[i : j + 1][::-1]
            u = np.unwrap(seg.astype(np.float64))
            candidates.append((float(np.abs(np.diff(u)).max()), float(u[-1] - u[0])))
    steepness, step = min(candidates)
    assert steepness < 1.5, "no path gentle enough to unwrap"
    return step


def test_doubling_the_baseline_doubles_the_phase(physics_config: SceneConfig) -> None:
    six = scene_with_bodies(physics_config, first_seed=7)
    twelve = simulate_scene(six.seed, physics_config.replace(baseline_days=12))
    assert [b["rate_mm_per_day"] for b in six.bodies] == [b["rate_mm_per_day"] for b in twelve.bodies]
    np.testing.assert_allclose(twelve.displacement_los_m, 2 * six.displacement_los_m, rtol=1e-6, atol=1e-9)
    for b6, b12 in zip(six.bodies, twelve.bodies):
        r, c = b6["peak_row"], b6["peak_col"]
        s6 = _step_from_outside(six.phase, six.displacement_los_m, r, c)
        s12 = _step_from_outside(twelve.phase, twelve.displacement_los_m, r, c)
        assert s12 == pytest.approx(2 * s6, rel=1e-3)
        assert b12["peak_los_mm"] == pytest.approx(2 * b6["peak_los_mm"])


def test_phase_sign_parameter_flips_the_phase(physics_config: SceneConfig) -> None:
    plus = scene_with_bodies(physics_config, first_seed=3)
    minus = simulate_scene(plus.seed, physics_config.replace(phase_sign=-1.0))
    assert np.abs(plus.phase).max() > 0.5
    np.testing.assert_allclose(np.exp(1j * minus.phase), np.exp(-1j * plus.phase), atol=1e-5)


def test_truth_is_where_displacement_exceeds_the_fraction_of_the_peak(physics_config: SceneConfig) -> None:
    scene = scene_with_bodies(physics_config, first_seed=4)
    d = np.abs(scene.displacement_los_m)
    for body in scene.bodies:
        r, c = body["peak_row"], body["peak_col"]
        level = 0.2 * abs(body["peak_los_m"])
        window = (slice(max(r - 60, 0), r + 60), slice(max(c - 60, 0), c + 60))
        inside = scene.truth[window] == 1
        dw = d[window]
        # away from the outline (1 % margin) the mask follows the rule exactly
        assert np.all(inside[dw > 1.01 * level])
        assert not np.any(inside[(dw < 0.99 * level) & (dw > 0)])
        assert body["n_pixels"] == pytest.approx(body["area_m2"] / 14.64**2, rel=0.1)


def test_body_areas_and_rates_in_range() -> None:
    cfg = SceneConfig(height=256, width=256, n_bodies=(6, 6), optical=False, goldstein=False, noise=False)
    for seed in range(3):
        scene = simulate_scene(seed, cfg)
        assert scene.bodies, "no body placed"
        for body in scene.bodies:
            assert 0.05e6 * 0.999 <= body["area_m2"] <= 0.5e6 * 1.001
            assert 0.5 <= abs(body["rate_mm_per_day"]) <= 12.0
            assert body["geometry"].is_valid
            assert body["geometry"].area == pytest.approx(body["area_m2"], rel=1e-6)  # UTM: m^2
            assert body["kind"] == ("bubble" if body["fringes"] < 1 else "fringes")


def test_bubbles_and_fringes_both_occur() -> None:
    cfg = SceneConfig(height=256, width=256, n_bodies=(5, 5), optical=False, goldstein=False, noise=False)
    kinds = {b["kind"] for seed in range(4) for b in simulate_scene(seed, cfg).bodies}
    assert kinds == {"bubble", "fringes"}


def test_bodies_are_coherent_ground(physics_config: SceneConfig) -> None:
    scene = scene_with_bodies(physics_config, first_seed=5)
    assert scene.true_coherence[scene.truth == 1].mean() > 0.7
