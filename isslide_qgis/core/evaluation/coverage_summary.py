"""A set of scenes scored by mutual coverage: F1 per scene and pooled, recall by area class
with bootstrap intervals, false alarms per 100 km^2 on movement-free scenes.

Scenes with at least one true area are *movement scenes*: the object F1 is averaged over them
(the hidden sets' figure) and also pooled (counts summed over them). Scenes without any true
area are *movement-free*: every detection there is a false alarm, counted per 100 km^2 of valid
ground. Recall by class groups the true areas by their ground area (< 1 ha, 1-3 ha, 3-10 ha,
> 10 ha), and over all areas of at least 1 ha (:data:`LARGE_AREA_M2`; the same scenes' F1
with recall counted on those areas only is ``object_f1_mean_from_1ha``). 95 % intervals come from a percentile bootstrap that resamples scenes (movement
scenes and movement-free scenes separately), since areas of one scene share its atmosphere
and coherence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from .coverage_scores import CoverageScene, harmonic_mean

#: Area classes by the true area's ground area: (label, lower m^2 inclusive, upper exclusive).
AREA_CLASSES: tuple[tuple[str, float, float], ...] = (
    ("< 1 ha", 0.0, 1e4), ("1-3 ha", 1e4, 3e4), ("3-10 ha", 3e4, 1e5),
    ("> 10 ha", 1e5, float("inf")))

#: Ground area from which "areas >= 1 ha" figures count a true area (m^2).
LARGE_AREA_M2 = 1e4


def area_class(area_m2: np.ndarray) -> np.ndarray:
    """Index in :data:`AREA_CLASSES` of each ground area."""
    edges = np.array([upper for _, _, upper in AREA_CLASSES[:-1]])
    return np.searchsorted(edges, np.asarray(area_m2, dtype=np.float64), side="right")


@dataclass
class Interval:
    """An estimate with its 95 % bootstrap interval (NaN when undefined)."""

    value: float
    low: float
    high: float
    n: int = 0

    def to_dict(self, digits: int = 4) -> dict[str, float]:
        """Rounded JSON-friendly values."""
        def r(x: float) -> float | None:
            return None if not np.isfinite(x) else round(float(x), digits)
        return {"value": r(self.value), "low": r(self.low), "high": r(self.high), "n": self.n}


@dataclass
class CoverageSummary:
    """Scores of a set of scenes (see the module notes)."""

    mean_f1: Interval
    mean_precision: float
    mean_recall: float
    pooled_precision: float
    pooled_recall: float
    pooled_f1: float
    recall_by_class: dict[str, Interval]
    false_alarms_per_100km2: Interval
    movement_scenes: int
    free_scenes: int
    true_areas: int
    detections: int
    recall_from_1ha: Interval | None = None
    mean_f1_from_1ha: Interval | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly values."""
        return {"object_f1_mean": self.mean_f1.to_dict(),
                "object_precision_mean": round(self.mean_precision, 4),
                "object_recall_mean": round(self.mean_recall, 4),
                "object_precision_pooled": round(self.pooled_precision, 4),
                "object_recall_pooled": round(self.pooled_recall, 4),
                "object_f1_pooled": round(self.pooled_f1, 4),
                "recall_by_area_class": {k: v.to_dict() for k, v in self.recall_by_class.items()},
                "false_alarms_per_100km2": self.false_alarms_per_100km2.to_dict(3),
                "movement_scenes": self.movement_scenes, "movement_free_scenes": self.free_scenes,
                "true_areas": self.true_areas, "detections": self.detections,
                **({"recall_from_1ha": self.recall_from_1ha.to_dict()} if self.recall_from_1ha else {}),
                **({"object_f1_mean_from_1ha": self.mean_f1_from_1ha.to_dict()}
                   if self.mean_f1_from_1ha else {}),
                **self.extra}


def _class_counts(scenes: Sequence[CoverageScene]) -> tuple[np.ndarray, np.ndarray]:
    """Per scene and class: true areas, and found ones (arrays ``(scenes, classes)``)."""
    total = np.zeros((len(scenes), len(AREA_CLASSES)))
    found = np.zeros_like(total)
    for i, scene in enumerate(scenes):
        classes = area_class(scene.truth_area_m2)
        total[i] = np.bincount(classes, minlength=len(AREA_CLASSES))
        found[i] = np.bincount(classes, weights=scene.truth_found, minlength=len(AREA_CLASSES))
    return total, found


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def _interval(value: float, draws: np.ndarray, n: int) -> Interval:
    draws = draws[np.isfinite(draws)]
    if not draws.size:
        return Interval(value, float("nan"), float("nan"), n)
    low, high = np.percentile(draws, [2.5, 97.5])
    return Interval(value, float(low), float(high), n)


