"""One velocity class per area from the pairs of a stack.

As RGIK's practice for InSAR moving areas, the class comes from the intervals in which the
area shows and stays coherent: from the shortest interval where it reaches a quarter fringe
(below, its signal is in the noise) to the longest where it has not decorrelated or aliased.
Rules, on the per-pair measurements (:mod:`.measure`) of the pairs covering the area:

* a pair **counts** when the area was measured (usable, a reference, an interval), reaches a
  quarter fringe, and its phase is not aliased (no ``steep_gradient``); if every pair where
  it shows is aliased, the shortest of them counts (the speed is then a lower bound);
* ``vel_los_cm_yr`` is the median velocity of the pairs that count, ``vel_class`` its class;
  when no pair counts, ``<1`` if a measured pair at least :data:`LONG_ENOUGH_DAYS` long
  (about 250 days) stays under a quarter fringe, else ``undefined``;
* ``vel_median_cm_yr`` and ``vel_spread_cm_yr``: median and interquartile range of every
  measured pair's velocity (weak signals included);
* ``kin_reliability``: **high** with two or more pairs counting whose velocities agree
  (interquartile range at most half the median), **medium** with one, or when they disagree,
  or when the counting pairs are aliased; **low** when none counts. One level less when the
  class of ``vel_median_cm_yr`` differs from ``vel_class``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .measure import DAYS_PER_YEAR, QUARTER_FRINGE_CM, RELIABILITY_LEVELS, AreaKinematics
from .velocity_classes import UNDEFINED, VELOCITY_CLASSES, velocity_class

#: a coherent pair this long without a quarter fringe bounds the speed under 1 cm/yr
LONG_ENOUGH_DAYS = QUARTER_FRINGE_CM / VELOCITY_CLASSES[0].high * DAYS_PER_YEAR


@dataclass(frozen=True)
class StackKinematics:
    """What the pairs of a stack say of one area's motion (see the module's rules)."""

    vel_los_cm_yr: float | None = None
    vel_class: str = UNDEFINED
    vel_median_cm_yr: float | None = None
    vel_spread_cm_yr: float | None = None
    kin_pairs: int = 0
    kin_from_days: int | None = None
    kin_to_days: int | None = None
    kin_reliability: str = "low"

    def values(self) -> dict[str, object]:
        """The fields of a stack's area (see :data:`.fields.STACK_KINEMATIC_FIELDS`)."""
        def rounded(value):
            return None if value is None else round(float(value), 3)
        return {"vel_los_cm_yr": rounded(self.vel_los_cm_yr), "vel_class": self.vel_class,
                "vel_median_cm_yr": rounded(self.vel_median_cm_yr),
                "vel_spread_cm_yr": rounded(self.vel_spread_cm_yr), "kin_pairs": self.kin_pairs,
                "kin_from_days": self.kin_from_days, "kin_to_days": self.kin_to_days,
                "kin_reliability": self.kin_reliability}


def _counting(measured: Sequence[AreaKinematics]) -> tuple[list[AreaKinematics], bool]:
    showing = [k for k in measured if k.shows]
    clean = [k for k in showing if "steep_gradient" not in k.flags]
    if clean or not showing:
        return clean, False
    shortest = min(k.baseline_days for k in showing)
    return [k for k in showing if k.baseline_days == shortest], True


def stack_kinematics(measurements: Sequence[AreaKinematics]) -> StackKinematics:
    """Decide the velocity, class and reliability of one area from its per-pair measurements
    (``baseline_days`` set on each)."""
    measured = [k for k in measurements if k.vel_los_cm_yr is not None]
    if not measured:
        return StackKinematics()
    velocities = np.array([k.vel_los_cm_yr for k in measured])
    median_all = float(np.median(velocities))
    spread_all = float(np.subtract(*np.percentile(velocities, [75, 25])))
    counting, aliased = _counting(measured)
    if not counting:
        longest = max(k.baseline_days for k in measured)
        label = VELOCITY_CLASSES[0].label if longest >= LONG_ENOUGH_DAYS else UNDEFINED
        return StackKinematics(None, label, median_all, spread_all, 0, None, int(longest),
                               "low")
    speeds = np.array([k.vel_los_cm_yr for k in counting])
    velocity = float(np.median(speeds))
    label = velocity_class(velocity)
    spread = float(np.subtract(*np.percentile(speeds, [75, 25])))
    agree = len(counting) >= 2 and spread <= 0.5 * abs(velocity) and not aliased
    level = 0 if agree else 1
    if velocity_class(median_all) != label:
        level += 1
    days = [int(k.baseline_days) for k in counting]
    return StackKinematics(velocity, label, median_all, spread_all, len(counting), min(days),
                           max(days), RELIABILITY_LEVELS[min(level, 2)])
