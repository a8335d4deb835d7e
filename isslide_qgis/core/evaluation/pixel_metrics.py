"""Pixel-level segmentation metrics over thresholds, accumulated patch by patch or tile by tile.

:class:`PixelCurveAccumulator` keeps histograms only, so its memory does not grow with the
data: for each class (moving / not moving) a histogram over the threshold intervals (exact
confusion counts at every threshold) and a finer histogram of ``auroc_bins`` equal bins of
[0, 1] for AUROC and the ROC plot. AUROC from the fine histogram counts the pixels sharing a
bin as ties; its error is at most the fraction of (moving, still) pixel pairs sharing a bin,
and it is exact when distinct probabilities fall in distinct bins (e.g. scores quantised to
multiples of 1 / ``auroc_bins``).

Two averagings (``average=``):

* ``"pooled"``: confusion counts summed over every pixel seen, metrics computed once (a
  large body weighs more than a small one);
* ``"image"``: metrics computed per image (each 2-D slice given to :meth:`update`) and
  averaged, as the papers' "mean F1" over test patches. A negative patch left empty scores 1
  and one with a false alarm scores 0 (see :mod:`.thresholds` for the empty-case rules).

The confusion counts and AUROC are pooled in both cases.
"""
from __future__ import annotations

import numpy as np

from ..errors import InputDataError
from ..messages import translate
from .hausdorff import average_hausdorff_curve
from .roc import auroc_from_histograms, roc_from_histograms
from .thresholds import THRESHOLDS, ThresholdCurve, metrics_from_counts
from .validation import evaluation_arrays, increasing_thresholds

#: Averaging modes accepted by :class:`PixelCurveAccumulator`.
AVERAGINGS = ("pooled", "image")


def _images(array: np.ndarray) -> np.ndarray:
    """View ``array`` as a stack of 2-D images (one image if 2-D or lower)."""
    array = np.asarray(array)
    if array.ndim <= 2:
        return array.reshape((1,) + (array.shape if array.ndim == 2 else (1, array.size)))
    return array.reshape((-1,) + array.shape[-2:])


def counts_above_thresholds(histogram: np.ndarray) -> np.ndarray:
    """Counts of values strictly above each threshold, from a histogram over threshold slots.

    Slot ``j`` of ``histogram`` counts the values with exactly ``j`` thresholds strictly below
    them, so "value > thresholds[k]" is "slot > k".
    """
    above = np.cumsum(histogram[..., ::-1], axis=-1)[..., ::-1]
    return above[..., 1:]


