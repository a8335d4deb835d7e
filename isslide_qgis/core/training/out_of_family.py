"""Out-of-family validation: detection maps of family scenes, their coverage scores, and the
calibration of the threshold and minimum area on a selection family.

Maps come from the detection path of ``isslide:detectmovingareas``: whole-scene tiled
inference (:func:`~isslide_qgis.core.inference.predict_array`, the card's tile size, default
overlap and blending); areas are its 8-connected components above the threshold whose ground
area reaches the minimum area (:func:`~isslide_qgis.core.evaluation.coverage_scores.detected_areas`,
as :mod:`isslide_qgis.core.vectorize.moving_areas` keeps them), scored by mutual coverage.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
from torch import nn

from ..evaluation.coverage_scores import COVERAGE, CoverageScene, coverage_scene, \
    detected_areas, harmonic_mean
from ..evaluation.coverage_summary import CoverageSummary, summarise
from ..evaluation.object_metrics import components
from ..models import ModelCard
from .datasets import wrapped_offset
from .family_scenes import FamilyScene, save_arrays

#: Thresholds tried by the calibration (0.05, 0.10, ..., 0.95).
CALIBRATION_THRESHOLDS = np.round(np.arange(0.05, 0.951, 0.05), 2)
#: Minimum areas tried by the calibration (m^2): 0 to today's 1 ha.
CALIBRATION_MIN_AREAS_M2 = (0.0, 2500.0, 5000.0, 7500.0, 10000.0)


def weights_hash(model: nn.Module) -> str:
    """A short hash of a model's weights (names the cached maps; a card edit keeps it)."""
    digest = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        digest.update(name.encode())
        digest.update(tensor.detach().cpu().float().numpy().tobytes())
    return digest.hexdigest()[:10]


#: The card's ``training`` entries that change how the map is made (ECSPLAIN's CAM).
MAP_SETTINGS = ("cam_method", "localisation_scale", "detection_views", "score_use")


def map_cache_name(model: nn.Module, card: ModelCard) -> str:
    """Names a model's cached maps: its weights, and the card's map settings when it has any
    (so a map made another way is never reused; a threshold edit keeps the cache)."""
    name = f"{card.architecture}_{weights_hash(model)}"
    settings = [f"{card.training[k]}" for k in MAP_SETTINGS if k in card.training]
    return "_".join([name, *settings])


def detection_maps(model: nn.Module, card: ModelCard, scenes: Sequence[FamilyScene],
                   cache: Path | None = None) -> list[np.ndarray]:
    """The probability map (float32, NaN on nodata) of each scene, cached as float16."""
    from ..inference import predict_array

    folder = None if cache is None else Path(cache) / map_cache_name(model, card)
    maps = []
    for scene in scenes:
        path = None if folder is None else folder / f"{scene.family}_{scene.seed}_{_scene_hash(scene)}.npz"
        if path is not None and path.exists():
            with np.load(path) as data:
                maps.append(data["probability"].astype(np.float32))
            continue
        prob = predict_array(scene.phase, scene.coherence, model, card, band="probability")
        if path is not None:
            save_arrays(path, {"probability": prob.astype(np.float16)})
        maps.append(prob)
    return maps


def _scene_hash(scene: FamilyScene) -> str:
    digest = hashlib.sha256(np.ascontiguousarray(scene.phase).tobytes())
    return digest.hexdigest()[:8]


def evaluated(scene: FamilyScene, prob: np.ndarray) -> np.ndarray:
    """The pixels a scene is scored on: valid in the scene and in its map."""
    return scene.valid & np.isfinite(prob)


def score_maps(maps: Sequence[np.ndarray], scenes: Sequence[FamilyScene], threshold: float,
               min_area_m2: float) -> list[CoverageScene]:
    """Coverage scores of each scene's detected areas at ``threshold`` and ``min_area_m2``."""
    scores = []
    for prob, scene in zip(maps, scenes):
        valid = evaluated(scene, prob)
        labels, _ = detected_areas(prob, threshold, min_area_m2, scene.row_areas_m2, valid)
        scores.append(coverage_scene(labels, scene.truth, scene.row_areas_m2, valid))
    return scores


