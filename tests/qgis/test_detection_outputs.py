"""isslide:detectmovingareas outputs through Processing: grids, nodata, cancel, failures, styles.

Acceptance 1, 3 and 4 of the detection issue, checked through ``processing.run`` on small
simulated scenes (sizes that are not multiples of the 100 px tile), and the styles of the
outputs once QGIS loads them into the project.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
from osgeo import ogr
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

FAST_MODEL = "sepunet_w8"
HEIGHT, WIDTH = 130, 170  # not multiples of the tile (100) nor of the stride (50)
HOLE = (slice(20, 70), slice(30, 100))  # nodata block in the middle of the scene


def _scene(folder: Path, crs: str | None, hole: bool = False) -> tuple[Path, Path]:
    from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene, write_scene

    scene = simulate_scene(7, SceneConfig(height=HEIGHT, width=WIDTH, crs=crs, optical=False))
    if hole:
        scene.phase[HOLE] = np.nan
    folder.mkdir(parents=True, exist_ok=True)
    paths = write_scene(scene, phase_path=folder / "20200701_20200707.tif",
                        coherence_path=folder / "coherence.tif")
    return paths["phase"], paths["coherence"]


def _parameters(phase: Path, coherence: Path, out: Path, **extra) -> dict:
    return {"INTERFEROGRAM": str(phase), "COHERENCE": str(coherence), "MODEL": FAST_MODEL,
            "THRESHOLD": 0.0, "MIN_AREA": 0, "THREADS": 1, "DEVICE": "cpu",
            "OUTPUT_PROBABILITY": str(out / "probability.tif"),
            "OUTPUT_AREAS": str(out / "areas.gpkg"), **extra}


def _layer_crs(path: str, layer: str) -> str:
    """The layer's CRS as WKT; "" when it has none (GeoPackage: an undefined Cartesian SRS)."""
    dataset = ogr.Open(path)  # keep: the layer dies with it
    reference = dataset.GetLayer(layer).GetSpatialRef()
    return "" if reference is None or reference.IsLocal() else reference.ExportToWkt()


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")
@pytest.mark.parametrize("crs", ["EPSG:32632", "EPSG:4326", None], ids=["utm", "wgs84", "no_crs"])
def test_outputs_lie_exactly_on_the_input_grid(isslide_provider, tmp_path: Path, crs) -> None:
    import processing

    phase, coherence = _scene(tmp_path / "in", crs)
    result = processing.run("isslide:detectmovingareas",
                            _parameters(phase, coherence, tmp_path / "out"))
    with rasterio.open(phase) as src, rasterio.open(result["OUTPUT_PROBABILITY"]) as out:
        assert (out.width, out.height) == (WIDTH, HEIGHT) == (src.width, src.height)
        assert out.transform == src.transform
        assert out.crs == src.crs and (out.crs is None) == (crs is None)
        assert np.isfinite(out.read(1)).any()
    loaded = QgsRasterLayer(result["OUTPUT_PROBABILITY"], "p")
    source = QgsRasterLayer(str(phase), "phase")
    assert loaded.extent() == source.extent() and loaded.crs() == source.crs()
    assert result["AREA_COUNT"] >= 1  # threshold 0: the valid area is one polygon at least
    areas_crs = _layer_crs(result["OUTPUT_AREAS"], "moving_areas")
    if crs is None:
        assert areas_crs == ""
    else:
        with rasterio.open(phase) as src:
            assert rasterio.crs.CRS.from_wkt(areas_crs) == src.crs


def test_nodata_stays_nodata_in_every_output(isslide_provider, tmp_path: Path) -> None:
    import processing

    phase, coherence = _scene(tmp_path / "in", "EPSG:32632", hole=True)
    result = processing.run("isslide:detectmovingareas", _parameters(
        phase, coherence, tmp_path / "out", MODEL="ecsplain_resnet18_w16",
        OUTPUT_PATCH_SCORES=str(tmp_path / "out" / "scores.gpkg")))
    with rasterio.open(phase) as src, rasterio.open(result["OUTPUT_PROBABILITY"]) as out:
        invalid = np.isnan(src.read(1))
        transform = src.transform
        assert invalid[HOLE].all()
        for band in out.read():  # probability and localisation
            np.testing.assert_array_equal(np.isnan(band), invalid)
    # polygons: threshold 0 makes every valid pixel an area, yet none enters the hole
    hole_polygon = ogr.CreateGeometryFromWkt(_window_wkt(transform, HOLE, inset=1))
    areas = ogr.Open(result["OUTPUT_AREAS"])
    features = list(areas.GetLayer("moving_areas"))
    assert features and all(
        f.GetGeometryRef().Intersection(hole_polygon).GetArea() == pytest.approx(0, abs=1e-6)
        for f in features)
    # patch scores: no tile lies entirely in the hole, and no score is NaN
    scores = ogr.Open(result["OUTPUT_PATCH_SCORES"])
    values = [f.GetField("score") for f in scores.GetLayer("patch_scores")]
    assert values and all(np.isfinite(v) and 0 <= v <= 1 for v in values)


def _window_wkt(transform, window: tuple[slice, slice], inset: int) -> str:
    rows, cols = window
    x0, y0 = transform * (cols.start + inset, rows.start + inset)
    x1, y1 = transform * (cols.stop - inset, rows.stop - inset)
    return f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"


