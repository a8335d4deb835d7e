"""Outlines of the moving bodies: irregular ellipses and lobate tongues.

Both are level sets of one normalised radius, so the truth polygon (one level) and the
truth raster (the pixels below that level) describe the same region, and the displacement
(a function of the radius, :mod:`.displacement_profiles`) is constant along each outline.
In coordinates (u, v) along and across the body's axis (u downslope for a tongue):

``x = u / a``, ``y = v / (b * exp(taper * x))``, ``rho = |(x, y)| / r(theta)``, ``theta =
atan2(y, x)``, with ``r(theta) = 1 + sum_k c_k cos(k theta + phi_k) + front(theta) * sum_j
l_j cos(k_j theta + psi_j)`` and ``front(theta) = max(cos theta, 0)^2``.

- ``"ellipse"`` (historical): taper 0, no front lobes, 1-3 harmonics k = 2..5 (sum |c| <=
  0.3), aspect 1-2.6, axis along the flow (70 %) or across it.
- ``"lobate"``: a tongue elongated downslope (aspect 1.4-3.5, always along the flow), wider
  at its front than at its root (taper 0.25-0.7: the width grows as ``exp(taper * x)``),
  with 1-2 lobes on the front (order 4-8, 8-18 % of the radius, only where cos(theta) > 0)
  and irregular margins (harmonics 2-3 and 5-9). As r > 0 and the map (x, y) -> (u, v) is
  one-to-one, every level is a simple polygon.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from .displacement_profiles import DeformationModel

#: One harmonic of an outline: (order k, amplitude c, phase phi).
Harmonic = tuple[int, float, float]


def radius_factor(
    theta: np.ndarray, harmonics: tuple[Harmonic, ...], front_lobes: tuple[Harmonic, ...] = ()
) -> np.ndarray:
    """r(theta) of the outline (1 on average)."""
    r = np.ones_like(theta)
    for k, c, phi in harmonics:
        r += c * np.cos(k * theta + phi)
    if front_lobes:
        front = np.maximum(np.cos(theta), 0.0) ** 2
        for k, c, phi in front_lobes:
            r += front * (c * np.cos(k * theta + phi))
    return r


def normalised_xy(
    u: np.ndarray, v: np.ndarray, semi_major: float, semi_minor: float, taper: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) of the normalised frame from (u, v) along and across the axis (metres)."""
    x = u / semi_major
    if taper:
        return x, v / (semi_minor * np.exp(taper * x))
    return x, v / semi_minor


def outline_uv(
    rho_level: float,
    semi_major: float,
    semi_minor: float,
    harmonics: tuple[Harmonic, ...],
    front_lobes: tuple[Harmonic, ...] = (),
    taper: float = 0.0,
    n: int = 96,
) -> tuple[np.ndarray, np.ndarray]:
    """(u, v) vertices (metres, about the centre) of the outline at ``rho_level``."""
    theta = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    r = rho_level * radius_factor(theta, harmonics, front_lobes)
    u, v = semi_major * r * np.cos(theta), semi_minor * r * np.sin(theta)
    if taper:
        v = v * np.exp(taper * r * np.cos(theta))
    return u, v


def polygon_area(x: np.ndarray, y: np.ndarray) -> float:
    """Area of a simple polygon (shoelace formula)."""
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


ShapeDrawer = Callable[[np.random.Generator, float, float, DeformationModel], dict[str, Any]]


@dataclass(frozen=True)
class OutlineModel:
    """How one kind of outline is drawn (``draw``) and oriented on the slope."""

    draw: ShapeDrawer
    along_flow_only: bool


def _harmonics(rng: np.random.Generator, orders: list[int], amp: tuple[float, float]) -> tuple[Harmonic, ...]:
    return tuple((int(k), float(rng.uniform(*amp)), float(rng.uniform(0, 2 * np.pi))) for k in orders)


def draw_ellipse(
    rng: np.random.Generator, area_m2: float, truth_fraction: float, deformation: DeformationModel
) -> dict[str, Any]:
    """Irregular ellipse whose truth outline (profile level ``truth_fraction``) has ``area_m2``."""
    n_harm = int(rng.integers(1, 4))
    ks = rng.choice([2, 3, 4, 5], size=n_harm, replace=False)
    amps = rng.dirichlet(np.ones(n_harm)) * rng.uniform(0.05, 0.3) * (2.0 / ks)
    harmonics = tuple((int(k), float(c), float(rng.uniform(0, 2 * np.pi))) for k, c in zip(ks, amps))
    params = deformation.draw(rng)
    aspect = float(rng.uniform(1.0, 2.6))
    rho_ref = deformation.level(truth_fraction, params)
    theta = np.linspace(0, 2 * np.pi, 256, endpoint=False)
    r = 1.0 + sum(c * np.cos(k * theta + ph) for k, c, ph in harmonics)
    unit_area = aspect * rho_ref**2 * np.pi * float(np.mean(r**2))
    b = math.sqrt(area_m2 / unit_area)
    return dict(semi_major_m=b * aspect, semi_minor_m=b, harmonics=harmonics, **params)


def draw_lobate(
    rng: np.random.Generator, area_m2: float, truth_fraction: float, deformation: DeformationModel
) -> dict[str, Any]:
    """Lobate tongue whose truth outline (profile level ``truth_fraction``) has ``area_m2``."""
    harmonics = _harmonics(rng, [2, 3], (0.02, 0.1)) + _harmonics(
        rng, sorted(rng.choice([5, 6, 7, 8, 9], size=2, replace=False).tolist()), (0.01, 0.04)
    )
    n_lobes = int(rng.integers(1, 3))
    front_lobes = _harmonics(rng, rng.choice([4, 5, 6, 7, 8], size=n_lobes, replace=False).tolist(), (0.08, 0.18))
    taper = float(rng.uniform(0.25, 0.7))
    params = deformation.draw(rng)
    aspect = float(rng.uniform(1.4, 3.5))
    rho_ref = deformation.level(truth_fraction, params)
    unit_area = polygon_area(*outline_uv(rho_ref, aspect, 1.0, harmonics, front_lobes, taper, n=1024))
    b = math.sqrt(area_m2 / unit_area)
    return dict(
        semi_major_m=b * aspect, semi_minor_m=b, harmonics=harmonics, front_lobes=front_lobes, taper=taper, **params
    )


#: Outline models, by name (``SceneConfig.outline_model``).
OUTLINE_MODELS: dict[str, OutlineModel] = {
    "ellipse": OutlineModel(draw_ellipse, along_flow_only=False),
    "lobate": OutlineModel(draw_lobate, along_flow_only=True),
}
