"""Checks shared by the evaluation metrics: array shapes, probability ranges, masks, thresholds.

Conventions used everywhere in :mod:`isslide_qgis.core.evaluation`:

* a probability map holds floats in [0, 1]; NaN marks a pixel without a prediction (nodata);
* a truth map is "moving" where it is > 0 (so masks rasterised with polygon ids work as they
  are) and NaN marks a pixel without annotation;
* an optional ``valid`` mask (True: evaluate) removes pixels on top of the NaN ones;
* a pixel (or a patch score) is positive when it **strictly exceeds** the threshold, as in the
  authors' code and in the rule "more than 25 pixels exceed 0.5".
"""
from __future__ import annotations

import numpy as np

from ..errors import GridMismatchError, InputDataError
from ..messages import translate

#: Tolerance on probabilities slightly outside [0, 1] (float32 rounding of a sigmoid).
PROBABILITY_TOLERANCE = 1e-6


def check_same_shape(what: str, array: np.ndarray, expected: tuple[int, ...]) -> None:
    """Raise :class:`GridMismatchError` when ``array`` is not on the probability map's grid."""
    if array.shape != expected:
        raise GridMismatchError(
            translate("IsslideCore", "The {what} array has shape {shape} but the probability map "
                      "has shape {expected}. Give arrays on the same grid (same rows and "
                      "columns).").format(what=what, shape=array.shape, expected=expected))


def check_fraction(name: str, value: float) -> float:
    """Return ``value`` as float after checking it lies in [0, 1]."""
    if not 0.0 <= float(value) <= 1.0:
        raise InputDataError(
            translate("IsslideCore", "'{name}' must lie between 0 and 1, got {value}.").format(
                name=name, value=value))
    return float(value)


def probabilities(prob: np.ndarray) -> np.ndarray:
    """Return ``prob`` as a float array after checking its finite values lie in [0, 1]."""
    values = np.asarray(prob, dtype=np.float64)
    finite = values[np.isfinite(values)]
    if finite.size and (finite.min() < -PROBABILITY_TOLERANCE
                        or finite.max() > 1.0 + PROBABILITY_TOLERANCE):
        raise InputDataError(
            translate("IsslideCore", "Probabilities must lie between 0 and 1, but the values "
                      "range from {low} to {high}. Apply a sigmoid to the model's logits before "
                      "evaluating.").format(low=f"{finite.min():.4g}", high=f"{finite.max():.4g}"))
    return values


def evaluation_arrays(
    prob: np.ndarray, truth: np.ndarray | None, valid: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """Return ``(probabilities, truth as bool or None, mask of evaluated pixels)``.

    Pixels are evaluated where ``valid`` is True (if given), the probability is finite and the
    truth is not NaN.
    """
    values = probabilities(prob)
    mask = np.isfinite(values)
    moving = None
    if truth is not None:
        truth = np.asarray(truth)
        check_same_shape("truth", truth, values.shape)
        if truth.dtype.kind == "f":
            mask &= ~np.isnan(truth)
        moving = truth > 0
    if valid is not None:
        valid = np.asarray(valid)
        check_same_shape("valid", valid, values.shape)
        mask &= valid.astype(bool)
    return values, moving, mask


def increasing_thresholds(thresholds: np.ndarray) -> np.ndarray:
    """Return ``thresholds`` as a 1-D float array after checking they strictly increase."""
    values = np.asarray(thresholds, dtype=np.float64).ravel()
    if values.size == 0 or not np.all(np.isfinite(values)) or np.any(np.diff(values) <= 0):
        raise InputDataError(
            translate("IsslideCore", "Thresholds must increase strictly, without NaN; got "
                      "{values}. Give an increasing list such as 0, 0.01, ..., 1.").format(
                values=np.array2string(values, precision=3, threshold=8)))
    return values