def test_cancel_mid_run_leaves_no_output(isslide_provider, tmp_path: Path) -> None:
    import processing

    phase, coherence = _scene(tmp_path / "in", "EPSG:32632")
    feedback = QgsProcessingFeedback()
    seen = []

    def cancel_part_way(progress: float) -> None:
        seen.append(progress)
        if progress > 10:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_part_way)
    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException, match="cancel"):
        processing.run("isslide:detectmovingareas",
                       _parameters(phase, coherence, out, BATCH_SIZE=1), feedback=feedback)
    assert 10 < max(seen) < 100  # stopped part-way, not before starting
    assert not out.exists() or list(out.iterdir()) == []


def test_failing_model_leaves_no_output_and_says_what_failed(isslide_provider,
                                                             tmp_path: Path) -> None:
    """A network that cannot run on its card's patches (2 px) fails on the first tiles."""
    import processing
    import torch

    from isslide_qgis.core.models import get_model, make_card, save_checkpoint

    torch.manual_seed(0)
    checkpoint = save_checkpoint(tmp_path / "tiny.pt", get_model(FAST_MODEL).eval(),
                                 make_card(FAST_MODEL, patch_size=2, thresholds={"pixel": 0.5}))
    phase, coherence = _scene(tmp_path / "in", "EPSG:32632")
    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("isslide:detectmovingareas", _parameters(
            phase, coherence, out, CHECKPOINT=str(checkpoint)))
    message = str(raised.value)
    assert f"The model '{FAST_MODEL}' failed" in message and "too small" in message
    assert "no output was written" in message and "Traceback" not in message
    assert not out.exists() or list(out.iterdir()) == []


def test_ecsplain_views_parameter_chooses_the_fast_one_view_map(isslide_provider,
                                                                  tmp_path: Path) -> None:
    """VIEWS=1: ECSPLAIN's map from the tile alone; empty: the card's eight turned views."""
    import processing

    phase, coherence = _scene(tmp_path / "in", "EPSG:32632")
    maps = {}
    for views in ("1", None):
        result = processing.run("isslide:detectmovingareas", _parameters(
            phase, coherence, tmp_path / f"out{views}", MODEL="ecsplain_resnet18_w16",
            VIEWS=views))
        with rasterio.open(result["OUTPUT_PROBABILITY"]) as out:
            maps[views] = out.read(1)
    one, eight = maps["1"], maps[None]
    np.testing.assert_array_equal(np.isnan(one), np.isnan(eight))
    assert np.nanmax(np.abs(one - eight)) > 0.01  # two maps, not one computed twice


def test_outputs_are_styled_when_loaded(isslide_provider, tmp_path: Path) -> None:
    import processing

    phase, coherence = _scene(tmp_path / "in", "EPSG:32632")
    project = QgsProject.instance()
    try:
        result = processing.runAndLoadResults("isslide:detectmovingareas", _parameters(
            phase, coherence, tmp_path / "out", MODEL="ecsplain_resnet18_w16",
            OUTPUT_PATCH_SCORES=str(tmp_path / "out" / "scores.gpkg")))
        layers = {Path(layer.source().split("|")[0]).name: layer
                  for layer in project.mapLayers().values()}
        assert {"probability.tif", "areas.gpkg", "scores.gpkg"} <= set(layers)
        renderer = layers["probability.tif"].renderer()
        assert renderer.type() == "singlebandpseudocolor" and renderer.inputBand() == 1
        assert renderer.opacity() == pytest.approx(0.7)
        ramp = renderer.shader().rasterShaderFunction().colorRampItemList()
        assert [item.color.name() for item in ramp][-1] == "#bd0026"  # YlOrRd, up to 1
        assert (ramp[0].value, ramp[-1].value) == (0.0, 1.0)
        areas = layers["areas.gpkg"].renderer()
        assert areas.type() == "categorizedSymbol" and areas.classAttribute() == "review_status"
        scores = layers["scores.gpkg"].renderer()
        assert scores.type() == "graduatedSymbol" and scores.classAttribute() == "score"
        assert result["AREA_COUNT"] >= 1
    finally:
        project.removeAllMapLayers()


def test_vectorised_areas_get_the_style_post_processor(isslide_provider, tmp_path: Path) -> None:
    import processing

    from isslide_qgis.processing.styling import ShippedStyle

    phase, coherence = _scene(tmp_path / "in", "EPSG:32632")
    detected = processing.run("isslide:detectmovingareas", _parameters(
        phase, coherence, tmp_path / "out"))
    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    output = str(tmp_path / "out" / "again.gpkg")
    parameters = {"PROBABILITY": detected["OUTPUT_PROBABILITY"], "THRESHOLD": 0.0, "MIN_AREA": 0,
                  "OUTPUT_AREAS": QgsProcessingOutputLayerDefinition(output, project)}
    result = processing.run("isslide:vectorizeprobability", parameters, context=context)
    assert result["OUTPUT_AREAS"] == output and context.willLoadLayerOnCompletion(output)
    style = context.layerToLoadOnCompletionDetails(output).postProcessor()
    assert isinstance(style, ShippedStyle) and style.qml == "moving_areas.qml"
    layer = QgsVectorLayer(output, "areas")
    style.postProcessLayer(layer, context, QgsProcessingFeedback())
    assert layer.renderer().type() == "categorizedSymbol"
