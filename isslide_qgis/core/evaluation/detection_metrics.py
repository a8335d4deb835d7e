"""Patch-level detection: does a 100 x 100 patch contain a moving area or not?

A classifier (ECSPLAIN) gives one score per patch. A segmenter gives a map; the ISSLIDE rule
says it "detects" a patch when more than ``min_pixels`` = 25 pixels exceed the pixel threshold
(0.5 in the papers). :func:`segmenter_patch_scores` returns both the number of such pixels
(a score usable for a ROC curve: the more pixels, the more confident) and the 0/1 decision.

A patch is detected when its score is strictly above the threshold, so the ISSLIDE rule reads
"count > 25" on the counts; :func:`patch_detection_scores` sweeps the thresholds of any score
(probabilities with the default :data:`~.thresholds.THRESHOLDS`, or pixel counts with integer
thresholds) and reports accuracy, precision, recall and F1 with the rules of
:mod:`.thresholds`, plus the exact AUROC of the scores.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from ..errors import InputDataError
from ..messages import translate
from .roc import roc_points, roc_auc, score_histograms
from .thresholds import THRESHOLDS, CurveMethods, metrics_from_counts
from .validation import increasing_thresholds, probabilities

#: ISSLIDE rule: a segmenter detects a patch when more than this many pixels exceed 0.5.
ISSLIDE_MIN_PIXELS = 25
#: ISSLIDE rule: the pixel threshold of the patch detection rule.
ISSLIDE_PIXEL_THRESHOLD = 0.5


@dataclass
class DetectionCurve(CurveMethods):
    """Patch detection metrics at each threshold (detected: score > threshold).

    Attributes:
        thresholds: increasing thresholds on the score.
        accuracy, precision, recall, f1: one value per threshold.
        tp, fp, fn, tn: patch counts per threshold.
        auroc: exact AUROC of the scores (NaN without positive or negative patches).
        roc_fpr, roc_tpr: exact ROC curve, one point per distinct score.
        extra: other per-threshold curves.
    """

    thresholds: np.ndarray
    accuracy: np.ndarray
    precision: np.ndarray
    recall: np.ndarray
    f1: np.ndarray
    tp: np.ndarray
    fp: np.ndarray
    fn: np.ndarray
    tn: np.ndarray
    auroc: float
    roc_fpr: np.ndarray
    roc_tpr: np.ndarray
    extra: dict[str, np.ndarray] = field(default_factory=dict)


class SegmenterPatchScores(NamedTuple):
    """Per patch: pixels above the pixel threshold (score) and the ISSLIDE decision."""

    counts: np.ndarray
    detected: np.ndarray


def _count_above(sorted_values: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    return sorted_values.size - np.searchsorted(sorted_values, thresholds, side="right")


def patch_detection_scores(scores: np.ndarray, labels: np.ndarray,
                           thresholds: np.ndarray = THRESHOLDS) -> DetectionCurve:
    """Accuracy, precision, recall, F1 of patch detection at each threshold, and AUROC.

    Args:
        scores: one finite score per patch (probability, or pixel count of a segmenter).
        labels: one label per patch (> 0: the patch contains a moving area).
        thresholds: increasing thresholds; a patch is detected when score > threshold.
    """
    score_histograms(scores, labels)  # checks sizes and finiteness
    thresholds = increasing_thresholds(thresholds)
    values = np.asarray(scores, dtype=np.float64).ravel()
    positive = np.asarray(labels).ravel() > 0
    tp = _count_above(np.sort(values[positive]), thresholds)
    fp = _count_above(np.sort(values[~positive]), thresholds)
    counts = {"tp": tp, "fp": fp, "fn": positive.sum() - tp, "tn": (~positive).sum() - fp}
    metrics = metrics_from_counts(**counts)
    fpr, tpr = roc_points(values, positive)
    return DetectionCurve(thresholds=thresholds, accuracy=metrics["accuracy"],
                          precision=metrics["precision"], recall=metrics["recall"],
                          f1=metrics["f1"], **counts, auroc=roc_auc(values, positive),
                          roc_fpr=fpr, roc_tpr=tpr)


def segmenter_patch_scores(prob_patches: np.ndarray,
                           pixel_threshold: float = ISSLIDE_PIXEL_THRESHOLD,
                           min_pixels: int = ISSLIDE_MIN_PIXELS) -> SegmenterPatchScores:
    """Apply the ISSLIDE patch rule to segmenter outputs.

    Args:
        prob_patches: probabilities, patches x rows x columns (or one patch, rows x columns);
            NaN pixels never count.
        pixel_threshold: a pixel counts when its probability > this.
        min_pixels: a patch is detected when more than this many pixels count.

    Returns:
        ``counts`` (int per patch, the score for :func:`patch_detection_scores`) and
        ``detected`` (bool per patch, ``counts > min_pixels``).
    """
    values = probabilities(prob_patches)
    if values.ndim not in (2, 3):
        raise InputDataError(
            translate("IsslideCore", "Patch probabilities must be an array of patches (patches "
                      "x rows x columns), got shape {shape}.").format(shape=values.shape))
    values = values.reshape((-1,) + values.shape[-2:])
    with np.errstate(invalid="ignore"):
        counts = np.sum(values > pixel_threshold, axis=(1, 2))
    return SegmenterPatchScores(counts=counts, detected=counts > min_pixels)
