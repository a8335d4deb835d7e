"""Boundary distances between a predicted and an annotated moving-area mask, in pixels.

Point sets follow the metric used by the authors' code (``miseval``): the **boundary pixels**
of one mask (foreground pixels with a 4-neighbour outside the mask or on the image edge) and
their Euclidean distance to the nearest **foreground pixel** of the other mask (0 for a
boundary pixel lying inside the other mask), obtained from one distance transform per mask.

* :func:`average_hausdorff` averages these distances in each direction and keeps the larger
  mean (the "averaged Hausdorff distance" of Taha and Hanbury, 2015): robust to a few far
  pixels, it says how far, on average, each outline lies from the other area.
* :func:`hausdorff_distance` keeps the largest distance in either direction. Note that
  ``miseval.calc_AverageHausdorffDistance``, which the authors' code calls, returns this
  maximum despite its name; compare numbers with the papers knowing this.

Empty masks: both empty gives 0 (a negative patch correctly left empty); exactly one empty
gives the image diagonal, the largest distance the image allows, so that averages over patches
stay finite and still penalise a missed body or a false alarm.
"""
from __future__ import annotations

from typing import Callable

import numpy as np
from scipy import ndimage

from .thresholds import THRESHOLDS
from .validation import check_same_shape

_FOUR_NEIGHBOURS = ndimage.generate_binary_structure(2, 1)


def boundary(mask: np.ndarray) -> np.ndarray:
    """Foreground pixels of ``mask`` with a 4-neighbour outside it (image edge included)."""
    mask = np.asarray(mask, dtype=bool)
    return mask & ~ndimage.binary_erosion(mask, structure=_FOUR_NEIGHBOURS, border_value=0)


class _DistancesToTruth:
    """The truth side of the computation, done once and reused for many predicted masks."""

    def __init__(self, truth: np.ndarray) -> None:
        self.truth = truth
        self.present = bool(truth.any())
        self.to_truth = ndimage.distance_transform_edt(~truth) if self.present else None
        self.truth_boundary = boundary(truth)

    def distance(self, pred: np.ndarray, reduce: Callable[[np.ndarray], float]) -> float:
        has_pred = bool(pred.any())
        if not (has_pred or self.present):
            return 0.0
        if not (has_pred and self.present):
            return float(np.hypot(*pred.shape))
        to_pred = ndimage.distance_transform_edt(~pred)
        return float(max(reduce(self.to_truth[boundary(pred)]),
                         reduce(to_pred[self.truth_boundary])))


def _masks_distance(pred_mask: np.ndarray, truth_mask: np.ndarray,
                    reduce: Callable[[np.ndarray], float]) -> float:
    pred = np.asarray(pred_mask, dtype=bool)
    truth = np.asarray(truth_mask, dtype=bool)
    check_same_shape("truth", truth, pred.shape)
    return _DistancesToTruth(truth).distance(pred, reduce)


def average_hausdorff(pred_mask: np.ndarray, truth_mask: np.ndarray) -> float:
    """Averaged Hausdorff distance between two binary masks, in pixels (see module notes)."""
    return _masks_distance(pred_mask, truth_mask, np.mean)


def hausdorff_distance(pred_mask: np.ndarray, truth_mask: np.ndarray) -> float:
    """Hausdorff distance (largest boundary-to-area distance) between two masks, in pixels."""
    return _masks_distance(pred_mask, truth_mask, np.max)


def average_hausdorff_curve(prob: np.ndarray, truth: np.ndarray,
                            thresholds: np.ndarray = THRESHOLDS,
                            valid: np.ndarray | None = None) -> np.ndarray:
    """:func:`average_hausdorff` of ``prob > t`` against ``truth > 0`` for each threshold.

    Pixels outside ``valid`` or with a NaN probability count as background in both masks.
    Costs one distance transform per threshold that changes the mask: meant for patches.
    """
    prob = np.asarray(prob, dtype=np.float64)
    keep = np.isfinite(prob) if valid is None else np.isfinite(prob) & np.asarray(valid, bool)
    truth = np.asarray(truth)
    check_same_shape("truth", truth, prob.shape)
    distances = _DistancesToTruth((truth > 0) & keep)
    scores = np.where(keep, prob, -np.inf)
    values, previous_count, value = [], -1, 0.0
    for threshold in thresholds:
        pred = scores > threshold
        count = int(pred.sum())
        if count != previous_count:  # masks shrink as the threshold rises: same count, same mask
            value, previous_count = distances.distance(pred, np.mean), count
        values.append(value)
    return np.array(values)
