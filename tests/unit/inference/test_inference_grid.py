"""The result raster lies on the input's grid exactly, and arrays and rasters give one result."""
from __future__ import annotations


import numpy as np
import pytest
import rasterio
import torch

from isslide_qgis.core.inference import ArraySource, predict_array, predict_raster
from isslide_qgis.core.insar.reading import InterferogramReader
from isslide_qgis.core.models import get_model, make_card
from tests.unit.inference.conftest import PixelModel, expected_pixel_probability, smooth_scene
from tests.unit.insar.insar_synthetic import UTM, UTM_TRANSFORM, WGS84, WGS84_TRANSFORM

GRIDS = {
    "utm": (UTM, UTM_TRANSFORM),
    "wgs84": (WGS84, WGS84_TRANSFORM),
    "no_crs": (None, None),
}


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")
@pytest.mark.parametrize("name", list(GRIDS))
def test_output_has_the_inputs_crs_transform_and_size(name, tmp_path, write_pair, segmenter_card):
    crs, transform = GRIDS[name]
    phase, coherence = smooth_scene(37, 53, seed=1)  # not a multiple of the 16 px tile
    phase[:5, :7] = np.nan
    paths = write_pair(phase, coherence, crs, transform)
    out = tmp_path / "out" / "probability.tif"
    with InterferogramReader(*paths) as reader:
        summary = predict_raster(reader, out, PixelModel(), segmenter_card(16), device="cpu",
                                 batch_size=4)
        with rasterio.open(paths[0]) as src, rasterio.open(out) as dst:
            assert (dst.width, dst.height, dst.count) == (53, 37, 1)
            assert dst.transform == src.transform
            assert dst.crs == src.crs
            assert (dst.crs is None) == (crs is None)
            assert dst.dtypes == ("float32",) and np.isnan(dst.nodata)
            assert dst.compression.value == "DEFLATE" and dst.profile["tiled"]
            assert dst.descriptions == ("probability",)
            assert dst.tags()["model"] == "unet_w8"
            values = dst.read(1)
    expected = expected_pixel_probability(coherence)
    expected[:5, :7] = np.nan
    np.testing.assert_allclose(values, expected, rtol=0, atol=1e-6)  # NaN where NaN
    assert summary.tiles_total == 6 * 8 and summary.pixels == 37 * 53  # starts -8, 0, .., 32|48
    assert [p.name for p in out.parent.iterdir()] == ["probability.tif"]  # no temporary left


def test_predict_array_equals_predict_raster(tmp_path, write_pair):
    torch.manual_seed(0)
    model = get_model("unet_w8")
    card = make_card("unet_w8", patch_size=24)
    phase, coherence = smooth_scene(45, 61, seed=2)
    coherence[30:, 40:] = np.nan
    paths = write_pair(phase, coherence, UTM, UTM_TRANSFORM)
    options = dict(device="cpu", overlap=8, batch_size=5)
    with InterferogramReader(*paths) as reader:
        predict_raster(reader, tmp_path / "p.tif", model, card, **options)
        in_memory = predict_array(phase, coherence, model, card, grid=reader.grid, **options)
    with rasterio.open(tmp_path / "p.tif") as dst:
        on_disk = dst.read(1)
    assert np.isnan(on_disk[30:, 40:]).all() and np.isfinite(on_disk[:30]).all()
    assert np.nanstd(on_disk) > 1e-4  # a real map, not a constant
    np.testing.assert_allclose(in_memory, on_disk, rtol=0, atol=1e-6)


def test_ecsplain_raster_has_two_named_bands_and_cog_layout(tmp_path, write_pair):
    torch.manual_seed(0)
    model = get_model("ecsplain_resnet18_w16")
    card = make_card("ecsplain_resnet18_w16", patch_size=32)
    phase, coherence = smooth_scene(40, 50, seed=3)
    paths = write_pair(phase, coherence, WGS84, WGS84_TRANSFORM)
    with InterferogramReader(*paths) as reader:
        summary = predict_raster(reader, tmp_path / "e.tif", model, card, device="cpu", cog=True)
    with rasterio.open(tmp_path / "e.tif") as dst:
        assert dst.descriptions == ("probability", "localisation")
        assert dst.tags(ns="IMAGE_STRUCTURE").get("LAYOUT") == "COG"
        assert dst.crs == rasterio.crs.CRS.from_string(WGS84) and dst.transform == WGS84_TRANSFORM
        probability, localisation = dst.read()
    assert len(summary.tile_scores) == summary.tiles_processed == summary.tiles_total == 4 * 5
    assert np.all(probability <= localisation + 1e-6)  # score * CAM, or the CAM where gated, <= CAM
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.tif", "inputs"]


def test_array_source_reads_boundless_and_checks_shapes():
    phase = np.arange(12, dtype=np.float32).reshape(3, 4)
    source = ArraySource(phase, np.ones((3, 4)))
    data = source.read(rasterio.windows.Window(-1, 2, 3, 2))
    assert np.isnan(data.phase[:, 0]).all() and np.isnan(data.phase[1]).all()
    np.testing.assert_array_equal(data.phase[0, 1:], [8, 9])
    np.testing.assert_array_equal(data.valid, [[False, True, True], [False, False, False]])
    with pytest.raises(Exception, match=r"\(3, 4\), \(4, 3\)"):
        ArraySource(phase, np.ones((4, 3)))


def test_geotiff_sink_writes_irregular_row_blocks_in_whole_tile_rows(tmp_path):
    from affine import Affine

    from isslide_qgis.core.inference import GeoTiffSink
    from isslide_qgis.core.insar.grid import RasterGrid

    grid = RasterGrid(40, 70, Affine(15.0, 0, 320000.0, 0, -15.0, 4960000.0),
                      rasterio.crs.CRS.from_string(UTM))
    values = np.random.default_rng(0).random((2, 70, 40)).astype(np.float32)
    values[:, 3, 5] = np.nan
    sink = GeoTiffSink(tmp_path / "s.tif", grid, block_size=16)
    with sink.opened(grid, ("a", "b")):
        for start, stop in ((0, 7), (7, 30), (30, 33), (33, 70)):
            sink.write(start, values[:, start:stop])
    with rasterio.open(tmp_path / "s.tif") as dst:
        assert dst.block_shapes == [(16, 16), (16, 16)] and dst.descriptions == ("a", "b")
        np.testing.assert_array_equal(dst.read(), values)
