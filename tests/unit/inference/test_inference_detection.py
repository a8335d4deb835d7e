"""detect_moving_areas: probability raster on the input grid, polygons, patch scores, and
nothing left behind when cancelled. Random-weight checkpoints are enough for these checks."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
import torch
from osgeo import ogr

from isslide_qgis.core.errors import OperationCanceled
from isslide_qgis.core.inference.detection import DetectionRequest, DetectionSettings, detect_moving_areas, \
    map_threshold, radar_min_area_px
from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene, write_scene
from isslide_qgis.core.models import get_model, make_card, save_checkpoint


def _checkpoint(tmp_path: Path, name: str, **thresholds) -> Path:
    torch.manual_seed(0)
    card = make_card(name, thresholds=thresholds or {"pixel": 0.5})
    return save_checkpoint(tmp_path / f"{name}.pt", get_model(name).eval(), card)


def _scene(tmp_path: Path, crs: str | None = "EPSG:32632") -> tuple[Path, Path]:
    scene = simulate_scene(5, SceneConfig(height=150, width=170, crs=crs, optical=False))
    paths = write_scene(scene, phase_path=tmp_path / "20200701_20200707.tif",
                        coherence_path=tmp_path / "coherence.tif")
    return paths["phase"], paths["coherence"]


def _features(path: Path) -> list[dict]:
    dataset = ogr.Open(str(path))
    return [feature.items() for feature in dataset.GetLayer("moving_areas")]


def test_segmenter_detection_writes_aligned_raster_and_areas(tmp_path: Path) -> None:
    torch.set_num_threads(1)
    phase, coherence = _scene(tmp_path)
    settings = DetectionSettings(_checkpoint(tmp_path, "unet_w8"), threshold=0.0, min_area_m2=0.0)
    request = DetectionRequest(phase, settings, tmp_path / "prob.tif", coherence_path=coherence,
                               areas_path=tmp_path / "areas.gpkg")
    result = detect_moving_areas(request)
    with rasterio.open(phase) as src, rasterio.open(result.probability_path) as out:
        assert (out.crs, out.transform, out.shape) == (src.crs, src.transform, src.shape)
        invalid = np.isnan(src.read(1))
        assert np.isnan(out.read(1)[invalid]).all()
    features = _features(tmp_path / "areas.gpkg")
    assert result.areas == len(features) >= 1  # threshold 0: every valid region is an area
    assert features[0]["interferogram"] == "20200701_20200707"
    assert features[0]["baseline_days"] == 6 and features[0]["model"] == "unet_w8"


def test_ecsplain_detection_writes_patch_scores(tmp_path: Path) -> None:
    torch.set_num_threads(1)
    phase, coherence = _scene(tmp_path)
    checkpoint = _checkpoint(tmp_path, "ecsplain_resnet18_w16", detection=0.5, localisation=0.4)
    request = DetectionRequest(phase, DetectionSettings(checkpoint), tmp_path / "prob.tif", coherence_path=coherence,
                               areas_path=tmp_path / "areas.gpkg",
                               patch_scores_path=tmp_path / "scores.gpkg")
    result = detect_moving_areas(request)
    assert result.threshold == pytest.approx(0.2)  # detection x localisation without "pixel"
    with rasterio.open(result.probability_path) as out:
        assert out.count == 2  # probability, localisation
    dataset = ogr.Open(str(result.patch_scores_path))  # keep: the layer dies with it
    assert dataset.GetLayer("patch_scores").GetFeatureCount() > 0


def test_cancelled_detection_leaves_nothing(tmp_path: Path) -> None:
    phase, coherence = _scene(tmp_path)
    request = DetectionRequest(phase, DetectionSettings(_checkpoint(tmp_path, "unet_w8")),
                               tmp_path / "prob.tif", coherence_path=coherence,
                               areas_path=tmp_path / "areas.gpkg")
    with pytest.raises(OperationCanceled):
        detect_moving_areas(request, is_canceled=lambda: True)
    assert not (tmp_path / "prob.tif").exists() and not (tmp_path / "areas.gpkg").exists()


def test_radar_geometry_minimum_area_in_pixels(tmp_path: Path) -> None:
    phase, coherence = _scene(tmp_path, crs=None)
    settings = DetectionSettings(_checkpoint(tmp_path, "unet_w8"), threshold=0.0, min_area_m2=10_000.0)
    request = DetectionRequest(phase, settings, tmp_path / "prob.tif", coherence_path=coherence,
                               areas_path=tmp_path / "areas.gpkg")
    result = detect_moving_areas(request)
    assert any("47 pixels" in note for note in result.notes)
    assert radar_min_area_px(10_000.0) == pytest.approx(46.66, abs=0.01)
    assert result.areas >= 1


def test_map_threshold_prefers_the_pixel_threshold() -> None:
    assert map_threshold(make_card("unet_w8", thresholds={"pixel": 0.37})) == 0.37


def test_gdal_cache_is_capped_from_validation_to_vectorisation(tmp_path: Path, monkeypatch) -> None:
    """GDAL's cache would otherwise fill with the whole raster (validation reads all blocks)."""
    from osgeo import gdal

    from isslide_qgis.core import vectorize
    from isslide_qgis.core.inference.gdal_cache import MIN_CACHE_BYTES
    from isslide_qgis.core.insar import reading

    phase, coherence = _scene(tmp_path)
    seen = {}
    opening = reading.InterferogramReader.__init__
    vectorise = vectorize.vectorize_probability

    def record_open(self, *args, **kwargs):
        seen["validation"] = gdal.GetCacheMax()
        opening(self, *args, **kwargs)

    def record_vectorise(*args, **kwargs):
        seen["vectorisation"] = gdal.GetCacheMax()
        return vectorise(*args, **kwargs)

    monkeypatch.setattr(reading.InterferogramReader, "__init__", record_open)
    monkeypatch.setattr(vectorize, "vectorize_probability", record_vectorise)
    before = gdal.GetCacheMax()
    try:
        gdal.SetCacheMax(1024 * 2**20)
        request = DetectionRequest(phase, DetectionSettings(_checkpoint(tmp_path, "unet_w8")),
                                   tmp_path / "p.tif", coherence_path=coherence,
                                   areas_path=tmp_path / "a.gpkg")
        detect_moving_areas(request)
        assert seen == {"validation": MIN_CACHE_BYTES, "vectorisation": MIN_CACHE_BYTES}
        assert gdal.GetCacheMax() == 1024 * 2**20  # restored
    finally:
        gdal.SetCacheMax(before)


def test_card_with_views_sets_ecsplain_views_only() -> None:
    from isslide_qgis.core.errors import InputDataError
    from isslide_qgis.core.inference.detection import card_with_views

    ecsplain = make_card("ecsplain_resnet18_w16", training={"detection_views": 8, "cam_method": "gradcam"})
    assert card_with_views(ecsplain, 1).training == {"detection_views": 1, "cam_method": "gradcam"}
    assert card_with_views(ecsplain, None) is ecsplain and ecsplain.training["detection_views"] == 8
    segmenter = make_card("fcn_resnet18_w16")
    assert card_with_views(segmenter, 1) is segmenter
    with pytest.raises(InputDataError, match="not 2"):
        card_with_views(ecsplain, 2)