def summarise_maps(maps: Sequence[np.ndarray], scenes: Sequence[FamilyScene], threshold: float,
                   min_area_m2: float, bootstrap: int = 1000) -> CoverageSummary:
    """:func:`score_maps` summarised (F1 per scene and pooled, recall by class, false alarms),
    with the recall by distance to no data (``extra["recall_by_edge"]``), and the recall by
    signal strength and the strong areas' recall by wrapped offset (``extra["recall_by_signal"]``,
    ``extra["recall_by_offset"]``) when the scenes know it."""
    scores = score_maps(maps, scenes, threshold, min_area_m2)
    summary = summarise(scores, bootstrap)
    found = np.concatenate([c.truth_found for c in scores] or [np.zeros(0, bool)])
    gaps = np.concatenate([nodata_distances(s, m) for s, m in zip(scenes, maps)] or [np.zeros(0)])
    summary.extra["recall_by_edge"] = recall_by_class(gaps, found, EDGE_CLASSES)
    if scenes and all(scene.signal_fringes is not None for scene in scenes):
        peaks = np.concatenate([peak_signals(s, m) for s, m in zip(scenes, maps)] or [np.zeros(0)])
        summary.extra["recall_by_signal"] = recall_by_class(peaks, found, SIGNAL_CLASSES)
        strong = peaks >= STRONG_FRINGES
        summary.extra["recall_by_offset"] = recall_by_class(
            wrapped_offset(peaks[strong]), found[strong], OFFSET_CLASSES)
    return summary


#: Signal classes of true areas by their peak LOS signal: (label, lower fringes inclusive,
#: upper exclusive). A quarter fringe is what an analyst expects a detector to find.
SIGNAL_CLASSES: tuple[tuple[str, float, float], ...] = (
    ("< 0.25 fringe", 0.0, 0.25), ("0.25-0.6 fringe", 0.25, 0.6), ("0.6-1 fringe", 0.6, 1.0),
    (">= 1 fringe", 1.0, float("inf")))
#: Peak signal (fringes) from which an area's wrapped offset is reported.
STRONG_FRINGES = 1.0
#: Classes of a strong area's wrapped offset (its peak's distance to a whole number of
#: fringes): an area moving as a block near a whole number of fringes looks inside like its
#: surroundings, and only its decorrelated shear zone gives it away.
OFFSET_CLASSES: tuple[tuple[str, float, float], ...] = (
    ("offset < 0.15 fringe", 0.0, 0.15), ("offset 0.15-0.3", 0.15, 0.3), ("offset 0.3-0.5", 0.3, 0.51))


#: Classes of a true area's distance (pixels) to the nearest no-data pixel or raster edge: the
#: tiles that see an area near no data are partly blank (edge tiles are read boundless), and a
#: quarter tile (25 px of the 100 px tiles) is where the blending starts to trust them.
EDGE_CLASSES: tuple[tuple[str, float, float], ...] = (
    ("< 25 px from no data", 0.0, 25.0), (">= 25 px from no data", 25.0, float("inf")))


def nodata_distances(scene: FamilyScene, prob: np.ndarray) -> np.ndarray:
    """Valid pixels (chessboard distance) between each true area of ``scene`` and the nearest
    pixel that is not evaluated or lies outside the raster (0: touching), in the order of
    :func:`peak_signals`."""
    from scipy import ndimage

    inside = np.pad(evaluated(scene, prob), 1, constant_values=False)
    distance = ndimage.distance_transform_cdt(inside, metric="chessboard")[1:-1, 1:-1] - 1
    return per_true_area(scene, prob, distance, np.minimum, np.inf)


