"""Metric curves over decision thresholds, and how a threshold is chosen from them.

The ISSLIDE and ECSPLAIN papers sweep 101 thresholds (0, 0.01, ..., 1) and keep the one that
maximises F1 (segmenters), Dice, or minimises the average Hausdorff distance (ECSPLAIN).

Every ratio is computed from confusion counts with these conventions for empty cases, so that
a negative patch (nothing moving) correctly left empty scores 1, not NaN:

=============  ============================  ===================================
metric         formula                       when the denominator is 0
=============  ============================  ===================================
precision      tp / (tp + fp)                1 (nothing predicted: no false alarm)
recall         tp / (tp + fn)                1 (nothing to find)
f1, dice       2 tp / (2 tp + fp + fn)       1 (nothing to find, nothing predicted)
iou            tp / (tp + fp + fn)           1
accuracy       (tp + tn) / (tp+fp+fn+tn)     NaN (no pixel evaluated)
fpr            fp / (fp + tn)                0 (no negative: no false alarm)
=============  ============================  ===================================

With these rules F1 equals the harmonic mean of precision and recall in every case (truth but
no prediction: P = 1, R = 0, F1 = 0), and F1 equals Dice on the same counts.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Callable

import numpy as np

from ..errors import InputDataError
from ..messages import translate

#: The 101 thresholds of the papers: 0, 0.01, ..., 1.
THRESHOLDS = np.linspace(0, 1, 101)

#: Metric name -> (numerator, denominator, value when the denominator is 0), from counts.
_Counts = dict[str, np.ndarray]
RATIO_METRICS: dict[str, tuple[Callable[[_Counts], np.ndarray], Callable[[_Counts], np.ndarray],
                               float]] = {
    "precision": (lambda c: c["tp"], lambda c: c["tp"] + c["fp"], 1.0),
    "recall": (lambda c: c["tp"], lambda c: c["tp"] + c["fn"], 1.0),
    "f1": (lambda c: 2 * c["tp"], lambda c: 2 * c["tp"] + c["fp"] + c["fn"], 1.0),
    "iou": (lambda c: c["tp"], lambda c: c["tp"] + c["fp"] + c["fn"], 1.0),
    "dice": (lambda c: 2 * c["tp"], lambda c: 2 * c["tp"] + c["fp"] + c["fn"], 1.0),
    "accuracy": (lambda c: c["tp"] + c["tn"],
                 lambda c: c["tp"] + c["fp"] + c["fn"] + c["tn"], np.nan),
    "fpr": (lambda c: c["fp"], lambda c: c["fp"] + c["tn"], 0.0),
}


def metrics_from_counts(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray,
                        tn: np.ndarray) -> dict[str, np.ndarray]:
    """Every metric of :data:`RATIO_METRICS` from confusion counts (arrays of equal shape)."""
    counts = {name: np.asarray(value, dtype=np.float64)
              for name, value in (("tp", tp), ("fp", fp), ("fn", fn), ("tn", tn))}
    result = {}
    for name, (numerator, denominator, empty) in RATIO_METRICS.items():
        num, den = numerator(counts), denominator(counts)
        with np.errstate(divide="ignore", invalid="ignore"):
            result[name] = np.where(den > 0, num / np.where(den > 0, den, 1.0), empty)
    return result


#: Curve attributes that are not per-threshold metrics.
_NOT_METRICS = frozenset({"thresholds", "auroc", "roc_fpr", "roc_tpr", "extra", "averaging"})


class CurveMethods:
    """Reading methods shared by the threshold curves (dataclasses with ``thresholds``)."""

    thresholds: np.ndarray
    auroc: float
    extra: dict[str, np.ndarray]

    def metric_names(self) -> list[str]:
        """Names of the per-threshold curves this object holds."""
        names = [f.name for f in fields(self)  # type: ignore[arg-type]
                 if f.name not in _NOT_METRICS and getattr(self, f.name) is not None]
        return names + list(self.extra)

    def metric(self, name: str) -> np.ndarray:
        """The per-threshold values of ``name`` (a field or a key of ``extra``)."""
        if name in self.extra:
            return np.asarray(self.extra[name])
        if name in self.metric_names():
            return np.asarray(getattr(self, name))
        raise InputDataError(
            translate("IsslideCore", "Unknown metric '{name}'. Choose one of: {names}.").format(
                name=name, names=", ".join(self.metric_names())))

    def index_of(self, threshold: float) -> int:
        """Index of the threshold nearest to ``threshold``."""
        return int(np.argmin(np.abs(np.asarray(self.thresholds) - threshold)))

    def at(self, threshold: float) -> dict[str, float]:
        """Every metric at the threshold nearest to ``threshold`` (plus ``threshold`` and AUROC)."""
        index = self.index_of(threshold)
        values = {"threshold": float(self.thresholds[index])}
        values.update({name: float(self.metric(name)[index]) for name in self.metric_names()})
        values["auroc"] = float(self.auroc)
        return values

    def to_rows(self) -> list[dict[str, float]]:
        """One dict per threshold (for :func:`~.report.write_metrics_table`)."""
        names = self.metric_names()
        return [{"threshold": float(t), **{n: float(self.metric(n)[i]) for n in names}}
                for i, t in enumerate(self.thresholds)]


@dataclass
class ThresholdCurve(CurveMethods):
    """Pixel metrics at each threshold (a pixel is positive when its probability > threshold).

    Attributes:
        thresholds: increasing thresholds (usually :data:`THRESHOLDS`).
        precision, recall, f1, iou, dice: one value per threshold.
        accuracy, fpr: one value per threshold (``None`` if not computed).
        tp, fp, fn, tn: pooled confusion counts per threshold (``None`` if not kept).
        auroc: area under the ROC curve (NaN when undefined: no positive or no negative).
        roc_fpr, roc_tpr: a finer ROC curve for plots (``None`` if not computed).
        extra: other per-threshold curves (e.g. ``"hausdorff"``).
        averaging: ``"pooled"`` (counts summed over all pixels) or ``"image"`` (metrics
            averaged over images).
    """

    thresholds: np.ndarray
    precision: np.ndarray
    recall: np.ndarray
    f1: np.ndarray
    iou: np.ndarray
    dice: np.ndarray
    accuracy: np.ndarray | None = None
    fpr: np.ndarray | None = None
    tp: np.ndarray | None = None
    fp: np.ndarray | None = None
    fn: np.ndarray | None = None
    tn: np.ndarray | None = None
    auroc: float = float("nan")
    roc_fpr: np.ndarray | None = None
    roc_tpr: np.ndarray | None = None
    extra: dict[str, np.ndarray] = field(default_factory=dict)
    averaging: str = "pooled"


#: Selection modes -> function returning the best value of an array (NaN ignored).
SELECTION_MODES: dict[str, Callable[[np.ndarray], float]] = {
    "max": lambda values: float(np.nanmax(values)),
    "min": lambda values: float(np.nanmin(values)),
}


def best_threshold(curve: CurveMethods, metric: str = "f1", mode: str = "max") -> float:
    """The threshold that optimises ``metric`` on ``curve``.

    Ties (a plateau, common when classes are well separated) resolve to the middle tied
    threshold, so that the choice is not pinned to the edge of the plateau.

    Args:
        curve: any object with ``thresholds`` and a ``metric(name)`` method.
        metric: ``"f1"`` (ISSLIDE), ``"dice"``, ``"hausdorff"`` with ``mode="min"`` (ECSPLAIN)...
        mode: a key of :data:`SELECTION_MODES`.
    """
    if mode not in SELECTION_MODES:
        raise InputDataError(
            translate("IsslideCore", "Unknown threshold selection mode '{mode}'. Choose one of: "
                      "{names}.").format(mode=mode, names=", ".join(SELECTION_MODES)))
    values = np.asarray(curve.metric(metric), dtype=np.float64)
    if not np.any(np.isfinite(values)):
        raise InputDataError(
            translate("IsslideCore", "The metric '{name}' has no finite value at any threshold, "
                      "so no threshold can be chosen. Evaluate on data that contains valid "
                      "pixels.").format(name=metric))
    best = SELECTION_MODES[mode](values)
    tied = np.flatnonzero(np.isclose(values, best, rtol=1e-12, atol=1e-12))
    return float(np.asarray(curve.thresholds)[tied[(len(tied) - 1) // 2]])
