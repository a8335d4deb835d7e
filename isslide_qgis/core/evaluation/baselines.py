"""Non-learned baselines: the floor a network must beat, evaluated like any probability map.

* :func:`phase_gradient_baseline`: what a naive analyst would threshold, "where do fringes
  crowd": the local magnitude of the wrapped-phase gradient, mapped linearly to [0, 1].
* :func:`coherence_baseline`: the coherence itself (high on rock glaciers and bare debris,
  low on vegetation and snow), which says nothing about motion but sets a trivial floor.

The parameters are fixed from physics and the ISSLIDE processing, not tuned to the simulator:

* phase differences are taken on the complex unit phasor, ``angle(z[c+1] * conj(z[c]))``, so
  the 2 pi jumps of the wrapped phase do not appear as gradients (gradients up to pi rad/px);
* ``window`` = 5 px (~73 m at 14.64 m pixels): averages the phase noise over 25 pixels while
  staying below the size of the smallest bodies (0.05 km^2 is ~15 px across);
* ``min_coherence`` = 0.3: below it the Goldstein-filtered phase is mostly noise and analysts
  disregard it; those pixels get 0 and do not feed the smoothing of their neighbours;
* ``saturation`` = pi / 4 rad/px, one fringe every 8 pixels (~117 m): denser fringes than any
  slow movement gives over a 6-day pair, mapped to 1.

Pixels whose phase or coherence is NaN (nodata) are NaN in the output.
"""
from __future__ import annotations

import warnings
from typing import Callable

import numpy as np
from scipy import ndimage

from ..errors import InputDataError
from ..messages import translate
from .validation import check_same_shape

#: Smoothing window of the phase-gradient baseline, in pixels.
GRADIENT_WINDOW = 5
#: Coherence below which the phase-gradient baseline gives 0.
GRADIENT_MIN_COHERENCE = 0.3
#: Phase gradient (rad per pixel) mapped to 1: one fringe every 8 pixels.
GRADIENT_SATURATION = np.pi / 4


def _mean_squared_difference(phasor: np.ndarray, axis: int) -> np.ndarray:
    """Mean of the squared wrapped phase differences on both sides of each pixel along axis."""
    forward = np.moveaxis(phasor, axis, -1)
    squared = np.angle(forward[..., 1:] * np.conj(forward[..., :-1])) ** 2
    pad = np.full(squared.shape[:-1] + (1,), np.nan)
    sides = np.stack([np.concatenate([pad, squared], -1), np.concatenate([squared, pad], -1)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN pairs: nodata stays NaN
        return np.moveaxis(np.nanmean(sides, axis=0), -1, axis)


def wrapped_phase_gradient(phase: np.ndarray) -> np.ndarray:
    """Magnitude of the wrapped-phase gradient in rad/px (NaN where the phase is NaN)."""
    phasor = np.exp(1j * np.asarray(phase, dtype=np.float64))
    return np.sqrt(_mean_squared_difference(phasor, 0) + _mean_squared_difference(phasor, 1))


def phase_gradient_baseline(phase: np.ndarray, coherence: np.ndarray,
                            window: int = GRADIENT_WINDOW,
                            min_coherence: float = GRADIENT_MIN_COHERENCE,
                            saturation: float = GRADIENT_SATURATION) -> np.ndarray:
    """Probability-like map in [0, 1] from the local wrapped-phase gradient (see module notes).

    Args:
        phase: wrapped phase in radians (NaN: nodata).
        coherence: coherence in [0, 1] on the same grid (NaN: nodata).
        window: odd side in pixels of the box that averages the gradient magnitude.
        min_coherence: pixels below this coherence get 0 and are left out of the averaging.
        saturation: gradient in rad/px mapped to 1 (linear below, clipped above).
    """
    phase = np.asarray(phase, dtype=np.float64)
    coherence = np.asarray(coherence, dtype=np.float64)
    check_same_shape("coherence", coherence, phase.shape)
    if int(window) < 3 or int(window) % 2 == 0:
        raise InputDataError(
            translate("IsslideCore", "The smoothing window must be an odd number of pixels of "
                      "at least 3, got {window}.").format(window=window))
    gradient = wrapped_phase_gradient(phase)
    with np.errstate(invalid="ignore"):
        coherent = np.isfinite(gradient) & (coherence >= min_coherence)
    weights = ndimage.uniform_filter(coherent.astype(np.float64), int(window), mode="nearest")
    total = ndimage.uniform_filter(np.where(coherent, gradient, 0.0), int(window), mode="nearest")
    with np.errstate(invalid="ignore", divide="ignore"):
        smoothed = np.where(weights > 1e-9, total / weights, 0.0)
    result = np.where(coherent, np.clip(smoothed / saturation, 0.0, 1.0), 0.0)
    result[~(np.isfinite(phase) & np.isfinite(coherence))] = np.nan
    return result.astype(np.float32)


def coherence_baseline(coherence: np.ndarray) -> np.ndarray:
    """The coherence map clipped to [0, 1] as a probability-like map (NaN kept)."""
    return np.clip(np.asarray(coherence, dtype=np.float32), 0.0, 1.0)


#: Baseline name -> function of ``(phase, coherence)`` giving a probability-like map.
BASELINES: dict[str, Callable[[np.ndarray, np.ndarray], np.ndarray]] = {
    "phase_gradient": phase_gradient_baseline,
    "coherence": lambda phase, coherence: coherence_baseline(coherence),
}
