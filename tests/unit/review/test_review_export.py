"""Accepted and added areas become annotations; nothing else does."""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.review import export_training_annotations, is_training_area
from tests.unit.review.conftest import set_values
from tests.unit.vectorize.conftest import read_layer


@pytest.mark.parametrize("status, origin, expected", [
    ("accepted", "detected", True), ("rejected", "detected", False),
    ("uncertain", "detected", False), ("unreviewed", "detected", False),
    ("accepted", "added", True), ("unreviewed", "added", True), (None, "added", True),
    ("rejected", "added", False), ("uncertain", "added", False),
])
def test_which_areas_are_training_areas(status, origin, expected):
    assert is_training_area(status, origin) is expected


def test_export_keeps_accepted_and_added_areas(corrections: Path, tmp_path: Path):
    from osgeo import ogr

    rows = {r["area_id"]: r["fid"] for r in read_layer(corrections, "corrections")}
    set_values(corrections, rows[1], review_status="accepted")
    set_values(corrections, rows[2], review_status="rejected")
    ds = ogr.Open(str(corrections), 1)
    layer = ds.GetLayerByName("corrections")
    added = ogr.Feature(layer.GetLayerDefn())  # as QGIS adds a drawn area: defaults only
    added.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON (((0 0, 0 10, 10 10, 0 0)))"))
    assert layer.CreateFeature(added) == 0
    layer = ds = None

    summary = export_training_annotations(corrections, tmp_path / "out" / "annotations.gpkg")
    exported = read_layer(summary.path, "annotations")
    assert summary.count == 2 == len(exported)
    assert sorted((r["area_id"], r["review_status"], r["origin"]) for r in exported
                  if r["area_id"] is not None) == [(1, "accepted", "detected")]
    assert [r["origin"] for r in exported if r["area_id"] is None] == ["added"]
    assert [p.name for p in summary.path.parent.iterdir()] == ["annotations.gpkg"]


def test_export_without_accepted_area_explains_and_writes_nothing(corrections: Path,
                                                                  tmp_path: Path):
    out = tmp_path / "out" / "annotations.gpkg"
    with pytest.raises(InputDataError, match="No area .* is accepted or added"):
        export_training_annotations(corrections, out)
    assert not out.exists()


def test_export_of_a_file_without_corrections_names_the_layer(detection, tmp_path: Path):
    _, areas = detection
    with pytest.raises(InputDataError, match="has no layer 'corrections'"):
        export_training_annotations(areas, tmp_path / "annotations.gpkg")
    assert not (tmp_path / "annotations.gpkg").exists()
