"""Tropospheric and orbital phase screens (radians of interferometric phase).

- Turbulent troposphere: one of the spectra of :mod:`.turbulence` (``turbulence_model``);
  the historical one is a Gaussian field with radial power spectrum ``P(k) ~ k^-beta``,
  beta ~ 8/3 (Hanssen 2001, "Radar Interferometry", ch. 4: power-law regimes of the
  atmospheric delay, 8/3 for the turbulent mixing of water vapour at km scales), scaled to a
  given standard deviation of LOS delay (mm). Made by spectral synthesis
  (:func:`.random_fields.power_law_field`).
- Stratified troposphere: the difference of the vertical refractivity profiles of the two
  dates makes a delay that depends on altitude (Doin et al. 2009, "Corrections of stratified
  tropospheric delays in SAR interferometry", J. Appl. Geophys. 69; Cavalie et al. 2008).
  Modelled as ``k * H * (1 - exp(-(z - z_ref)/H))`` with gradient k at z_ref (rad/km, either
  sign, varies per pair) and scale height H in 1.5-8 km (curved for small H, linear for
  large), with an optional smooth lateral modulation of k.
- Orbital ramp: a plane (residual orbit error; Hanssen 2001, ch. 4.3), random direction.
The conversion of a LOS delay to phase uses :func:`.constants.displacement_to_phase`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from .constants import displacement_to_phase
from .grid import SimulationGrid
from .random_fields import power_law_field, smooth_field
from .turbulence import TURBULENCE_MODELS


def mm_to_rad(mm: float) -> float:
    """Phase magnitude (rad) of ``mm`` millimetres of LOS delay."""
    return abs(float(displacement_to_phase(mm / 1000.0)))


def turbulent_screen(
    rng: np.random.Generator,
    grid: SimulationGrid,
    std_rad: float,
    beta: float = 8.0 / 3.0,
) -> np.ndarray:
    """Turbulent tropospheric phase (float32 rad) with std ``std_rad`` and slope ``-beta``."""
    if std_rad == 0:
        return np.zeros(grid.shape, np.float32)
    return power_law_field(rng, grid.shape, beta, grid.spacing) * np.float32(std_rad)


def stratified_phase(
    dem: np.ndarray,
    gradient_rad_per_km: float | np.ndarray,
    z_ref: float | None = None,
    scale_height_km: float = np.inf,
) -> np.ndarray:
    """Height-dependent tropospheric phase (float32 rad), zero at ``z_ref``.

    Args:
        dem: Altitude (m).
        gradient_rad_per_km: Phase gradient with height at ``z_ref`` (rad/km); may be an array
            (laterally varying stratification).
        z_ref: Reference altitude (default: the median of the DEM).
        scale_height_km: Scale height H of the exponential profile (inf: linear in height).
    """
    zr = float(np.median(dem)) if z_ref is None else z_ref
    dz_km = (dem - zr) / 1000.0
    if np.isfinite(scale_height_km):
        dz_km = scale_height_km * (1.0 - np.exp(-dz_km / scale_height_km))
    return (gradient_rad_per_km * dz_km).astype(np.float32)


def orbital_ramp(
    rng: np.random.Generator, grid: SimulationGrid, gradient_rad_per_km: float
) -> np.ndarray:
    """Planar phase ramp (float32 rad) of the given gradient, random direction, zero mean."""
    angle = rng.uniform(0, 2 * np.pi)
    east, north = grid.east_m(), grid.north_m()
    plane = (east - east.mean()) * np.cos(angle) + (north - north.mean()) * np.sin(angle)
    return (gradient_rad_per_km / 1000.0 * plane).astype(np.float32)


@dataclass(frozen=True)
class AtmosphereDraw:
    """The per-pair atmosphere actually drawn (for metadata and analysis)."""

    turbulence_std_rad: float
    turbulence_beta: float
    stratification_rad_per_km: float
    scale_height_km: float
    lateral_modulation: float
    ramp_rad_per_km: float
    turbulence_model: str = "power_law"
    turbulence_scale_m: float | None = None


def atmosphere_phase(
    rng: np.random.Generator,
    grid: SimulationGrid,
    dem: np.ndarray,
    turbulence_mm: float,
    turbulence_beta: float,
    stratification_mm_per_km: float,
    ramp_mm_per_km: float,
    turbulence_model: str = "power_law",
) -> tuple[np.ndarray, AtmosphereDraw]:
    """Turbulent + stratified + ramp phase (float32 rad) and what was drawn.

    ``turbulence_model`` is a key of :data:`.turbulence.TURBULENCE_MODELS`; its drawn scale
    (break wavelength or outer scale, m) is ``AtmosphereDraw.turbulence_scale_m``.

    The stratification gradient has magnitude ``stratification_mm_per_km`` and a random sign;
    its lateral modulation (0-30 % of k, ~2 km correlation) and scale height vary per pair.
    """
    draw = AtmosphereDraw(
        turbulence_std_rad=mm_to_rad(turbulence_mm),
        turbulence_beta=turbulence_beta,
        stratification_rad_per_km=mm_to_rad(stratification_mm_per_km) * float(rng.choice([-1.0, 1.0])),
        scale_height_km=float(rng.uniform(1.5, 8.0)),
        lateral_modulation=float(rng.uniform(0.0, 0.3)),
        ramp_rad_per_km=mm_to_rad(ramp_mm_per_km),
        turbulence_model=turbulence_model,
    )
    phase, scale_m = TURBULENCE_MODELS[turbulence_model](rng, grid, draw.turbulence_std_rad, turbulence_beta)
    draw = dataclasses.replace(draw, turbulence_scale_m=scale_m)
    if draw.stratification_rad_per_km != 0:
        k = draw.stratification_rad_per_km * (
            1.0 + draw.lateral_modulation * smooth_field(rng, grid.shape, 2000.0, grid.spacing)
        )
        phase += stratified_phase(dem, k, scale_height_km=draw.scale_height_km)
    if draw.ramp_rad_per_km != 0:
        phase += orbital_ramp(rng, grid, draw.ramp_rad_per_km)
    return phase, draw