def per_true_area(scene: FamilyScene, prob: np.ndarray, values: np.ndarray, reduce: np.ufunc,
                  initial: float) -> np.ndarray:
    """``reduce`` (``np.maximum``, ``np.minimum``) of ``values`` (H, W) over each true area of
    ``scene``: the components of the truth on pixels valid in both, in the order of the true
    areas of its :class:`CoverageScene`."""
    bodies, count = components((scene.truth > 0) & evaluated(scene, prob))
    out = np.full(count + 1, initial)
    reduce.at(out, bodies.ravel(), np.asarray(values, np.float64).ravel())
    return out[1:]


def peak_signals(scene: FamilyScene, prob: np.ndarray) -> np.ndarray:
    """Peak signal (fringes) of each true area of ``scene``, in the order of the true areas of
    its :class:`CoverageScene` (components of the truth on pixels valid in both)."""
    return per_true_area(scene, prob, scene.signal_fringes, np.maximum, 0.0)


def recall_by_class(values: np.ndarray, found: np.ndarray, classes: Sequence[tuple[str, float, float]]
                    ) -> dict[str, dict[str, float | int | None]]:
    """Found / true areas per class of ``classes`` ((label, low inclusive, high exclusive) on
    each true area's ``values``; ``value`` None without areas)."""
    out: dict[str, dict[str, float | int | None]] = {}
    for label, low, high in classes:
        inside = (values >= low) & (values < high)
        n = int(inside.sum())
        out[label] = {"value": round(float(found[inside].mean()), 4) if n else None, "n": n}
    return out


def _scene_f1(labels: np.ndarray, count: int, bodies: np.ndarray, n_truth: int,
              truth_px: np.ndarray, pixel: np.ndarray, min_areas_m2: Sequence[float],
              coverage: float) -> np.ndarray:
    """F1 of one labelled map at each minimum area (the rule of :func:`coverage_scene`)."""
    det_px = np.bincount(labels.ravel(), minlength=count + 1)
    ground = np.bincount(labels.ravel(), weights=pixel.ravel(), minlength=count + 1)
    both = (labels > 0) & (bodies > 0)
    pairs, overlap = np.unique(labels[both].astype(np.int64) * (n_truth + 1) + bodies[both],
                               return_counts=True)
    det_id, truth_id = pairs // (n_truth + 1), pairs % (n_truth + 1)
    det_on = np.bincount(det_id, weights=overlap, minlength=count + 1)
    correct = det_on >= coverage * det_px
    scores = np.zeros(len(min_areas_m2))
    for i, min_area in enumerate(min_areas_m2):
        kept = ground >= min_area
        kept[0] = False
        n_kept = int(kept.sum())
        precision = float(correct[kept].sum()) / n_kept if n_kept else 1.0
        under = np.bincount(truth_id[kept[det_id]], weights=overlap[kept[det_id]],
                            minlength=n_truth + 1)[1:]
        recall = float(np.mean(under >= coverage * truth_px)) if n_truth else 1.0
        scores[i] = harmonic_mean(precision, recall)
    return scores


def f1_grid(maps: Sequence[np.ndarray], scenes: Sequence[FamilyScene],
            thresholds: Sequence[float] = tuple(CALIBRATION_THRESHOLDS),
            min_areas_m2: Sequence[float] = CALIBRATION_MIN_AREAS_M2,
            coverage: float = COVERAGE) -> np.ndarray:
    """Mean per-scene object F1 over the movement scenes, ``(len(min_areas), len(thresholds))``.

    The same rule as :func:`score_maps`, counted once per threshold for every minimum area.
    """
    grid = np.zeros((len(min_areas_m2), len(thresholds)))
    moving = [(p, s) for p, s in zip(maps, scenes) if s.truth.any()]
    for prob, scene in moving:
        valid = evaluated(scene, prob)
        bodies, n_truth = components((scene.truth > 0) & valid)
        truth_px = np.bincount(bodies.ravel(), minlength=n_truth + 1)[1:]
        pixel = np.broadcast_to(scene.row_areas_m2[:, None], bodies.shape)
        values = np.where(valid, prob, -1.0)
        for j, threshold in enumerate(thresholds):
            labels, count = components(values > threshold)
            grid[:, j] += _scene_f1(labels, count, bodies, n_truth, truth_px, pixel,
                                    min_areas_m2, coverage)
    return grid / max(len(moving), 1)


