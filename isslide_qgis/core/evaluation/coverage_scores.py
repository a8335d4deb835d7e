"""Moving-area scores by mutual coverage, the rule of the hidden (out-of-family) test sets.

Per scene:

* the **detected areas** are what ``isslide:detectmovingareas`` writes as polygons: the
  8-connected components of ``probability > threshold`` (valid pixels only) whose **ground
  area** is at least the minimum area (:func:`detected_areas`);
* the **true areas** are the 8-connected components of the truth mask (valid pixels only);
* a true area is **found** when at least ``coverage`` (20 %) of its pixels lie under detected
  areas (any of them, together);
* a detected area is **correct** when at least ``coverage`` of its pixels lie on true areas
  (any of them, together); otherwise it is a false alarm.

Precision = correct / detected (1 without detection), recall = found / true areas (1 without
any), F1 their harmonic mean (0 when both are 0). Unlike :mod:`.object_metrics` (IoU >= 0.1 or
50 % cover both ways), no one-to-one pairing is needed: a blob over two true areas finds both.

Ground areas come from per-row pixel areas (:func:`..vectorize.ground_area.row_pixel_areas_m2`):
EPSG:4326 pixels are not square (1.3151e-4 deg: ~14.6 m N-S by ~10.4 m E-W at 45 deg N); in
radar geometry the pixel is assumed to be 14.64 m square (ISSLIDE's multilook).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InputDataError
from ..messages import translate
from .object_metrics import components
from .validation import check_fraction, evaluation_arrays

#: Share of a true area's pixels that detections must cover, and of a detection's pixels that
#: must lie on true areas (the hidden sets' rule).
COVERAGE = 0.2


@dataclass(frozen=True)
class CoverageScene:
    """Per-area outcome of one scene under the mutual-coverage rule.

    Attributes:
        truth_area_m2: ground area of each true area.
        truth_found: whether each true area is found.
        detected_area_m2: ground area of each detected area.
        detected_correct: whether each detected area is correct (not a false alarm).
        valid_km2: ground area of the evaluated (valid) pixels, km^2.
    """

    truth_area_m2: np.ndarray
    truth_found: np.ndarray
    detected_area_m2: np.ndarray
    detected_correct: np.ndarray
    valid_km2: float

    @property
    def n_truth(self) -> int:
        """Number of true areas."""
        return int(self.truth_found.size)

    @property
    def n_detected(self) -> int:
        """Number of detected areas."""
        return int(self.detected_correct.size)

    @property
    def false_alarms(self) -> int:
        """Detected areas that are not correct."""
        return int(np.count_nonzero(~self.detected_correct))

    @property
    def precision(self) -> float:
        """Correct detections / detections (1 without detection)."""
        return float(self.detected_correct.mean()) if self.n_detected else 1.0

    @property
    def recall(self) -> float:
        """Found true areas / true areas (1 without true area)."""
        return float(self.truth_found.mean()) if self.n_truth else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0 when both are 0)."""
        return harmonic_mean(self.precision, self.recall)


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 from precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def pixel_area_map(pixel_area_m2: float | np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Ground area of every pixel ``(H, W)`` from a scalar, per-row ``(H,)`` or full array."""
    areas = np.asarray(pixel_area_m2, dtype=np.float64)
    if areas.ndim == 1 and areas.size == shape[0]:
        areas = areas[:, None]
    try:
        areas = np.broadcast_to(areas, shape)
    except ValueError:
        raise InputDataError(translate(
            "IsslideCore", "The pixel areas have shape {given}; give one number, one per row "
            "({rows}) or one per pixel {shape}.").format(
                given=areas.shape, rows=shape[0], shape=shape)) from None
    if not np.all(np.isfinite(areas)) or np.any(areas <= 0):
        raise InputDataError(translate(
            "IsslideCore", "Pixel areas must be positive numbers of square metres."))
    return areas


def _component_areas(labels: np.ndarray, count: int, areas: np.ndarray) -> np.ndarray:
    return np.bincount(labels.ravel(), weights=areas.ravel(), minlength=count + 1)[1:]


def detected_areas(prob: np.ndarray, threshold: float, min_area_m2: float,
                   pixel_area_m2: float | np.ndarray,
                   valid: np.ndarray | None = None) -> tuple[np.ndarray, int]:
    """The detected areas as labels ``1..n`` (0: none): 8-connected components of
    ``prob > threshold`` on valid pixels, those under ``min_area_m2`` of ground dropped."""
    if not min_area_m2 >= 0:
        raise InputDataError(translate(
            "IsslideCore", "The minimum area must be 0 or more square metres, got "
            "{value}.").format(value=min_area_m2))
    values, _, keep = evaluation_arrays(prob, None, valid)
    with np.errstate(invalid="ignore"):
        labels, count = components((values > threshold) & keep)
    if count and min_area_m2 > 0:
        ground = _component_areas(labels, count, pixel_area_map(pixel_area_m2, labels.shape))
        kept = np.concatenate([[False], ground >= min_area_m2])
        relabel = np.zeros(count + 1, dtype=labels.dtype)
        relabel[kept] = np.arange(1, int(kept.sum()) + 1)
        labels, count = relabel[labels], int(kept.sum())
    return labels, count


def coverage_scene(detected: np.ndarray, truth: np.ndarray, pixel_area_m2: float | np.ndarray,
                   valid: np.ndarray | None = None, coverage: float = COVERAGE) -> CoverageScene:
    """Score detected areas (labels, or a boolean mask) against a truth mask.

    Args:
        detected: labels of detected areas (> 0), e.g. from :func:`detected_areas`; a boolean
            mask is split into its 8-connected components.
        truth: truth mask (> 0: moving; NaN: not annotated).
        pixel_area_m2: ground area of a pixel (scalar, per row, or per pixel).
        valid: optional mask of evaluated pixels.
        coverage: the share of pixels required both ways.
    """
    coverage = check_fraction("coverage", coverage)
    detected = np.asarray(detected)
    if detected.dtype == bool:
        detected, _ = components(detected)
    placeholder = np.where(detected > 0, 1.0, 0.0)
    _, moving, keep = evaluation_arrays(placeholder, truth, valid)
    detected = np.where(keep, detected, 0)
    n_detected = int(detected.max()) if detected.size else 0
    bodies, n_truth = components(moving & keep)
    areas = pixel_area_map(pixel_area_m2, detected.shape)
    on_truth = bodies > 0
    under_detection = detected > 0
    det_px = np.bincount(detected.ravel(), minlength=n_detected + 1)[1:]
    det_on = np.bincount(detected[on_truth], minlength=n_detected + 1)[1:]
    truth_px = np.bincount(bodies.ravel(), minlength=n_truth + 1)[1:]
    truth_under = np.bincount(bodies[under_detection], minlength=n_truth + 1)[1:]
    present = det_px > 0  # labels absent after masking are not areas
    return CoverageScene(
        truth_area_m2=_component_areas(bodies, n_truth, areas),
        truth_found=truth_under >= coverage * truth_px,
        detected_area_m2=_component_areas(detected, n_detected, areas)[present],
        detected_correct=(det_on >= coverage * det_px)[present],
        valid_km2=float(areas[keep].sum()) / 1e6)


def score_scene(prob: np.ndarray, truth: np.ndarray, threshold: float, min_area_m2: float,
                pixel_area_m2: float | np.ndarray, valid: np.ndarray | None = None,
                coverage: float = COVERAGE) -> CoverageScene:
    """:func:`detected_areas` of a probability map, scored by :func:`coverage_scene`."""
    labels, _ = detected_areas(prob, threshold, min_area_m2, pixel_area_m2, valid)
    values = np.asarray(prob, dtype=np.float64)
    evaluated = np.isfinite(values) if valid is None else np.isfinite(values) & np.asarray(valid, bool)
    return coverage_scene(labels, truth, pixel_area_m2, evaluated, coverage)
