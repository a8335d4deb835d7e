"""Corrections GeoPackages: created from a detection, read back, and the session restored."""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.review import ReviewSession, has_corrections, read_session
from tests.unit.vectorize.conftest import read_layer


def test_every_detected_area_becomes_an_unreviewed_correction(detection, corrections: Path):
    _, areas = detection
    detected = read_layer(areas)
    rows = read_layer(corrections, "corrections")
    assert len(rows) == len(detected) == 3
    for area, row in zip(sorted(detected, key=lambda a: a["id"]),
                         sorted(rows, key=lambda r: r["area_id"])):
        assert row["area_id"] == area["id"]
        assert row["score"] == pytest.approx(area["max_prob"])
        assert row["review_status"] == "unreviewed" and row["origin"] == "detected"
        assert row["source_model"] == "unet_w8" and row["reviewer"] is None
        assert row["geometry"].equals(area["geometry"])
    assert len(read_layer(corrections, "moving_areas")) == 3  # the detection, untouched


def test_added_rows_take_the_accepted_added_defaults(corrections: Path):
    from osgeo import ogr

    ds = ogr.Open(str(corrections))  # keep the dataset referenced while using its layer
    definition = ds.GetLayerByName("corrections").GetLayerDefn()
    defaults = {definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetDefault()
                for i in range(definition.GetFieldCount())}
    assert defaults["review_status"] == "'accepted'" and defaults["origin"] == "'added'"


def test_session_round_trip_and_default_style(corrections: Path):
    from osgeo import ogr

    session = read_session(corrections)
    assert session.interferogram == "/data/phase.tif" and session.model == "unet_w8"
    assert session.threshold == 0.5 and session.cam == ""
    assert session.resolve("probability", corrections.parent) == corrections.parent / "probability.tif"
    assert session.resolve("cam", corrections.parent) is None
    ds = ogr.Open(str(corrections))
    names = {f.GetField("f_table_name"): f.GetField("useAsDefault")
             for f in ds.GetLayerByName("layer_styles")}
    assert names == {"corrections": 1, "moving_areas": 1}


def test_session_ignores_unknown_keys_and_missing_threshold():
    session = ReviewSession.from_items({"interferogram": "a.tif", "future_key": "x",
                                        "threshold": ""})
    assert session.threshold is None and session.probability == "" and session.interferogram == "a.tif"
    assert dict(session.to_items())["threshold"] == ""


def test_other_files_are_not_corrections(detection, tmp_path: Path):
    _, areas = detection
    assert not has_corrections(areas) and not has_corrections(tmp_path / "missing.gpkg")
    (tmp_path / "junk.gpkg").write_bytes(b"junk")
    assert not has_corrections(tmp_path / "junk.gpkg")
    with pytest.raises(InputDataError, match="not an ISSLIDE corrections file"):
        read_session(areas)
