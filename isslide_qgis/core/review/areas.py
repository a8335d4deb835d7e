"""The areas of a review in the order the analyst goes through them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .vocabulary import DETECTED, UNREVIEWED


@dataclass(frozen=True)
class ReviewArea:
    """One row of the review table.

    Attributes:
        fid: feature id in the corrections layer (negative for unsaved new areas).
        area_id: the detection's area number (None for an added area).
        score: the detection's maximum probability (None for an added area).
        area: ground area in m² (pixels without CRS) of the current geometry.
        coherence: mean coherence over the detected area (None if unknown).
        status: review status.
        comment: the analyst's comment.
        origin: "detected" or "added".
        velocity_class: the detection's LOS velocity class (cm/yr), None when unknown.
        velocity: its LOS velocity (cm/yr, + towards the satellite), None when unknown.
        reliability: the reliability of the kinematics (high, medium, low), None when unknown.
    """

    fid: int
    area_id: int | None = None
    score: float | None = None
    area: float | None = None
    coherence: float | None = None
    status: str = UNREVIEWED
    comment: str = ""
    origin: str = DETECTED
    velocity_class: str | None = None
    velocity: float | None = None
    reliability: str | None = None


def review_order(areas: Iterable[ReviewArea]) -> list[ReviewArea]:
    """Areas by decreasing score; areas without score (added ones) last, by feature id."""
    return sorted(areas, key=lambda a: (a.score is None, -(a.score or 0.0),
                                        a.area_id if a.area_id is not None else 0, a.fid))


def step(current: int | None, offset: int, count: int) -> int | None:
    """Row reached from ``current`` by ``offset`` rows, clamped to ``[0, count)``.

    Without a current row, going forward starts at the first row and going back at the
    last one; there is no row when ``count`` is 0.
    """
    if count <= 0:
        return None
    if current is None or not 0 <= current < count:
        return 0 if offset >= 0 else count - 1
    return max(0, min(count - 1, current + offset))