class PixelCurveAccumulator:
    """Accumulate pixel confusion counts over many updates; read the curves at the end.

    Args:
        thresholds: increasing thresholds (a pixel is positive when its probability > t).
        auroc_bins: number of equal bins of [0, 1] of the histogram used for AUROC.
        average: ``"pooled"`` or ``"image"`` (see the module notes).
        hausdorff: also average :func:`~.hausdorff.average_hausdorff` over images at each
            threshold (in ``curve().extra["hausdorff"]``); one distance transform per image
            and threshold, ~50 ms per 100 x 100 patch: meant for patches, not scenes.
    """

    def __init__(self, thresholds: np.ndarray = THRESHOLDS, auroc_bins: int = 10_000,
                 average: str = "pooled", hausdorff: bool = False) -> None:
        if average not in AVERAGINGS:
            raise InputDataError(
                translate("IsslideCore", "Unknown averaging '{name}'. Choose one of: "
                          "{names}.").format(name=average, names=", ".join(AVERAGINGS)))
        self.thresholds = increasing_thresholds(thresholds)
        self.auroc_bins = int(auroc_bins)
        self.average = average
        self.hausdorff = hausdorff
        slots = self.thresholds.size + 1
        self._slots = {True: np.zeros(slots, np.int64), False: np.zeros(slots, np.int64)}
        self._fine = {True: np.zeros(self.auroc_bins + 1, np.int64),
                      False: np.zeros(self.auroc_bins + 1, np.int64)}
        self._metric_sums = {name: np.zeros(self.thresholds.size)
                             for name in ("precision", "recall", "f1", "iou", "dice",
                                          "accuracy", "fpr")}
        self._hausdorff_sum = np.zeros(self.thresholds.size)
        #: Number of images with at least one evaluated pixel (images without any are skipped
        #: from the image averages and the Hausdorff curve).
        self.images = 0

    def update(self, prob: np.ndarray, truth: np.ndarray, valid: np.ndarray | None = None) -> None:
        """Add pixels: probabilities in [0, 1] (NaN: no prediction), truth (> 0: moving).

        Arrays may be one image (rows x columns) or a stack (patches x rows x columns); pixels
        outside ``valid`` (if given), with a NaN probability or a NaN truth are ignored.
        """
        values, moving, keep = evaluation_arrays(prob, truth, valid)
        values, moving, keep = _images(values), _images(moving), _images(keep)
        slots = np.searchsorted(self.thresholds, values, side="left")
        fine = np.clip(np.floor(np.nan_to_num(values) * self.auroc_bins), 0,
                       self.auroc_bins).astype(np.int64)
        n_slots = self.thresholds.size + 1
        image_index = np.arange(values.shape[0])[:, None, None] * n_slots
        per_image = {}
        for cls in (True, False):
            selected = keep & (moving == cls)
            per_image[cls] = np.bincount((slots + image_index)[selected],
                                         minlength=values.shape[0] * n_slots
                                         ).reshape(values.shape[0], n_slots)
            self._slots[cls] += per_image[cls].sum(axis=0)
            self._fine[cls] += np.bincount(fine[selected], minlength=self.auroc_bins + 1)
        evaluated = keep.any(axis=(1, 2))
        if self.average == "image":
            self._add_image_metrics({cls: hist[evaluated] for cls, hist in per_image.items()})
        if self.hausdorff:
            for image, truth_image, keep_image in zip(values[evaluated], moving[evaluated],
                                                      keep[evaluated]):
                self._hausdorff_sum += average_hausdorff_curve(image, truth_image,
                                                               self.thresholds, keep_image)
        self.images += int(evaluated.sum())

    def _add_image_metrics(self, per_image: dict[bool, np.ndarray]) -> None:
        positives, negatives = (counts_above_thresholds(per_image[c]) for c in (True, False))
        metrics = metrics_from_counts(
            tp=positives, fp=negatives,
            fn=per_image[True].sum(axis=1, keepdims=True) - positives,
            tn=per_image[False].sum(axis=1, keepdims=True) - negatives)
        for name, total in self._metric_sums.items():
            total += metrics[name].sum(axis=0)

    def counts(self) -> dict[str, np.ndarray]:
        """Pooled confusion counts ``tp, fp, fn, tn`` at each threshold."""
        positives = counts_above_thresholds(self._slots[True])
        negatives = counts_above_thresholds(self._slots[False])
        return {"tp": positives, "fp": negatives,
                "fn": self._slots[True].sum() - positives,
                "tn": self._slots[False].sum() - negatives}

    def curve(self) -> ThresholdCurve:
        """Metrics at each threshold, AUROC and the fine ROC curve of what was accumulated."""
        counts = self.counts()
        if self.average == "image" and self.images:
            metrics = {name: total / self.images for name, total in self._metric_sums.items()}
        else:
            metrics = metrics_from_counts(**counts)
        extra = {"hausdorff": self._hausdorff_sum / self.images} if (
            self.hausdorff and self.images) else {}
        roc_fpr, roc_tpr = roc_from_histograms(self._fine[True], self._fine[False])
        return ThresholdCurve(thresholds=self.thresholds.copy(), **metrics, **counts,
                              auroc=self.auroc(), roc_fpr=roc_fpr, roc_tpr=roc_tpr,
                              extra=extra, averaging=self.average)

    def auroc(self) -> float:
        """Pooled pixel AUROC from the fine histogram (NaN without moving or still pixels)."""
        return auroc_from_histograms(self._fine[True], self._fine[False])
