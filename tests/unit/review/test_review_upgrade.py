"""A corrections GeoPackage written before the kinematics gains their columns, losing nothing."""
from __future__ import annotations

from pathlib import Path

from osgeo import ogr

from isslide_qgis.core.kinematics.fields import KINEMATIC_FIELDS
from isslide_qgis.core.review import upgrade_corrections
from tests.unit.vectorize.conftest import read_layer

NEW = [spec.name for spec in KINEMATIC_FIELDS]


def _make_old(path: Path) -> None:
    """Remove the kinematic columns from both layers and review one area, as an older
    version of the plugin would have left the file."""
    ds = ogr.Open(str(path), 1)
    for name in ("corrections", "moving_areas"):
        layer = ds.GetLayerByName(name)
        for field in NEW:
            index = layer.GetLayerDefn().GetFieldIndex(field)
            if index >= 0:
                assert layer.DeleteField(index) == 0
    layer = ds.GetLayerByName("corrections")
    feature = layer.GetNextFeature()
    feature.SetField("review_status", "accepted")
    feature.SetField("comment", "rock glacier, checked on SPOT")
    assert layer.SetFeature(feature) == 0
    layer = ds = None


def test_old_corrections_gain_the_kinematic_columns(corrections: Path) -> None:
    fresh = read_layer(corrections, "corrections")
    assert {"vel_class", "vel_los_cm_yr", "kin_reliability"} <= set(fresh[0])
    _make_old(corrections)
    before = read_layer(corrections, "corrections")
    detected_before = read_layer(corrections, "moving_areas")
    assert "vel_class" not in before[0]

    added = upgrade_corrections(corrections)

    assert set(added) == {"disp_los_cm", "vel_los_cm_yr", "vel_class", "kin_reliability"}
    after = read_layer(corrections, "corrections")
    assert len(after) == len(before) == 3
    for old, new in zip(before, after):
        assert {k: v for k, v in new.items() if k not in added and k != "geometry"} == {
            k: v for k, v in old.items() if k != "geometry"}
        assert new["geometry"].equals(old["geometry"])
        assert all(new[name] is None for name in added)
    assert any(row["comment"] == "rock glacier, checked on SPOT" for row in after)
    detected = read_layer(corrections, "moving_areas")
    assert len(detected) == len(detected_before) and set(NEW) <= set(detected[0])
    assert upgrade_corrections(corrections) == []  # a second run changes nothing
