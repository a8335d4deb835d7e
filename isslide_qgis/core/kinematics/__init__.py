"""How fast a moving area moves: LOS displacement, velocity and velocity class.

:mod:`.velocity_classes` holds the RGIK semi-order classes (a table, not an if-chain);
:mod:`.unwrapping` unwraps the phase over an area and a ring of ground around it;
:mod:`.measure` turns that into the displacement, velocity and reliability of one area, per
interferogram; :mod:`.area_source` reads the area's window from an interferogram;
:mod:`.stack` decides one class per area from the pairs of a stack. No torch, no QGIS;
scikit-image (``skimage.restoration.unwrap_phase``) unwraps. Importing this package is cheap.
"""
from __future__ import annotations

from ..lazy import lazy_exports

#: public name -> submodule defining it
_EXPORTS: dict[str, str] = {
    "VELOCITY_CLASSES": "velocity_classes", "UNDEFINED": "velocity_classes",
    "velocity_class": "velocity_classes", "CLASS_LABELS": "velocity_classes",
    "FRINGE_CM": "measure", "AreaKinematics": "measure", "measure_area": "measure",
    "KINEMATIC_FIELDS": "fields", "RELIABILITY_LEVELS": "measure",
    "KinematicsSource": "area_source", "kinematics_source": "area_source",
    "StackKinematics": "stack", "stack_kinematics": "stack",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
