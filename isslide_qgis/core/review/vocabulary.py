"""Review statuses, where an area comes from, and which areas become training labels.

The statuses are those of the ``moving_areas`` layer (:data:`REVIEW_STATUSES`:
unreviewed, accepted, rejected, uncertain; the same tuple as
``core.vectorize.attributes.REVIEW_STATUSES``, repeated here so that the dock imports no
raster library when the plugin loads). An area is either *detected* (copied from a
detection) or *added* (drawn by the analyst). Training annotations are the accepted areas
and the added ones the analyst did not reject or mark uncertain.
"""
from __future__ import annotations

from ..messages import QT_TRANSLATE_NOOP

#: Values of ``review_status``, the first one given to detected areas.
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", "accepted", "rejected", "uncertain")
UNREVIEWED, ACCEPTED, REJECTED, UNCERTAIN = REVIEW_STATUSES
#: origin of an area copied from a detection
DETECTED = "detected"
#: origin of an area drawn by the analyst
ADDED = "added"
ORIGINS: tuple[str, ...] = (DETECTED, ADDED)

#: status -> English title (translate with context "IsslideReview" where shown)
STATUS_TITLES: dict[str, str] = {
    UNREVIEWED: QT_TRANSLATE_NOOP("IsslideReview", "Unreviewed"),
    ACCEPTED: QT_TRANSLATE_NOOP("IsslideReview", "Accepted"),
    REJECTED: QT_TRANSLATE_NOOP("IsslideReview", "Rejected"),
    UNCERTAIN: QT_TRANSLATE_NOOP("IsslideReview", "Uncertain"),
}


def status_title(status: str | None) -> str:
    """English title of ``status`` (an unknown value is shown as it is)."""
    return STATUS_TITLES.get(status or UNREVIEWED, status or "")


def is_training_area(status: str | None, origin: str | None) -> bool:
    """Whether an area becomes an annotation polygon for fine-tuning.

    Accepted areas do; added areas do unless rejected or uncertain (an added area is
    accepted by default, and one left unreviewed was still drawn by the analyst).
    """
    if status == ACCEPTED:
        return True
    return origin == ADDED and status in (None, "", UNREVIEWED)
