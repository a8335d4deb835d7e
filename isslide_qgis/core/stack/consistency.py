"""Temporal consistency: a moving area is confirmed by its continuity across pairs.

Slow ground movement (a rock glacier, a slow landslide) shows in every pair that sees the
ground coherently, once the baseline is long enough for its displacement to show; an
atmospheric artefact lives in one acquisition's troposphere and shows only in the pairs that
contain that date (at most about half of them), at any baseline. So the areas detected in all
pairs are merged spatially (the union of overlapping detections: one merged area per
connected part), and each merged area gets:

* ``n_detected``: the pairs where it was detected, ``baselines``: their distinct baselines;
* ``n_covered``: the pairs covering it with valid data (a pair where it lies in nodata or
  outside the swath neither confirms nor contradicts it);
* ``persistence`` = n_detected / n_covered;
* the kinematics (``vel_los_cm_yr``, ``vel_class``...): measured on the merged outline in
  every covering pair, decided across them by :mod:`isslide_qgis.core.kinematics.stack`;
* ``score``, the consistency-weighted score: for each baseline b of the stack, the (low)
  *median* over the covering pairs at least b days long of each pair's maximum probability
  on the area (detected or not), i.e. the probability that at least half of them reach; the
  score is the highest of these medians, and ``score_from_days`` the b that gives it. A median
  ignores what only half of the pairs or fewer see (one date's atmosphere); starting from b
  lets a slow area that shows only at long baselines count.
  Baseline groups of a single pair are skipped when the area is covered by several pairs.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from .pairs import Pair


@dataclass
class PairDetections:
    """One pair's detected areas: ``areas`` = ``[(shapely polygon, max probability), ...]``."""

    pair: Pair
    areas: list[tuple[Any, float]]


@dataclass
class ConsistentArea:
    """One merged area and what the pairs saw of it.

    Attributes:
        geometry: The merged outline (shapely polygon).
        detections: ``{pair: largest max_prob of its areas inside}`` for the detecting pairs.
        baselines: ``{pair: baseline days}`` of the detecting pairs.
        evidence: ``{pair: (baseline days, maximum probability on the area)}`` for the pairs
            covering the area with valid data.
        dates: ``(first, second)`` ISO dates of the detecting pairs.
        kinematics: ``{pair: AreaKinematics}`` measured on the outline in each covering pair
            (:mod:`isslide_qgis.core.kinematics`).
    """

    geometry: Any
    detections: dict[str, float] = field(default_factory=dict)
    baselines: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, tuple[int, float]] = field(default_factory=dict)
    dates: list[tuple[str, str]] = field(default_factory=list)
    kinematics: dict[str, Any] = field(default_factory=dict)

    @property
    def n_detected(self) -> int:
        """Pairs where the area was detected."""
        return len(self.detections)

    def _covering(self) -> dict[str, tuple[int, float]]:
        values = dict(self.evidence)
        for name, probability in self.detections.items():  # a detecting pair always covers
            baseline, seen = values.get(name, (self.baselines[name], 0.0))
            values[name] = (baseline, max(seen, probability))
        return values

    @property
    def n_covered(self) -> int:
        """Pairs covering the area with valid data (detecting pairs always count)."""
        return len(self._covering())

    @property
    def persistence(self) -> float:
        """Detected pairs / covering pairs, in [0, 1]."""
        return self.n_detected / max(self.n_covered, 1)

    @property
    def mean_probability(self) -> float:
        """Mean, over the detecting pairs, of their maximum probability on the area."""
        return sum(self.detections.values()) / max(self.n_detected, 1)

    def consistency(self) -> tuple[float, int | None]:
        """``(score, from_days)``: the highest low median probability over the covering pairs
        at least ``from_days`` long (see the module's description)."""
        values = list(self._covering().values())
        group_minimum = 2 if len(values) >= 2 else 1
        best, best_days = 0.0, None
        for days in sorted({baseline for baseline, _ in values}):
            group = [probability for baseline, probability in values if baseline >= days]
            level = statistics.median_low(group)  # reached by at least half of the group
            if len(group) >= group_minimum and level > best:
                best, best_days = float(level), days
        return best, best_days

    @property
    def score(self) -> float:
        """The consistency-weighted score, in [0, 1]."""
        return self.consistency()[0]

    def attributes(self) -> dict[str, Any]:
        """The values of the product's fields (without id and area), kinematics included."""
        from ..kinematics.stack import stack_kinematics

        firsts = sorted(first for first, _ in self.dates)
        seconds = sorted(second for _, second in self.dates)
        score, from_days = self.consistency()
        return {
            "n_detected": self.n_detected, "n_covered": self.n_covered,
            "persistence": round(self.persistence, 6), "score": round(score, 6),
            "score_from_days": from_days, "mean_max_prob": round(self.mean_probability, 6),
            "baselines": ",".join(str(b) for b in sorted(set(self.baselines.values()))),
            "n_baselines": len(set(self.baselines.values())),
            "pairs": ",".join(sorted(self.detections)),
            "date_first": firsts[0] if firsts else None,
            "date_last": seconds[-1] if seconds else None,
            **stack_kinematics(list(self.kinematics.values())).values(),
        }


def merge_detections(detections: Sequence[PairDetections]) -> list[ConsistentArea]:
    """Merge the areas of all pairs spatially (union of overlapping detections).

    Each merged area records, per pair that detected it, the largest ``max_prob`` of the
    pair's areas inside it. Areas are returned from west to east, then north to south.
    """
    import warnings

    from shapely.ops import unary_union
    from shapely.strtree import STRtree

    geometries = [geometry for item in detections for geometry, _ in item.areas
                  if geometry is not None and not geometry.is_empty]
    if not geometries:
        return []
    union = unary_union([g if g.is_valid else g.buffer(0) for g in geometries])
    parts = list(getattr(union, "geoms", [union]))
    parts.sort(key=lambda g: (round(g.bounds[0], 6), -round(g.bounds[3], 6)))
    merged = [ConsistentArea(part) for part in parts]
    index = {id(part): number for number, part in enumerate(parts)}
    with warnings.catch_warnings():  # shapely 1.8 announces 2.0's STRtree (handled below)
        warnings.simplefilter("ignore")
        tree = STRtree(parts)
    for item in detections:
        for geometry, probability in item.areas:
            if geometry is None or geometry.is_empty:
                continue
            point = geometry.representative_point()
            for hit in tree.query(point):
                # shapely 2 returns indices, shapely 1.8 the geometries themselves
                number = index[id(hit)] if hasattr(hit, "geom_type") else int(hit)
                if parts[number].intersects(point):
                    area = merged[number]
                    name = item.pair.name
                    area.detections[name] = max(area.detections.get(name, 0.0), float(probability))
                    area.baselines[name] = item.pair.baseline_days
                    area.dates.append((item.pair.date_first.isoformat(),
                                       item.pair.date_second.isoformat()))
                    break
    return merged


#: ``geometry -> (share of it with valid data, maximum probability there)``, ``None`` outside
EvidenceFn = Callable[[Any], "tuple[float, float] | None"]


def record_evidence(areas: Sequence[ConsistentArea], pair: Pair, evidence: EvidenceFn,
                    minimum: float) -> None:
    """Record what ``pair`` sees of each area it covers (valid share >= ``minimum``)."""
    for area in areas:
        seen = evidence(area.geometry)
        if seen is not None and seen[0] >= minimum:
            area.evidence[pair.name] = (pair.baseline_days, seen[1])
