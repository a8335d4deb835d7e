"""Displacement inside a body as a function of its normalised radius rho (0 centre, 1 edge).

Each model gives ``f(rho)`` in [0, 1] (1 at the centre, 0 for rho >= 1), decreasing in rho,
so that the truth region ``f >= t`` is the outline at ``rho = level(t)`` (:mod:`.outlines`).

- ``"bump"`` (historical): a smooth dome ``(1 - rho^p)^q``, p in [1.5, 3] (domed to
  plateau-like), q in [1.5, 2.5]: creep fading gradually towards the margins.
- ``"plug"``: a slab moving as a block (the typical slow landslide or a rock-glacier lobe
  sliding on a shear horizon), displacement uniform inside and falling to 0 across a
  marginal shear zone of relative width w in [0.12, 0.35]:
  ``f = s((1 - rho) / w)`` with the smoothstep ``s(x) = x^2 (3 - 2x)`` on [0, 1]. Its
  level is analytic: ``s^-1(t) = 1/2 - sin(asin(1 - 2t) / 3)``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np

Params = Mapping[str, float]


@dataclass(frozen=True)
class DeformationModel:
    """One kind of displacement profile: its parameter draw, profile and level function."""

    draw: Callable[[np.random.Generator], dict[str, float]]
    profile: Callable[[np.ndarray, Params], np.ndarray]
    level: Callable[[float, Params], float]


def _draw_bump(rng: np.random.Generator) -> dict[str, float]:
    p, q = float(rng.uniform(1.5, 3.0)), float(rng.uniform(1.5, 2.5))
    return dict(p=p, q=q)


def bump_profile(rho: np.ndarray, params: Params) -> np.ndarray:
    """``(1 - rho^p)^q`` for rho < 1, 0 beyond."""
    r = np.clip(rho, 0.0, 1.0)
    return (1.0 - r ** params["p"]) ** params["q"]


def bump_level(fraction: float, params: Params) -> float:
    """rho at which the bump equals ``fraction`` of its peak."""
    return (1.0 - fraction ** (1.0 / params["q"])) ** (1.0 / params["p"])


def _draw_plug(rng: np.random.Generator) -> dict[str, float]:
    return dict(shear_width=float(rng.uniform(0.12, 0.35)))


def plug_profile(rho: np.ndarray, params: Params) -> np.ndarray:
    """1 inside ``1 - shear_width``, smoothstep down to 0 at rho = 1."""
    x = np.clip((1.0 - rho) / params["shear_width"], 0.0, 1.0)
    return x * x * (3.0 - 2.0 * x)


def plug_level(fraction: float, params: Params) -> float:
    """rho at which the plug equals ``fraction`` of its peak."""
    t = min(max(fraction, 0.0), 1.0)
    x = 0.5 - math.sin(math.asin(1.0 - 2.0 * t) / 3.0)
    return 1.0 - params["shear_width"] * x


#: Displacement profiles, by name (``SceneConfig.deformation_model``).
DEFORMATION_MODELS: dict[str, DeformationModel] = {
    "bump": DeformationModel(_draw_bump, bump_profile, bump_level),
    "plug": DeformationModel(_draw_plug, plug_profile, plug_level),
}
