"""The RGIK semi-order classes: edges, labels, undefined."""
from __future__ import annotations

import math

import pytest

from isslide_qgis.core.kinematics.velocity_classes import (
    CLASS_LABELS,
    UNDEFINED,
    VELOCITY_CLASSES,
    velocity_class,
)


@pytest.mark.parametrize("speed, label", [
    (0.0, "<1"), (0.99, "<1"), (1.0, "1-3"), (-2.5, "1-3"), (3.0, "3-10"), (29.9, "10-30"),
    (30.0, "30-100"), (-169.0, "100-300"), (300.0, ">300"), (5000.0, ">300")])
def test_class_edges_are_the_issue_s(speed: float, label: str) -> None:
    assert velocity_class(speed) == label


@pytest.mark.parametrize("speed", [None, math.nan, math.inf])
def test_no_speed_is_undefined(speed) -> None:
    assert velocity_class(speed) == UNDEFINED


def test_labels_and_edges_are_one_table() -> None:
    assert CLASS_LABELS == ("<1", "1-3", "3-10", "10-30", "30-100", "100-300", ">300", UNDEFINED)
    edges = [c.high for c in VELOCITY_CLASSES[:-1]]
    assert edges == [1, 3, 10, 30, 100, 300]
    assert all(a.high == b.low for a, b in zip(VELOCITY_CLASSES, VELOCITY_CLASSES[1:]))
