"""Files: GeoTIFF properties, GeoPackage fields, no CRS, byte-identical output."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np
import pytest
import rasterio
from osgeo import ogr

from isslide_qgis.core.insar.simulation import (
    FILE_NAMES,
    SceneConfig,
    simulate_scene,
    write_scene,
    write_scene_folder,
)
from tests.unit.simulation.helpers import scene_with_bodies


def _hashes(paths: dict[str, Path]) -> dict[str, str]:
    return {name: hashlib.sha256(p.read_bytes()).hexdigest() for name, p in paths.items()}


def test_same_seed_gives_byte_identical_files(tmp_path: Path, small_config: SceneConfig) -> None:
    first = write_scene_folder(simulate_scene(21, small_config), tmp_path / "a")
    second = write_scene_folder(simulate_scene(21, small_config), tmp_path / "b")
    assert set(first) == set(FILE_NAMES)
    assert _hashes(first) == _hashes(second)
    third = write_scene_folder(simulate_scene(22, small_config), tmp_path / "c")
    assert _hashes(third)["phase"] != _hashes(first)["phase"]
    with sqlite3.connect(first["areas"]) as db:
        assert db.execute("select last_change from gpkg_contents").fetchall() == [("2000-01-01T00:00:00Z",)]


def test_geotiffs_roundtrip(tmp_path: Path, small_config: SceneConfig) -> None:
    scene = simulate_scene(2, small_config.replace(nodata_layout="swath"))
    paths = write_scene_folder(scene, tmp_path)
    with rasterio.open(paths["phase"]) as ds:
        assert ds.dtypes == ("float32",) and np.isnan(ds.nodata)
        assert ds.compression.name.lower() == "deflate"
        assert ds.crs.to_epsg() == 32632 and ds.transform == scene.transform
        np.testing.assert_array_equal(ds.read(1), scene.phase)
    with rasterio.open(paths["coherence"]) as ds:
        np.testing.assert_array_equal(ds.read(1), scene.coherence)
    with rasterio.open(paths["truth"]) as ds:
        assert ds.dtypes == ("uint8",) and ds.nodata is None
        np.testing.assert_array_equal(ds.read(1), scene.truth)
    with rasterio.open(paths["optical"]) as ds:
        assert ds.count == 3 and ds.dtypes == ("uint8",) * 3
        assert ds.transform == scene.optical_transform and ds.shape == scene.optical.shape[1:]
        assert [c.name for c in ds.colorinterp] == ["red", "green", "blue"]
        assert np.abs(ds.read().astype(int) - scene.optical).mean() < 6  # JPEG, quality 90


def test_tiled_for_large_rasters(tmp_path: Path) -> None:
    scene = simulate_scene(1, SceneConfig(height=300, width=280, optical=False, n_bodies=(0, 1)))
    paths = write_scene(scene, dem_path=tmp_path / "dem.tif")
    with rasterio.open(paths["dem"]) as ds:
        assert ds.profile["tiled"] and ds.block_shapes == [(256, 256)]
        np.testing.assert_array_equal(ds.read(1), scene.dem)


def test_zero_nodata_convention(tmp_path: Path, small_config: SceneConfig) -> None:
    scene = simulate_scene(2, small_config.replace(nodata_layout="swath", optical=False))
    paths = write_scene(
        scene, phase_path=tmp_path / "p.tif", coherence_path=tmp_path / "c.tif", float_nodata=0.0
    )
    for name, array in (("phase", scene.phase), ("coherence", scene.coherence)):
        with rasterio.open(paths[name]) as ds:
            data = ds.read(1)
            assert ds.nodata == 0.0 and not np.isnan(data).any()
            np.testing.assert_array_equal(data[~scene.valid], 0.0)
            np.testing.assert_array_equal(data[scene.valid], array[scene.valid])


def test_truth_nodata_option(tmp_path: Path, small_config: SceneConfig) -> None:
    scene = simulate_scene(2, small_config.replace(nodata_layout="swath", optical=False))
    paths = write_scene(scene, truth_path=tmp_path / "t.tif", truth_nodata=255)
    with rasterio.open(paths["truth"]) as ds:
        data = ds.read(1)
        assert ds.nodata == 255
        np.testing.assert_array_equal(data == 255, ~scene.valid)
        np.testing.assert_array_equal(data[scene.valid], scene.truth[scene.valid])


def test_geopackage_fields_and_geometries(tmp_path: Path, small_config: SceneConfig) -> None:
    scene = scene_with_bodies(small_config.replace(n_bodies=(3, 3), nodata_layout="none"), first_seed=6)
    path = write_scene(scene, areas_path=tmp_path / "areas.gpkg", decoys_layer=True)["areas"]
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("moving_areas")
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    assert names[:5] == ["id", "rate_mm_day", "area_m2", "peak_los_mm", "baseline_days"]
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "32632"
    features = list(layer)
    assert len(features) == len(scene.detectable_bodies) >= 1
    for feature, body in zip(features, scene.detectable_bodies):
        assert feature.GetField("id") == body["id"]
        assert feature.GetField("rate_mm_day") == pytest.approx(body["rate_mm_per_day"])
        assert feature.GetField("peak_los_mm") == pytest.approx(body["rate_mm_per_day"] * 6)
        assert feature.GetField("baseline_days") == 6
        assert feature.GetGeometryRef().GetArea() == pytest.approx(body["area_m2"], rel=1e-6)
    assert ds.GetLayerByName("decoys").GetFeatureCount() == len(scene.decoys)


def test_no_crs_gives_files_without_crs(tmp_path: Path) -> None:
    scene = simulate_scene(3, SceneConfig(height=96, width=96, crs=None, optical_factor=2))
    paths = write_scene_folder(scene, tmp_path)
    for name in ("phase", "coherence", "truth", "dem", "optical"):
        with rasterio.open(paths[name]) as ds:
            assert ds.crs is None or not ds.crs.to_wkt(), name
    with rasterio.open(paths["optical"]) as ds:
        assert ds.transform.a == pytest.approx(0.5)
    ds = ogr.Open(str(paths["areas"]))  # keep the datasource alive while its layer is used
    srs = ds.GetLayerByName("moving_areas").GetSpatialRef()
    assert srs is None or srs.IsLocal()


def test_missing_optical_is_reported(tmp_path: Path) -> None:
    from isslide_qgis.core.errors import IsslideError

    scene = simulate_scene(3, SceneConfig(height=64, width=64, optical=False))
    assert "optical" not in write_scene_folder(scene, tmp_path)
    with pytest.raises(IsslideError, match="optical"):
        write_scene(scene, optical_path=tmp_path / "o.tif")
