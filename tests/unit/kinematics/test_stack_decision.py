"""One class per area from its per-pair measurements (the rules of kinematics.stack)."""
from __future__ import annotations

import pytest

from isslide_qgis.core.kinematics.measure import FRINGE_CM, AreaKinematics, velocity
from isslide_qgis.core.kinematics.stack import stack_kinematics
from isslide_qgis.core.kinematics.velocity_classes import UNDEFINED


def pair(days: int, speed_cm_yr: float, *flags: str, reliability: str = "high") -> AreaKinematics:
    disp = speed_cm_yr * days / 365.25
    return AreaKinematics(disp, disp / 2, velocity(disp, days), reliability, flags, days)


def test_class_from_pairs_where_it_shows() -> None:
    # 8 cm/yr: under a quarter fringe at 6 and 12 days (noisy values), shows from 48 days
    found = stack_kinematics([pair(6, 30.0, "weak_signal"), pair(12, 18.0, "weak_signal"),
                              pair(48, 8.2), pair(96, 7.8)])
    assert (found.vel_class, found.kin_pairs, found.kin_from_days, found.kin_to_days) == (
        "3-10", 2, 48, 96)
    assert found.vel_los_cm_yr == pytest.approx(8.0)
    assert found.vel_median_cm_yr == pytest.approx(13.1)  # all pairs: disagrees with the class
    assert found.kin_reliability == "medium"


def test_agreeing_pairs_are_high() -> None:
    found = stack_kinematics([pair(6, 150.0), pair(12, 140.0), pair(24, 145.0, "low_coherence_area")])
    assert (found.vel_class, found.kin_reliability, found.kin_pairs) == ("100-300", "high", 3)
    assert found.vel_spread_cm_yr == pytest.approx(5.0)


def test_aliased_long_pairs_are_left_out() -> None:
    found = stack_kinematics([pair(6, 250.0), pair(48, 60.0, "steep_gradient"),
                              pair(96, 20.0, "steep_gradient")])
    assert (found.vel_class, found.kin_to_days) == ("100-300", 6)
    only_aliased = stack_kinematics([pair(12, 400.0, "steep_gradient"),
                                     pair(24, 200.0, "steep_gradient")])
    assert (only_aliased.vel_class, only_aliased.kin_pairs, only_aliased.kin_reliability) == (
        ">300", 1, "medium")


def test_no_showing_pair_is_undefined_and_low() -> None:
    quiet = stack_kinematics([pair(6, 5.0, "weak_signal"), pair(96, 1.0, "weak_signal")])
    assert (quiet.vel_class, quiet.kin_reliability, quiet.vel_los_cm_yr) == (UNDEFINED, "low", None)
    assert quiet.vel_median_cm_yr is not None
    assert stack_kinematics([AreaKinematics(flags=("incoherent",))]) == stack_kinematics([])
    assert stack_kinematics([]).vel_class == UNDEFINED


def test_a_year_under_a_quarter_fringe_is_under_1_cm_yr() -> None:
    found = stack_kinematics([pair(365, 0.5, "weak_signal")])
    assert 0.5 * 365 / 365.25 < FRINGE_CM / 4
    assert (found.vel_class, found.kin_reliability) == ("<1", "low")