def summarise(scenes: Sequence[CoverageScene], bootstrap: int = 1000,
              seed: int = 0) -> CoverageSummary:
    """Scores of ``scenes`` (movement and movement-free mixed) with bootstrap intervals.

    Args:
        scenes: one :class:`CoverageScene` per scene.
        bootstrap: resamples of the scenes for the 95 % intervals (0: none).
        seed: seed of the resampling (fixed: the same scores give the same intervals).
    """
    moving = [s for s in scenes if s.n_truth > 0]
    free = [s for s in scenes if s.n_truth == 0]
    rng = np.random.default_rng(seed)
    f1 = np.array([s.f1 for s in moving])
    draws_m = rng.integers(0, len(moving), size=(bootstrap, len(moving))) if moving else None
    draws_f = rng.integers(0, len(free), size=(bootstrap, len(free))) if free else None

    mean_f1 = float(f1.mean()) if moving else float("nan")
    f1_draws = f1[draws_m].mean(axis=1) if draws_m is not None else np.array([])
    total, found = _class_counts(moving)
    by_class = {}
    for k, (label, _, _) in enumerate(AREA_CLASSES):
        value = float(_ratio(found[:, k].sum(), total[:, k].sum()))
        draws = (_ratio(found[draws_m, k].sum(axis=1), total[draws_m, k].sum(axis=1))
                 if draws_m is not None else np.array([]))
        by_class[label] = _interval(value, draws, int(total[:, k].sum()))

    large = area_class(np.array([LARGE_AREA_M2])).item()
    big_total, big_found = total[:, large:].sum(axis=1), found[:, large:].sum(axis=1)
    recall_big = _interval(
        float(_ratio(big_found.sum(), big_total.sum())),
        _ratio(big_found[draws_m].sum(axis=1), big_total[draws_m].sum(axis=1)) if draws_m is not None
        else np.array([]), int(big_total.sum()))
    with_big = big_total > 0
    f1_big = np.array([harmonic_mean(s.precision, r) for s, r in
                       zip(moving, _ratio(big_found, big_total))])[with_big] if moving else np.array([])
    draws_b = (rng.integers(0, len(f1_big), size=(bootstrap, len(f1_big))) if len(f1_big) else None)
    mean_f1_big = _interval(float(f1_big.mean()) if len(f1_big) else float("nan"),
                            f1_big[draws_b].mean(axis=1) if draws_b is not None else np.array([]),
                            len(f1_big))

    alarms = np.array([s.n_detected for s in free], dtype=np.float64)
    km2 = np.array([s.valid_km2 for s in free])
    fa_value = float(_ratio(100 * alarms.sum(), km2.sum())) if free else float("nan")
    fa_draws = (_ratio(100 * alarms[draws_f].sum(axis=1), km2[draws_f].sum(axis=1))
                if draws_f is not None else np.array([]))

    n_truth = sum(s.n_truth for s in moving)
    n_found = sum(int(s.truth_found.sum()) for s in moving)
    n_det = sum(s.n_detected for s in moving)
    n_correct = sum(int(s.detected_correct.sum()) for s in moving)
    precision = n_correct / n_det if n_det else 1.0
    recall = n_found / n_truth if n_truth else 1.0
    return CoverageSummary(
        mean_f1=_interval(mean_f1, f1_draws, len(moving)),
        mean_precision=float(np.mean([s.precision for s in moving])) if moving else float("nan"),
        mean_recall=float(np.mean([s.recall for s in moving])) if moving else float("nan"),
        pooled_precision=precision, pooled_recall=recall,
        pooled_f1=harmonic_mean(precision, recall),
        recall_by_class=by_class,
        false_alarms_per_100km2=_interval(fa_value, fa_draws, len(free)),
        movement_scenes=len(moving), free_scenes=len(free), true_areas=n_truth,
        detections=n_det + int(alarms.sum()), recall_from_1ha=recall_big, mean_f1_from_1ha=mean_f1_big)
