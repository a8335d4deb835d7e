"""Alpine land cover from altitude, slope and aspect: forest, meadow, scree, rock, snow.

Soft class weights (summing to 1) shared by the coherence model and the optical image, so
the incoherent forest of the interferogram is the dark green forest of the optical image.
Zonation (e.g. Ozenda 1985, "La vegetation de la chaine alpine"): forest below the treeline
(1700-2300 m in the French Alps), alpine meadows up to 300-600 m above it, then scree and
rock; cliffs (slope > ~40 deg) are bare rock at any altitude; snow lies above a snow line
that is ~250 m lower on north-facing slopes. Boundaries are jittered by a random field.

Temporal decorrelation per class follows the exponential model
``gamma(dt) = gamma0 * exp(-dt / tau)`` (Rocca 2007, "Modeling interferogram stacks", IEEE
TGRS 45; Parizzi et al. 2009, Fringe workshop), with (gamma0, tau) chosen so that 6-day C-band
pairs give the coherences seen on Sentinel-1 in the Alps: forest ~0.2-0.3, meadow ~0.6,
debris and rock ~0.85-0.9, wet snow < 0.1.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.special import expit

#: Land-cover classes, in a fixed order.
CLASSES: tuple[str, ...] = ("forest", "meadow", "scree", "rock", "snow")
#: (short-term coherence gamma0, decorrelation time tau in days) per class at C band.
CLASS_DECORRELATION: dict[str, tuple[float, float]] = {
    "forest": (0.5, 8.0),
    "meadow": (0.8, 22.0),
    "scree": (0.93, 100.0),
    "rock": (0.94, 150.0),
    "snow": (0.35, 4.0),
}


@dataclass(frozen=True)
class LandcoverParams:
    """Altitudes and slopes that separate the classes.

    Attributes:
        treeline_m: Upper forest limit.
        alpine_m: Upper limit of continuous meadows (scree/rock above).
        snowline_m: Snow line on flat ground (None: no snow).
        cliff_slope_deg: Slope above which the ground is bare rock.
        scree_slope_deg: Above the alpine limit, scree below this slope, rock above.
    """

    treeline_m: float
    alpine_m: float
    snowline_m: float | None
    cliff_slope_deg: float
    scree_slope_deg: float


def draw_landcover_params(
    rng: np.random.Generator, treeline_m: float, snowline_m: float | None
) -> LandcoverParams:
    """Class limits around the configured treeline and snow line."""
    return LandcoverParams(
        treeline_m=treeline_m + rng.uniform(-100.0, 100.0),
        alpine_m=treeline_m + rng.uniform(250.0, 600.0),
        snowline_m=None if snowline_m is None else snowline_m + rng.uniform(-100.0, 100.0),
        cliff_slope_deg=rng.uniform(38.0, 46.0),
        scree_slope_deg=rng.uniform(28.0, 36.0),
    )


def _sig(x: np.ndarray) -> np.ndarray:
    return expit(x).astype(np.float32, copy=False)


def landcover_weights(
    dem: np.ndarray,
    slope_deg: np.ndarray,
    aspect_deg: np.ndarray,
    params: LandcoverParams,
    jitter: np.ndarray,
) -> dict[str, np.ndarray]:
    """Soft weights of each class (float32, sum 1 per pixel).

    Args:
        dem: Altitude (m).
        slope_deg: Slope (deg).
        aspect_deg: Downslope azimuth (deg from north).
        params: Class limits.
        jitter: Unit-std random field that makes the limits irregular (~120 m of altitude).
    """
    z = dem + np.float32(120.0) * jitter
    cliff = _sig((slope_deg - params.cliff_slope_deg) / 3.0)
    if params.snowline_m is None:
        snow = np.zeros_like(z)
    else:
        line = params.snowline_m - 250.0 * np.cos(np.radians(aspect_deg))
        snow = _sig((z - line) / 60.0) * _sig((50.0 - slope_deg) / 3.0)
    rest = (1.0 - cliff) * (1.0 - snow)
    forest = _sig((params.treeline_m - z) / 70.0) * _sig((42.0 - slope_deg) / 4.0)
    alpine = _sig((z - params.alpine_m) / 80.0)
    scree = _sig((params.scree_slope_deg - slope_deg) / 4.0)
    open_ground = rest * (1.0 - forest)
    return {
        "forest": rest * forest,
        "meadow": open_ground * (1.0 - alpine),
        "scree": open_ground * alpine * scree,
        "rock": open_ground * alpine * (1.0 - scree) + cliff * (1.0 - snow),
        "snow": snow,
    }


def class_coherence(name: str, baseline_days: float, time_scale: float = 1.0) -> float:
    """Coherence of one class after ``baseline_days`` (exponential decorrelation model)."""
    gamma0, tau = CLASS_DECORRELATION[name]
    return float(gamma0 * np.exp(-baseline_days / (tau * time_scale)))


def landcover_coherence(
    weights: dict[str, np.ndarray], baseline_days: float, time_scale: float = 1.0
) -> np.ndarray:
    """Temporal coherence of the land-cover mixture (weighted mean of the classes)."""
    out = np.zeros_like(next(iter(weights.values())))
    for name, w in weights.items():
        out += np.float32(class_coherence(name, baseline_days, time_scale)) * w
    return out
