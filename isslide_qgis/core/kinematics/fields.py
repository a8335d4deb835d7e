"""The kinematic fields of a moving area (per interferogram) and of a stack's merged area.

Their aliases carry the units and the sign convention, which QGIS shows as field aliases
(GDAL 3.6 keeps no field comments in GeoPackages).
"""
from __future__ import annotations

from ..vectorize.geopackage import FieldSpec

#: fields added to every ``moving_areas`` layer (values: :meth:`.AreaKinematics.values`)
KINEMATIC_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("disp_los_cm", "real", alias="LOS displacement at p95 of |d| (cm, + towards the "
                                             "satellite, ring median = 0)"),
    FieldSpec("disp_los_median_cm", "real", alias="Median LOS displacement (cm, + towards the "
                                                    "satellite)"),
    FieldSpec("fringes", "real", alias="|disp_los_cm| in fringes (2.77 cm LOS each)"),
    FieldSpec("vel_los_cm_yr", "real", alias="LOS velocity (cm/yr, + towards the satellite)"),
    FieldSpec("vel_class", "string", alias="Velocity class from |LOS velocity| (cm/yr, RGIK "
                                           "semi-orders)"),
    FieldSpec("kin_reliability", "string", alias="Kinematics reliability (high/medium/low)"),
    FieldSpec("kin_flags", "string", alias="Why the kinematics reliability dropped"),
)

#: fields added to the stack's ``temporal_consistency`` layer (:mod:`.stack`)
STACK_KINEMATIC_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("vel_los_cm_yr", "real", alias="LOS velocity from the pairs where the area shows "
                                             "and stays coherent (cm/yr, + towards the "
                                             "satellite)"),
    FieldSpec("vel_class", "string", alias="Velocity class from |LOS velocity| (cm/yr, RGIK "
                                           "semi-orders)"),
    FieldSpec("vel_median_cm_yr", "real", alias="Median of the per-pair LOS velocities (cm/yr)"),
    FieldSpec("vel_spread_cm_yr", "real", alias="Spread (interquartile range) of the per-pair "
                                                "LOS velocities (cm/yr)"),
    FieldSpec("kin_pairs", "integer", alias="Pairs where the area shows and stays coherent"),
    FieldSpec("kin_from_days", "integer", alias="Shortest interval where the area reaches a "
                                                "quarter fringe (days)"),
    FieldSpec("kin_to_days", "integer", alias="Longest interval where the area stays coherent "
                                              "(days)"),
    FieldSpec("kin_reliability", "string", alias="Kinematics reliability (high/medium/low)"),
)

#: field name -> alias of a moving-areas layer, set on the layers Processing loads
FIELD_ALIASES: dict[str, str] = {spec.name: spec.alias for spec in KINEMATIC_FIELDS}