@dataclass(frozen=True)
class Calibration:
    """The best threshold of one model at each minimum area, and its F1 there."""

    thresholds: tuple[float, ...]
    min_areas_m2: tuple[float, ...]
    f1: np.ndarray

    def best_threshold(self, min_area_m2: float) -> tuple[float, float]:
        """``(threshold, F1)`` maximising F1 at ``min_area_m2``; a plateau resolves to its middle."""
        row = self.f1[self.min_areas_m2.index(min_area_m2)]
        tied = np.flatnonzero(np.isclose(row, row.max(), rtol=0, atol=1e-12))
        index = int(tied[(len(tied) - 1) // 2])
        return float(self.thresholds[index]), float(row[index])


def calibrate(maps: Sequence[np.ndarray], scenes: Sequence[FamilyScene],
              thresholds: Sequence[float] = tuple(CALIBRATION_THRESHOLDS),
              min_areas_m2: Sequence[float] = CALIBRATION_MIN_AREAS_M2) -> Calibration:
    """:func:`f1_grid` of one model's maps on the selection scenes, for choosing from."""
    return Calibration(tuple(float(t) for t in thresholds), tuple(float(a) for a in min_areas_m2),
                       f1_grid(maps, scenes, thresholds, min_areas_m2))


def choose_min_area(calibrations: dict[str, Calibration]) -> float:
    """The minimum area with the best mean (over models) of each model's best F1."""
    first = next(iter(calibrations.values()))
    means = [np.mean([c.best_threshold(a)[1] for c in calibrations.values()])
             for a in first.min_areas_m2]
    return float(first.min_areas_m2[int(np.argmax(means))])


def _cut(array: np.ndarray, row: int, col: int, size: int, fill: float) -> np.ndarray:
    """The ``size`` x ``size`` window centred on ``(row, col)``, ``fill`` outside the array."""
    out = np.full((size, size), fill, dtype=np.float32)
    r0, c0 = row - size // 2, col - size // 2
    rs = slice(max(r0, 0), min(r0 + size, array.shape[0]))
    cs = slice(max(c0, 0), min(c0 + size, array.shape[1]))
    out[rs.start - r0:rs.stop - r0, cs.start - c0:cs.stop - c0] = array[rs, cs]
    return out


def scene_patch_set(scenes: Sequence[FamilyScene], patch_size: int = 100, seed: int = 0):
    """Patches as in ISSLIDE: centred on the truth's distance-transform peaks (moving), and as
    many drawn away from any true area (no movement), per scene."""
    from ..insar.patches import annotation_centres, negative_centres
    from .patchset import PatchSet, kind_code

    sets = []
    for scene in scenes:
        valid = scene.valid
        moving = annotation_centres((scene.truth > 0) & valid, patch_size)
        rng = np.random.default_rng([seed, scene.seed])
        still = negative_centres(scene.truth, valid, max(len(moving), 1), patch_size, rng)
        centres = [(c, "body") for c in moving] + [(c, "background") for c in still]
        if not centres:
            continue
        cut = [(_cut(scene.phase, r, c, patch_size, np.nan), _cut(scene.coherence, r, c,
                patch_size, np.nan), _cut(scene.truth, r, c, patch_size, 0)) for (r, c), _ in centres]
        phase, coherence, mask = (np.stack(parts) for parts in zip(*cut))
        kinds = np.array([kind_code(kind) for _, kind in centres])
        sets.append(PatchSet.from_arrays(phase, coherence, mask, kinds, scene.seed))
    return PatchSet.concatenate(sets)
