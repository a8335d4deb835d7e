"""Troposphere: power-law turbulence, stratification with height, orbital ramps."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.insar.simulation.grid import SimulationGrid
from isslide_qgis.core.insar.simulation.random_fields import radial_power_spectrum
from isslide_qgis.core.insar.simulation.terrain import alpine_dem
from isslide_qgis.core.insar.simulation.troposphere import (
    atmosphere_phase,
    mm_to_rad,
    orbital_ramp,
    stratified_phase,
    turbulent_screen,
)

GRID = SimulationGrid.build(512, 512, "EPSG:32632", 14.64, (320000.0, 4965000.0))


def _slope(field: np.ndarray, spacing: tuple[float, float]) -> float:
    k, p = radial_power_spectrum(field, spacing)
    return float(np.polyfit(np.log(k[2:-2]), np.log(p[2:-2]), 1)[0])


@pytest.mark.parametrize("beta", [8.0 / 3.0, 2.2])
def test_turbulent_screen_power_spectrum_slope(beta: float) -> None:
    slopes = [_slope(turbulent_screen(np.random.default_rng(s), GRID, 1.0, beta), GRID.spacing) for s in range(3)]
    assert np.mean(slopes) == pytest.approx(-beta, abs=0.2)


def test_turbulent_screen_strength_and_anisotropic_pixels() -> None:
    screen = turbulent_screen(np.random.default_rng(0), GRID, 1.7)
    assert screen.std() == pytest.approx(1.7, rel=1e-3) and screen.dtype == np.float32
    geo = SimulationGrid.build(512, 512, "EPSG:4326", 1.3151e-4, (6.75, 44.8))
    assert geo.dx_m == pytest.approx(10.4, abs=0.1) and geo.dy_m == pytest.approx(14.6, abs=0.05)
    assert _slope(turbulent_screen(np.random.default_rng(1), geo, 1.0), geo.spacing) == pytest.approx(-8 / 3, abs=0.3)


def test_stratified_phase_is_proportional_to_height() -> None:
    dem = alpine_dem(np.random.default_rng(2), GRID)
    phase = stratified_phase(dem, 2.0, z_ref=2000.0)
    np.testing.assert_allclose(phase, 2.0 * (dem - 2000.0) / 1000.0, rtol=1e-5, atol=1e-5)
    curved = stratified_phase(dem, -2.0, z_ref=2000.0, scale_height_km=2.0)
    assert np.corrcoef(curved.ravel(), dem.ravel())[0, 1] < -0.98


def test_stratified_term_of_a_pair_correlates_with_the_dem() -> None:
    dem = alpine_dem(np.random.default_rng(3), GRID)
    phase, draw = atmosphere_phase(np.random.default_rng(4), GRID, dem, 0.0, 8 / 3, 10.0, 0.0)
    corr = np.corrcoef(phase.ravel(), dem.ravel())[0, 1]
    assert abs(corr) > 0.9
    assert np.sign(corr) == np.sign(draw.stratification_rad_per_km)
    assert abs(draw.stratification_rad_per_km) == pytest.approx(mm_to_rad(10.0))


def test_orbital_ramp_is_a_plane_of_the_given_gradient() -> None:
    ramp = orbital_ramp(np.random.default_rng(5), GRID, 0.5).astype(np.float64)
    gy, gx = np.gradient(ramp, GRID.dy_m / 1000.0, GRID.dx_m / 1000.0)
    np.testing.assert_allclose(np.hypot(gx, gy), 0.5, rtol=1e-3)
    assert abs(ramp.mean()) < 1e-3


def test_mm_to_rad() -> None:
    assert mm_to_rad(27.7328815) == pytest.approx(2 * np.pi, rel=1e-6)
