"""Merging detections across pairs, persistence and the consistency-weighted score."""
from __future__ import annotations

import datetime as dt

import pytest
from shapely.geometry import box

from isslide_qgis.core.stack.consistency import PairDetections, merge_detections, record_evidence
from isslide_qgis.core.stack.pairs import Pair


def _pair(first: int, days: int) -> Pair:
    start = dt.date(2020, 7, 1) + dt.timedelta(days=first)
    end = start + dt.timedelta(days=days)
    return Pair(f"{start:%Y%m%d}_{end:%Y%m%d}", None, None, start, end, "isslide")


def test_overlapping_detections_merge_and_count_pairs() -> None:
    a, b, c = _pair(0, 6), _pair(6, 6), _pair(0, 12)
    merged = merge_detections([
        PairDetections(a, [(box(0, 0, 10, 10), 0.9), (box(100, 0, 110, 10), 0.6)]),
        PairDetections(b, [(box(5, 5, 15, 15), 0.8)]),
        PairDetections(c, [(box(8, 8, 20, 20), 0.7), (box(1, 1, 3, 3), 0.95)]),
    ])
    assert len(merged) == 2
    body, other = merged  # west to east
    assert body.detections == {a.name: 0.9, b.name: 0.8, c.name: 0.95}
    assert body.attributes()["baselines"] == "6,12" and other.n_detected == 1


def test_score_is_the_best_median_over_long_enough_pairs() -> None:
    pairs = [_pair(0, 6), _pair(6, 6), _pair(12, 6), _pair(0, 18), _pair(6, 18)]
    slow = merge_detections([PairDetections(p, [(box(0, 0, 10, 10), 0.8)]) for p in pairs[3:]])[0]
    for pair, probability in zip(pairs, (0.1, 0.2, 0.1, 0.8, 0.8)):
        record_evidence([slow], pair, lambda geometry, p=probability: (1.0, p), 0.5)
    # seen only at 18 days: persistence 2/5, but every 18-day pair confirms it
    assert slow.persistence == pytest.approx(0.4)
    assert slow.consistency() == (pytest.approx(0.8), 18)
    transient = merge_detections([PairDetections(pairs[0], [(box(0, 0, 10, 10), 0.9)])])[0]
    for pair, probability in zip(pairs, (0.9, 0.1, 0.1, 0.9, 0.2)):
        record_evidence([transient], pair, lambda geometry, p=probability: (1.0, p), 0.5)
    # one date's atmosphere: strong in the two pairs holding that date, not in the others
    assert transient.score < 0.5 < slow.score


def test_pairs_without_valid_data_neither_confirm_nor_contradict() -> None:
    pair, hole = _pair(0, 6), _pair(6, 6)
    area = merge_detections([PairDetections(pair, [(box(0, 0, 10, 10), 0.7)])])[0]
    record_evidence([area], hole, lambda geometry: (0.2, 0.0), 0.5)  # mostly nodata there
    assert (area.n_covered, area.persistence, area.score) == (1, 1.0, pytest.approx(0.7))
