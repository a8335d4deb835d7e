"""All-or-nothing GeoPackages, embedded default styles, and the patch-score grid."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from rasterio.crs import CRS
from rasterio.windows import Window
from shapely.geometry import box

from isslide_qgis.core.errors import IsslideError, OperationCanceled
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.vectorize import (
    MOVING_AREA_FIELDS,
    embed_style,
    read_style,
    style_path,
    vectorize_probability,
    write_patch_scores,
)
from isslide_qgis.core.vectorize import moving_areas
from isslide_qgis.core.vectorize.styles import with_aliases
from tests.unit.insar.insar_synthetic import UTM_TRANSFORM
from tests.unit.vectorize.conftest import blobs, layer_srs, read_layer

ROOT = Path(__file__).resolve().parents[3]


def _styles(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
            "styleName, styleQML, useAsDefault FROM layer_styles ORDER BY id").fetchall()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".tif")


@pytest.mark.parametrize("cancel_at", [1, 2])  # 1: while reading strips, 2: after writing
def test_cancel_leaves_no_file(write_probability, tmp_path, cancel_at):
    path = write_probability(blobs())
    polls = []

    def is_canceled() -> bool:
        polls.append(1)
        return len(polls) >= cancel_at

    with pytest.raises(OperationCanceled, match="was not written"):
        vectorize_probability(path, tmp_path / "areas.gpkg", threshold=0.5,
                              is_canceled=is_canceled)
    assert len(polls) == cancel_at
    assert _leftovers(tmp_path) == []


def test_failure_while_writing_leaves_no_file_and_keeps_an_older_one(write_probability,
                                                                     tmp_path, monkeypatch):
    out = tmp_path / "areas.gpkg"
    out.write_bytes(b"previous result")
    written = []

    def failing_values(*args, **kwargs):
        written.append(1)
        if len(written) == 2:
            raise IsslideError("disk full")
        return original(*args, **kwargs)

    original = moving_areas.moving_area_values
    monkeypatch.setattr(moving_areas, "moving_area_values", failing_values)
    with pytest.raises(IsslideError, match="disk full"):
        vectorize_probability(write_probability(blobs()), out, threshold=0.5)
    assert len(written) == 2 and out.read_bytes() == b"previous result"
    assert _leftovers(tmp_path) == ["areas.gpkg"]


def test_progress_rises_to_100(write_probability, tmp_path):
    reported = []
    vectorize_probability(write_probability(blobs()), tmp_path / "a.gpkg", threshold=0.5,
                          block_size=7, progress=reported.append)
    assert reported == sorted(reported) and reported[-1] == 100.0
    assert len(reported) >= 9  # one per strip of 7 rows (60 rows), then the end


def test_default_style_is_embedded_for_qgis(write_probability, tmp_path):
    out = tmp_path / "areas.gpkg"
    vectorize_probability(write_probability(blobs()), out, threshold=0.5)
    assert _styles(out) == [("", "", "moving_areas", "geom", "default",
                             with_aliases(read_style("moving_areas"), MOVING_AREA_FIELDS), 1)]
    with sqlite3.connect(out) as db:
        kinds = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
        columns = [row[1] for row in db.execute("PRAGMA table_info(layer_styles)")]
    assert kinds == {"moving_areas": "features", "layer_styles": "attributes"}
    assert columns == ["id", "f_table_catalog", "f_table_schema", "f_table_name",
                       "f_geometry_column", "styleName", "styleQML", "styleSLD",
                       "useAsDefault", "description", "owner", "ui", "update_time"]


def test_embed_style_replaces_and_moves_the_default(write_probability, tmp_path):
    out = tmp_path / "areas.gpkg"
    vectorize_probability(write_probability(blobs()), out, threshold=0.5)
    embed_style(out, "moving_areas", "<qgis/>", style_name="plain")
    embed_style(out, "moving_areas", "<qgis a='1'/>", style_name="plain")
    embed_style(out, "moving_areas", "<qgis b='2'/>", style_name="extra", use_as_default=False)
    rows = [(name, qml, default) for *_, name, qml, default in _styles(out)]
    shipped = with_aliases(read_style("moving_areas"), MOVING_AREA_FIELDS)
    assert rows == [("default", shipped, 0), ("plain", "<qgis a='1'/>", 1),
                    ("extra", "<qgis b='2'/>", 0)]
    with pytest.raises(IsslideError, match="no layer named 'other'"):
        embed_style(out, "other", "<qgis/>")


def test_missing_style_file_is_a_note_not_a_failure(write_probability, tmp_path, monkeypatch):
    from isslide_qgis.core.vectorize import styles

    monkeypatch.setattr(styles, "style_path", lambda name: tmp_path / "missing.qml")
    summary = vectorize_probability(write_probability(blobs()), tmp_path / "a.gpkg",
                                    threshold=0.5)
    assert summary.count == 3 and "missing.qml" in summary.notes[-1]


@pytest.mark.parametrize("name, root", [("moving_areas", "renderer-v2"),
                                        ("patch_scores", "renderer-v2"),
                                        ("probability", "pipe/rasterrenderer"),
                                        ("cam", "pipe/rasterrenderer")])
def test_shipped_styles_are_qgis_documents(name, root):
    path = style_path(name)
    assert path == style_path(f"{name}.qml") and path.is_file()
    assert path.parent == ROOT / "resources" / "styles"
    document = ET.parse(path).getroot()
    assert document.tag == "qgis"
    renderer = document.find(root)
    expected = {"moving_areas": "categorizedSymbol", "patch_scores": "graduatedSymbol"}
    assert renderer.get("type") == expected.get(name, "singlebandpseudocolor")


def test_moving_area_style_categories_follow_the_review_statuses():
    from isslide_qgis.core.vectorize import REVIEW_STATUSES

    document = ET.parse(style_path("moving_areas")).getroot()
    renderer = document.find("renderer-v2")
    assert renderer.get("attr") == "review_status"
    values = [c.get("value") for c in renderer.iter("category")]
    assert values[:4] == list(REVIEW_STATUSES)
    outline = {c.get("value"): {p.get("k"): p.get("v") for p in renderer.find(
        f"symbols/symbol[@name='{c.get('symbol')}']/layer").iter("prop")}
        for c in renderer.iter("category")}
    assert outline["rejected"]["outline_style"] == "dash"
    assert outline["unreviewed"]["outline_color"].startswith("255,140,0")
    assert document.get("labelsEnabled") == "1"
    assert document.find("labeling/settings/text-style").get("fieldName") == "id"


def test_raster_styles_ramp_from_transparent():
    for name, opacity in (("probability", "0.7"), ("cam", "0.6")):
        renderer = ET.parse(style_path(name)).getroot().find("pipe/rasterrenderer")
        items = [(float(i.get("value")), int(i.get("alpha"))) for i in renderer.iter("item")]
        assert renderer.get("opacity") == opacity
        assert items[0] == (0.0, 0) and items[-1] == (1.0, 255)
        assert [v for v, _ in items] == sorted(v for v, _ in items)
    probability = ET.parse(style_path("probability")).getroot()
    assert all(int(i.get("alpha")) == 0 for i in probability.iter("item")
               if float(i.get("value")) <= 0.1)


def test_patch_scores_grid_is_clipped_and_styled(tmp_path):
    grid = RasterGrid(50, 40, UTM_TRANSFORM, CRS.from_epsg(32632))
    tiles = [(Window(-8, -8, 32, 32), 0.2), (Window(24, -8, 32, 32), 0.9),
             (Window(24, 24, 32, 32), 0.5), (Window(60, 0, 32, 32), 1.0)]  # last: outside
    out = write_patch_scores(tiles, grid, tmp_path / "scores.gpkg", threshold=0.5,
                             model_name="ecsplain_r18")
    features = read_layer(out, "patch_scores")
    assert [(f["score"], f["detected"], f["row"], f["col"]) for f in features] == [
        (0.2, 0, -8, -8), (0.9, 1, -8, 24), (0.5, 0, 24, 24)]
    t = UTM_TRANSFORM
    assert features[0]["geometry"].equals(box(*(t * (0, 24)), *(t * (24, 0))))
    assert features[1]["geometry"].area == pytest.approx(24 * 26 * 225.0)
    assert features[2]["geometry"].area == pytest.approx(16 * 26 * 225.0)
    assert all(f["model"] == "ecsplain_r18" for f in features)
    assert layer_srs(out, "patch_scores").GetAuthorityCode(None) == "32632"
    assert _styles(out)[0][2:] == ("patch_scores", "geom", "default",
                                   read_style("patch_scores"), 1)


def test_patch_scores_without_threshold_leave_detected_null(tmp_path):
    grid = RasterGrid(10, 10, UTM_TRANSFORM, None)
    out = write_patch_scores([(Window(0, 0, 10, 10), 0.7)], grid, tmp_path / "s.gpkg")
    (feature,) = read_layer(out, "patch_scores")
    assert feature["detected"] is None and feature["score"] == pytest.approx(0.7)


def test_simplified_and_smoothed_outlines_stay_close(write_probability, tmp_path):
    rows, cols = np.mgrid[0:60, 0:60]
    prob = np.where((rows - 30) ** 2 + (cols - 28) ** 2 < 18 ** 2, 0.9, 0.1).astype(np.float32)
    prob[28:32, 26:30] = 0.2                            # a hole
    path = write_probability(prob, "radar")
    plain, refined = tmp_path / "plain.gpkg", tmp_path / "refined.gpkg"
    vectorize_probability(path, plain, threshold=0.5)
    vectorize_probability(path, refined, threshold=0.5, simplify_px=1.0, smooth=True)
    (exact,), (smooth,) = read_layer(plain), read_layer(refined)
    assert smooth["geometry"].is_valid and len(smooth["geometry"].geoms[0].interiors) == 1
    assert smooth["area_px"] == exact["area_px"] == round(exact["geometry"].area)
    assert smooth["geometry"].area == pytest.approx(exact["geometry"].area, rel=0.03)
    assert smooth["geometry"].hausdorff_distance(exact["geometry"]) < 1.5
    corners = len(exact["geometry"].geoms[0].exterior.coords)
    simplified = tmp_path / "simplified.gpkg"
    vectorize_probability(path, simplified, threshold=0.5, simplify_px=1.0)
    (fewer,) = read_layer(simplified)
    assert len(fewer["geometry"].geoms[0].exterior.coords) < corners / 2


def test_importing_the_package_stays_light():
    code = ("import sys, isslide_qgis.core.vectorize as v\n"
            "print(sorted(m for m in ('rasterio', 'scipy', 'torch', 'osgeo') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
