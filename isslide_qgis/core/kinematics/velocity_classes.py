"""Velocity classes in semi-orders of magnitude (cm/yr), as RGIK's InSAR moving areas.

Rock-glacier inventories (IPA/RGIK practice; Bertone et al. 2022, The Cryosphere 16:2769)
record a velocity class per InSAR moving area. The edges 1, 3, 10, 30, 100, 300 cm/yr give
seven classes; :data:`UNDEFINED` is used where no speed can be stated. The class is taken
from the LOS velocity: projecting it onto the slope is not done (later work).
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

#: the class of an area whose speed cannot be stated (incoherent, no baseline, no signal)
UNDEFINED = "undefined"


@dataclass(frozen=True)
class VelocityClass:
    """One class: ``low <= |v| < high`` (cm/yr), its label and RGIK's wording."""

    label: str
    low: float
    high: float
    rgik: str


#: the classes in increasing order (the registry)
VELOCITY_CLASSES: tuple[VelocityClass, ...] = (
    VelocityClass("<1", 0.0, 1.0, "< cm/yr"),
    VelocityClass("1-3", 1.0, 3.0, "cm/yr"),
    VelocityClass("3-10", 3.0, 10.0, "cm/yr to dm/yr"),
    VelocityClass("10-30", 10.0, 30.0, "dm/yr"),
    VelocityClass("30-100", 30.0, 100.0, "dm/yr to m/yr"),
    VelocityClass("100-300", 100.0, 300.0, "m/yr"),
    VelocityClass(">300", 300.0, math.inf, "> m/yr"),
)
#: every value of ``vel_class``, undefined last
CLASS_LABELS: tuple[str, ...] = tuple(c.label for c in VELOCITY_CLASSES) + (UNDEFINED,)
_EDGES = [c.high for c in VELOCITY_CLASSES[:-1]]


def velocity_class(velocity_cm_yr: float | None) -> str:
    """The class label of ``|velocity_cm_yr|`` (:data:`UNDEFINED` for ``None`` or NaN)."""
    if velocity_cm_yr is None or not math.isfinite(velocity_cm_yr):
        return UNDEFINED
    return VELOCITY_CLASSES[bisect.bisect_right(_EDGES, abs(velocity_cm_yr))].label


def class_index(label: str) -> int | None:
    """Position of ``label`` in :data:`VELOCITY_CLASSES` (``None`` for undefined)."""
    labels = [c.label for c in VELOCITY_CLASSES]
    return labels.index(label) if label in labels else None
