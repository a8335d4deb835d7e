"""Turbulent tropospheric phase screens, one model per spectrum shape (spectral synthesis).

All are zero-mean Gaussian fields scaled to a standard deviation (rad); they differ in the
shape of their radially averaged power spectrum P(k), k in cycles per metre:

- ``"power_law"`` (historical): one slope, ``P ~ k^-beta`` (beta from the config, 8/3 for
  Kolmogorov-like turbulence at km scales).
- ``"two_slope"``: the slope changes at a break wavelength lambda_b drawn in 1-3 km per pair:
  ``P ~ k^-8/3`` at wavelengths longer than lambda_b (turbulence in a layer thinner than the
  wavelength: 2-D) and ``k^-11/3`` at shorter ones (3-D Kolmogorov turbulence), continuous at
  the break (Hanssen 2001, "Radar Interferometry", sec. 4.7; the FFT method of Hooper/Shen).
- ``"von_karman"``: ``P ~ (k^2 + k0^2)^-11/6`` with an outer scale L0 = 1/k0 drawn in
  1.5-6 km per pair: -11/3 at short wavelengths, flat (white) at wavelengths beyond L0, i.e.
  no structure larger than the outer scale (von Karman spectrum of atmospheric turbulence).

``turbulence_beta`` is used by ``"power_law"`` only.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from .grid import SimulationGrid
from .random_fields import power_law_field, spectral_field, wavenumbers

#: A turbulence model: (rng, grid, std_rad, beta) -> (screen float32 rad, drawn scale in m or None).
TurbulenceModel = Callable[[np.random.Generator, SimulationGrid, float, float], tuple[np.ndarray, float | None]]

#: Slopes of the two-slope spectrum (long, short wavelengths; Hanssen 2001).
LONG_SLOPE, SHORT_SLOPE = 8.0 / 3.0, 11.0 / 3.0


def _zeros(grid: SimulationGrid) -> np.ndarray:
    return np.zeros(grid.shape, np.float32)


def power_law_screen(
    rng: np.random.Generator, grid: SimulationGrid, std_rad: float, beta: float
) -> tuple[np.ndarray, float | None]:
    """One-slope screen ``P ~ k^-beta``."""
    if std_rad == 0:
        return _zeros(grid), None
    return power_law_field(rng, grid.shape, beta, grid.spacing) * np.float32(std_rad), None


def two_slope_field(
    rng: np.random.Generator, shape: tuple[int, int], spacing: tuple[float, float], break_m: float
) -> np.ndarray:
    """Unit-std field with ``P ~ k^-8/3`` beyond ``break_m`` and ``k^-11/3`` below it."""
    k = wavenumbers(shape, spacing)
    kb = np.float32(1.0 / break_m)
    with np.errstate(divide="ignore"):
        power = np.where(k <= kb, k ** np.float32(-LONG_SLOPE),
                         kb ** np.float32(SHORT_SLOPE - LONG_SLOPE) * k ** np.float32(-SHORT_SLOPE))
    amplitude = np.where(k > 0, np.sqrt(power), 0.0).astype(np.float32)
    return spectral_field(rng, shape, amplitude)


def two_slope_screen(
    rng: np.random.Generator, grid: SimulationGrid, std_rad: float, beta: float
) -> tuple[np.ndarray, float | None]:
    """Two-slope screen, break wavelength drawn log-uniformly in 1-3 km."""
    break_m = float(np.exp(rng.uniform(np.log(1000.0), np.log(3000.0))))
    if std_rad == 0:
        return _zeros(grid), break_m
    return two_slope_field(rng, grid.shape, grid.spacing, break_m) * np.float32(std_rad), break_m


def von_karman_screen(
    rng: np.random.Generator, grid: SimulationGrid, std_rad: float, beta: float
) -> tuple[np.ndarray, float | None]:
    """Von Karman screen (-11/3, outer scale drawn log-uniformly in 1.5-6 km)."""
    outer_m = float(np.exp(rng.uniform(np.log(1500.0), np.log(6000.0))))
    if std_rad == 0:
        return _zeros(grid), outer_m
    field = power_law_field(rng, grid.shape, SHORT_SLOPE, grid.spacing, outer_scale_m=outer_m)
    return field * np.float32(std_rad), outer_m


#: Turbulence models, by name (``SceneConfig.turbulence_model``).
TURBULENCE_MODELS: dict[str, TurbulenceModel] = {
    "power_law": power_law_screen,
    "two_slope": two_slope_screen,
    "von_karman": von_karman_screen,
}
