"""ROC curves and the area under them (AUROC), from scores or from score histograms.

AUROC is the probability that a random positive scores higher than a random negative, ties
counting one half (the Mann-Whitney statistic). Computed from a histogram of scores, pixels in
the same bin count as ties, so the error is at most the fraction of (positive, negative) pairs
that share a bin; computed from the distinct scores themselves (:func:`roc_auc`), it is exact.
AUROC is undefined (NaN) without at least one positive and one negative.
"""
from __future__ import annotations

import numpy as np

from ..errors import InputDataError
from ..messages import translate


def auroc_from_histograms(positives: np.ndarray, negatives: np.ndarray) -> float:
    """AUROC from counts of positives and negatives per score bin (bins in increasing score)."""
    pos = np.asarray(positives, dtype=np.float64)
    neg = np.asarray(negatives, dtype=np.float64)
    n_pos, n_neg = pos.sum(), neg.sum()
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    negatives_below = np.cumsum(neg) - neg
    return float(np.sum(pos * (negatives_below + 0.5 * neg)) / (n_pos * n_neg))


def roc_from_histograms(positives: np.ndarray,
                        negatives: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ROC points ``(fpr, tpr)`` from (0, 0) to (1, 1), one per bin, from the highest score down.

    Rates are 0 where there is no positive (tpr) or no negative (fpr).
    """
    pos = np.asarray(positives, dtype=np.float64)[::-1]
    neg = np.asarray(negatives, dtype=np.float64)[::-1]
    tpr = np.concatenate([[0.0], np.cumsum(pos)]) / max(pos.sum(), 1.0)
    fpr = np.concatenate([[0.0], np.cumsum(neg)]) / max(neg.sum(), 1.0)
    return fpr, tpr


def score_histograms(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Counts of positives and negatives at each distinct score (increasing), for exact ROC."""
    values = np.asarray(scores, dtype=np.float64).ravel()
    positive = np.asarray(labels).ravel() > 0
    if values.shape != positive.shape:
        raise InputDataError(
            translate("IsslideCore", "Scores and labels must have one value per patch, got "
                      "{n_scores} scores and {n_labels} labels.").format(
                n_scores=values.size, n_labels=positive.size))
    if not np.all(np.isfinite(values)):
        raise InputDataError(
            translate("IsslideCore", "Scores must be finite numbers, but {count} are NaN or "
                      "infinite. Remove the patches without a score.").format(
                count=int(np.sum(~np.isfinite(values)))))
    _, bins = np.unique(values, return_inverse=True)
    size = int(bins.max()) + 1 if bins.size else 0
    return (np.bincount(bins[positive], minlength=size),
            np.bincount(bins[~positive], minlength=size))


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Exact AUROC of ``scores`` against binary ``labels`` (> 0: positive); NaN if undefined."""
    return auroc_from_histograms(*score_histograms(scores, labels))


def roc_points(scores: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Exact ROC curve ``(fpr, tpr)``: one point per distinct score, from (0, 0) to (1, 1)."""
    return roc_from_histograms(*score_histograms(scores, labels))
