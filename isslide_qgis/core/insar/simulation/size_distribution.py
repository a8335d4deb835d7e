"""Areas of the moving bodies (the truth outline's area), one model per size distribution.

- ``"log_uniform"``: log-uniform in ``SceneConfig.body_area_km2`` (historical default,
  0.05-0.5 km^2: bodies larger than most real ones).
- ``"isslide"``: the areas of the ISSLIDE authors' annotation of the Queyras (38 moving areas;
  min 0.009, 10 % 0.015, quartiles 0.022 / 0.046 / 0.071, 90 % 0.090, max 0.50 km^2; see
  the domain notes). The empirical quantile function is interpolated linearly in log-area
  between these seven points and sampled by inversion (one uniform number per body), so
  the drawn quantiles are the annotation's and every area lies in [0.009, 0.5] km^2.
"""
from __future__ import annotations

import math
from typing import Callable

import numpy as np

#: (probability, area km^2) points of the ISSLIDE area quantile function.
ISSLIDE_AREA_QUANTILES_KM2: tuple[tuple[float, float], ...] = (
    (0.0, 0.009), (0.1, 0.015), (0.25, 0.022), (0.5, 0.046), (0.75, 0.071), (0.9, 0.090), (1.0, 0.50),
)

AreaSampler = Callable[[np.random.Generator, tuple[float, float]], float]


def log_uniform_area_m2(rng: np.random.Generator, range_km2: tuple[float, float]) -> float:
    """An area (m^2) log-uniform in ``range_km2`` (one uniform draw)."""
    lo, hi = range_km2
    return math.exp(rng.uniform(math.log(lo), math.log(hi))) * 1e6


def isslide_area_quantile_km2(probability: float | np.ndarray) -> np.ndarray:
    """The ISSLIDE area quantile function (km^2), log-linear between the annotation's points."""
    p, a = np.array(ISSLIDE_AREA_QUANTILES_KM2).T
    return np.exp(np.interp(probability, p, np.log(a)))


def isslide_area_m2(rng: np.random.Generator, range_km2: tuple[float, float]) -> float:
    """An area (m^2) from the ISSLIDE distribution (``range_km2`` is not used)."""
    return float(isslide_area_quantile_km2(rng.uniform())) * 1e6


#: Body size distributions, by name (``SceneConfig.size_model``).
SIZE_MODELS: dict[str, AreaSampler] = {"log_uniform": log_uniform_area_m2, "isslide": isslide_area_m2}


def draw_body_area_m2(rng: np.random.Generator, model: str, range_km2: tuple[float, float]) -> float:
    """One body area (m^2) from the size model ``model`` (a key of :data:`SIZE_MODELS`)."""
    return SIZE_MODELS[model](rng, range_km2)
