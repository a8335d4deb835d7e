"""How well an explanation map points at the true moving areas (CAMs and their baselines).

Both metrics only compare *where* a map puts its mass, so any non-negative map can be scored:
a CAM in [0, 1], the coherence, the phase-gradient magnitude. Pixels that are not finite
(nodata) are left out; negative values count as 0.

* :func:`energy_inside`: the share of the map's total mass that lies inside the true bodies,
  ``sum(map * truth) / sum(map)`` (the "energy-based pointing game" of Score-CAM, Wang 2020).
  A map spread evenly scores the share of the patch the bodies cover.
* :func:`pointing_hit`: the pointing game (Zhang et al. 2018): 1 when the map's maximum falls
  inside a true body dilated by ``tolerance`` pixels. When several pixels share the maximum
  (saturated maps), the score is the share of them that do: the expected hit with ties broken
  at random, so a flat map cannot win by the order of its pixels.

A map without mass (all 0) scores 0 on both: it points nowhere.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import ndimage

from .validation import check_same_shape

#: Tolerance of the pointing game, in pixels (about 30 m at ISSLIDE's 14.64 m pixels).
POINTING_TOLERANCE = 2
#: Relative tolerance under which two values count as the same maximum.
TIE_TOLERANCE = 1e-6


def _prepared(cam: np.ndarray, truth: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    cam = np.asarray(cam, dtype=np.float64)
    truth = np.asarray(truth)
    check_same_shape("truth", truth, cam.shape)
    values = np.where(np.isfinite(cam), np.maximum(cam, 0.0), 0.0)
    return values, np.nan_to_num(truth.astype(np.float64), nan=0.0) > 0


def energy_inside(cam: np.ndarray, truth: np.ndarray) -> float:
    """Share of the map's mass inside the true bodies, in [0, 1] (0 for a map without mass).

    Args:
        cam: ``(H, W)`` non-negative map; NaN: nodata (left out).
        truth: ``(H, W)`` true moving areas (> 0: moving).
    """
    values, inside = _prepared(cam, truth)
    total = values.sum()
    return float(values[inside].sum() / total) if total > 0 else 0.0


def pointing_hit(cam: np.ndarray, truth: np.ndarray, tolerance: int = POINTING_TOLERANCE) -> float:
    """Pointing game of one map: share of its maximal pixels within ``tolerance`` px of a body.

    Args:
        cam: ``(H, W)`` non-negative map; NaN: nodata (never the maximum).
        truth: ``(H, W)`` true moving areas (> 0: moving).
        tolerance: dilation radius of the bodies in pixels (0: the bodies themselves).

    Returns:
        1.0 or 0.0 for a single maximum; the hit share for tied maxima; 0.0 without mass.
    """
    values, inside = _prepared(cam, truth)
    peak = values.max(initial=0.0)
    if peak <= 0:
        return 0.0
    if tolerance > 0:
        radius = int(tolerance)
        rows, cols = np.ogrid[-radius:radius + 1, -radius:radius + 1]
        inside = ndimage.binary_dilation(inside, structure=rows ** 2 + cols ** 2 <= radius ** 2)
    maxima = values >= peak * (1.0 - TIE_TOLERANCE)
    return float(inside[maxima].mean())


def explanation_scores(maps: Sequence[np.ndarray], truths: Sequence[np.ndarray],
                       tolerance: int = POINTING_TOLERANCE) -> dict[str, float]:
    """Mean energy inside truth and pointing game over patches (with their count).

    Returns:
        ``{"energy_inside": mean, "pointing_game": mean, "patches": n}``.
    """
    if len(maps) != len(truths):
        raise ValueError(f"{len(maps)} maps for {len(truths)} truth masks")
    energy = [energy_inside(m, t) for m, t in zip(maps, truths)]
    pointing = [pointing_hit(m, t, tolerance) for m, t in zip(maps, truths)]
    return {"energy_inside": float(np.mean(energy)) if energy else float("nan"),
            "pointing_game": float(np.mean(pointing)) if pointing else float("nan"),
            "patches": len(maps)}
