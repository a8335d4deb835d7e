"""Moving-area (object) scores: how many bodies were found, how many alarms were false.

Analysts count moving areas, not pixels. The thresholded prediction (probability > threshold,
inside the valid area) is split into connected components with 8-connectivity (diagonal
neighbours join, as a polygon drawn around them would); components smaller than
``min_area_px`` are dropped first. Annotated bodies are the 8-connected components of the
truth mask inside the valid area (two annotations that touch count as one body).

Matching rule between a predicted component P and an annotated body T:

* **match** when IoU(P, T) >= ``iou_match`` (default 0.1), **or** when P covers at least
  ``cover_match`` (default 50 %) of T while at least ``cover_match`` of P lies on annotated
  bodies. The IoU bar is low on purpose: bodies are small (median ~520 px, ~4.5 ha), the
  annotation polygons are coarse and multilooking and Goldstein filtering blur the outline, so
  a prediction an analyst would accept often has an IoU well below the 0.5 used for natural
  images. The cover rule accepts one prediction spanning several neighbouring bodies (a merge)
  without accepting a blob covering half the image (most of it is not on any body).
* a body is **detected** (true positive) when at least one component matches it, otherwise it
  is **missed** (false negative);
* a component is **correct** when it matches a body, or when at least ``cover_match`` of it
  lies on annotated bodies (a fragment inside a body is not a false alarm, even if too small
  to count as detecting it); otherwise it is a **false alarm** (false positive).

Object precision = correct components / components (1 without any), recall = detected bodies
/ bodies (1 without any), F1 their harmonic mean (0 when both are 0). A split prediction (two
components on one body) gives one detection and two correct components; a merged prediction
gives several detections from one component.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from scipy import ndimage

from ..errors import InputDataError
from ..messages import translate
from .validation import check_fraction, evaluation_arrays

#: 8-connectivity: diagonal neighbours belong to the same component.
EIGHT_CONNECTED = np.ones((3, 3), dtype=bool)


@dataclass(frozen=True)
class ObjectMatch:
    """A matched (predicted component, annotated body) pair; labels start at 1."""

    predicted: int
    truth: int
    iou: float
    coverage: float


@dataclass
class ObjectScores:
    """Object-level scores of one scene (see the module notes for the rules).

    Attributes:
        tp: detected annotated bodies.
        fp: predicted components that are false alarms.
        fn: missed annotated bodies.
        precision, recall, f1: object-level scores.
        n_predicted, n_truth: numbers of predicted components and of annotated bodies.
        correct_predictions: predicted components that are not false alarms.
        matches: the matched pairs.
    """

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    n_predicted: int
    n_truth: int
    correct_predictions: int
    matches: list[ObjectMatch] = field(default_factory=list)


class FalseAlarms(NamedTuple):
    """False alarms on a scene without movement: count and density per 100 km^2 of valid area."""

    count: int
    per_100_km2: float


def components(mask: np.ndarray, min_area_px: int = 0) -> tuple[np.ndarray, int]:
    """8-connected components of ``mask`` (labels 1..n, 0: background), small ones removed."""
    labels, count = ndimage.label(np.asarray(mask, dtype=bool), structure=EIGHT_CONNECTED)
    if min_area_px > 1 and count:
        areas = np.bincount(labels.ravel(), minlength=count + 1)
        keep = areas >= min_area_px
        keep[0] = False
        relabel = np.zeros(count + 1, dtype=labels.dtype)
        relabel[keep] = np.arange(1, int(keep.sum()) + 1)
        labels, count = relabel[labels], int(keep.sum())
    return labels, count


def _check_min_area(min_area_px: int) -> int:
    if int(min_area_px) < 0:
        raise InputDataError(
            translate("IsslideCore", "The minimum area must be 0 or more pixels, got "
                      "{value}.").format(value=min_area_px))
    return int(min_area_px)


def _predicted_components(values: np.ndarray, keep: np.ndarray, threshold: float,
                          min_area_px: int) -> tuple[np.ndarray, int]:
    return components((values > threshold) & keep, _check_min_area(min_area_px))


def _harmonic(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def object_scores(prob: np.ndarray, truth: np.ndarray, threshold: float,
                  valid: np.ndarray | None = None, min_area_px: int = 0,
                  iou_match: float = 0.1, cover_match: float = 0.5) -> ObjectScores:
    """Match predicted components to annotated bodies and count them as an analyst would.

    Args:
        prob: probability map in [0, 1] (NaN: no prediction).
        truth: annotation mask (> 0: moving; NaN: not annotated).
        threshold: a pixel is predicted moving when its probability > threshold.
        valid: optional mask of pixels to evaluate.
        min_area_px: predicted components smaller than this are dropped.
        iou_match: IoU from which a component matches a body.
        cover_match: fraction for the cover rule and for fragments (see module notes).
    """
    iou_match, cover_match = check_fraction("iou_match", iou_match), check_fraction(
        "cover_match", cover_match)
    values, moving, keep = evaluation_arrays(prob, truth, valid)
    predicted, n_pred = _predicted_components(values, keep, threshold, min_area_px)
    bodies, n_truth = components(moving & keep)
    pred_area = np.bincount(predicted.ravel(), minlength=n_pred + 1)
    truth_area = np.bincount(bodies.ravel(), minlength=n_truth + 1)
    overlap = (predicted > 0) & (bodies > 0)
    pairs, inter = np.unique(predicted[overlap].astype(np.int64) * (n_truth + 1)
                             + bodies[overlap], return_counts=True)
    pred_ids, truth_ids = pairs // (n_truth + 1), pairs % (n_truth + 1)
    on_bodies = np.bincount(pred_ids, weights=inter, minlength=n_pred + 1) / np.maximum(
        pred_area, 1)
    iou = inter / (pred_area[pred_ids] + truth_area[truth_ids] - inter)
    coverage = inter / truth_area[truth_ids]
    matched = (iou >= iou_match) | ((coverage >= cover_match)
                                    & (on_bodies[pred_ids] >= cover_match))
    detected = np.unique(truth_ids[matched]).size
    correct_mask = on_bodies >= cover_match
    correct_mask[pred_ids[matched]] = True
    correct = int(correct_mask[1:].sum())
    precision = correct / n_pred if n_pred else 1.0
    recall = detected / n_truth if n_truth else 1.0
    return ObjectScores(
        tp=detected, fp=n_pred - correct, fn=n_truth - detected, precision=precision,
        recall=recall, f1=_harmonic(precision, recall), n_predicted=n_pred, n_truth=n_truth,
        correct_predictions=correct,
        matches=[ObjectMatch(int(p), int(t), float(i), float(c)) for p, t, i, c, m in
                 zip(pred_ids, truth_ids, iou, coverage, matched) if m])


def false_alarms(prob: np.ndarray, threshold: float, valid: np.ndarray | None,
                 min_area_px: int, pixel_area_m2: float) -> FalseAlarms:
    """Count predicted components on a scene without movement (each one is a false alarm).

    Args:
        prob: probability map in [0, 1] (NaN: no prediction).
        threshold: a pixel is predicted moving when its probability > threshold.
        valid: optional mask of evaluated pixels; the density uses the valid area only.
        min_area_px: predicted components smaller than this are dropped.
        pixel_area_m2: ground area of one pixel in square metres (~214 m^2 for ISSLIDE's
            14.64 m pixels; compute it for geographic grids at the scene latitude).

    Returns:
        ``(count, per_100_km2)``; the density is NaN when no pixel is valid.
    """
    if not np.isfinite(pixel_area_m2) or pixel_area_m2 <= 0:
        raise InputDataError(
            translate("IsslideCore", "The pixel area must be a positive number of square "
                      "metres, got {value}.").format(value=pixel_area_m2))
    values, _, keep = evaluation_arrays(prob, None, valid)
    _, count = _predicted_components(values, keep, threshold, min_area_px)
    valid_km2 = keep.sum() * pixel_area_m2 / 1e6
    return FalseAlarms(count, count / valid_km2 * 100.0 if valid_km2 > 0 else float("nan"))
