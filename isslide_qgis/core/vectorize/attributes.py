"""Attributes of a moving area: the schema of the ``moving_areas`` layer and its values.

The same layer serves the analyst's review: ``review_status`` (one of
:data:`REVIEW_STATUSES`, "unreviewed" when written, also the field's default for areas the
analyst draws) and ``comment`` are for the review dock; the rest describes the detection,
including the area's kinematics (:mod:`isslide_qgis.core.kinematics`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.kinematics.fields import KINEMATIC_FIELDS
from isslide_qgis.core.kinematics.measure import AreaKinematics, unmeasured
from isslide_qgis.core.messages import translate
from isslide_qgis.core.vectorize.components import PixelComponent
from isslide_qgis.core.vectorize.geopackage import FieldSpec

#: Name of the layer of detected moving areas.
MOVING_AREAS_LAYER = "moving_areas"
#: Values of ``review_status``, the first one given to new areas.
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", "accepted", "rejected", "uncertain")

MOVING_AREA_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", "integer"),
    FieldSpec("model", "string"),
    FieldSpec("threshold", "real"),
    FieldSpec("max_prob", "real"),
    FieldSpec("mean_prob", "real"),
    FieldSpec("area_m2", "real"),
    FieldSpec("area_px", "integer"),
    FieldSpec("mean_coherence", "real"),
    FieldSpec("interferogram", "string"),
    FieldSpec("baseline_days", "integer"),
    FieldSpec("date_first", "date"),
    FieldSpec("date_second", "date"),
    *KINEMATIC_FIELDS,
    FieldSpec("review_status", "string", default=f"'{REVIEW_STATUSES[0]}'"),
    FieldSpec("comment", "string", default="''"),
)


def iso_date(value: dt.date | dt.datetime | str | None) -> str | None:
    """``value`` as an ISO date ``YYYY-MM-DD`` (``None`` stays ``None``).

    Accepts dates, datetimes and strings ``YYYY-MM-DD`` or ``YYYYMMDD`` (ISSLIDE names).

    Raises:
        InputDataError: ``value`` is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise InputDataError(
        translate(
            "IsslideCore",
            "The acquisition date '{value}' is not a date: write it as YYYY-MM-DD (or YYYYMMDD)."
        ).format(value=value)
    )


@dataclass(frozen=True)
class DetectionContext:
    """What every moving area of one run shares (model, threshold, interferogram, dates)."""

    model: str
    threshold: float
    interferogram: str
    baseline_days: int | None
    date_first: str | None
    date_second: str | None

    @classmethod
    def build(cls, model: str, threshold: float, interferogram: str,
              baseline_days: int | None, dates: tuple) -> "DetectionContext":
        """Normalise dates to ISO; the baseline defaults to the days between the two dates."""
        pair = tuple(dates) + (None, None)
        first, second = iso_date(pair[0]), iso_date(pair[1])
        if baseline_days is None and first and second:
            baseline_days = abs((dt.date.fromisoformat(second) - dt.date.fromisoformat(first)).days)
        return cls(model or "", float(threshold), interferogram or "",
                   None if baseline_days is None else int(baseline_days), first, second)


def moving_area_values(identifier: int, component: PixelComponent, area_m2: float | None,
                       context: DetectionContext,
                       kinematics: AreaKinematics | None = None) -> dict[str, object]:
    """Field values of one moving area (``None``: NULL); without ``kinematics`` (no
    interferogram given) the class is undefined and the reliability low."""
    kinematics = kinematics or unmeasured("no_interferogram")
    return {
        "id": identifier,
        "model": context.model,
        "threshold": context.threshold,
        "max_prob": component.prob_max,
        "mean_prob": component.prob_mean,
        "area_m2": area_m2,
        "area_px": component.pixels,
        "mean_coherence": component.coherence_mean,
        "interferogram": context.interferogram,
        "baseline_days": context.baseline_days,
        "date_first": context.date_first,
        "date_second": context.date_second,
        **kinematics.values(),
        "review_status": REVIEW_STATUSES[0],
        "comment": "",
    }
