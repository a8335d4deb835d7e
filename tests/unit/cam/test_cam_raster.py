"""Whole-raster CAMs through the detection engine: targets, nodata, polygons, GeoTIFF output."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
import torch
from shapely.geometry import box

from isslide_qgis.core.cam import (
    CAM_TARGET_TITLES,
    CAM_TARGETS,
    METHOD_CAM_LAYERS,
    ClassifierLogit,
    MaskedLogitSum,
    TilePolygons,
    default_cam_layers,
    get_cam_method,
)
from isslide_qgis.core.cam.raster import (
    CamRasterRequest,
    class_activation_array,
    class_activation_raster,
    setup_cam,
)
from isslide_qgis.core.cam.views import views
from isslide_qgis.core.errors import InputDataError, ModelError, OperationCanceled
from isslide_qgis.core.inference import ArraySource
from isslide_qgis.core.insar.channels import make_channels
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.models import get_model, make_card, save_checkpoint
from tests.unit.insar.insar_synthetic import UTM, UTM_TRANSFORM, write_tif

TILE = 32


@pytest.fixture(autouse=True)
def one_thread():
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


def scene(height: int = 64, width: int = 80, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Fringes in a disc (a 'moving body') over noise, coherence in (0.2, 1)."""
    rng = np.random.default_rng(seed)
    rows, cols = np.mgrid[0:height, 0:width]
    body = np.exp(-((rows - height / 2) ** 2 + (cols - width / 3) ** 2) / 60.0)
    phase = np.angle(np.exp(1j * (8 * body + 0.3 * rng.standard_normal((height, width)))))
    coherence = rng.uniform(0.2, 1.0, (height, width))
    return phase.astype(np.float32), coherence.astype(np.float32)


def network(name: str) -> tuple[torch.nn.Module, object]:
    torch.manual_seed(0)
    card = make_card(name, patch_size=TILE)
    return get_model(name).eval(), card


def direct_inputs(phase, coherence, card) -> torch.Tensor:
    channels = make_channels(phase, coherence, card.input_convention, 0.0)
    return torch.from_numpy(np.nan_to_num(channels, nan=0.0))[None]


def test_target_names_match_their_titles():
    assert list(CAM_TARGETS) == list(CAM_TARGET_TITLES) == ["prediction", "polygons", "all"]


@pytest.mark.parametrize("method", ["gradcam", "scorecam"])
def test_one_tile_raster_equals_the_cam_of_the_patch(method):
    """A raster of one tile (no overlap): the engine adds nothing to the method's map."""
    model, card = network("ecsplain_resnet18_w16")
    phase, coherence = scene(TILE, TILE)
    raster = class_activation_array((phase, coherence), model, card, method=method, target="all",
                                    overlap=0)
    options = {"channel_fraction": 0.25} if method == "scorecam" else {}
    direct = get_cam_method(method, **options)(model, direct_inputs(phase, coherence, card),
                                               ClassifierLogit(),
                                               default_cam_layers(model, card.architecture, method))
    np.testing.assert_allclose(raster, direct.fused[0].numpy(), atol=1e-5)


@pytest.mark.parametrize("name, target", [("ecsplain_resnet18_w16", "all"),
                                          ("unet_w8", "polygons")])
def test_eight_views_average_the_maps_of_the_turned_tile_turned_back(name, target):
    """Each view explains the turned tile (and the turned polygon region), its map is turned
    back; the mean therefore turns with the tile, which a single view's map does not."""
    model, card = network(name)
    phase, coherence = scene(TILE, TILE)
    grid = RasterGrid(TILE, TILE, UTM_TRANSFORM, rasterio.crs.CRS.from_string(UTM))
    x0, y0 = UTM_TRANSFORM * (4, 20)
    x1, y1 = UTM_TRANSFORM * (12, 10)
    options = dict(target=target, polygons=[box(x0, y0, x1, y1).buffer(-1.0)] if target == "polygons"
                   else (), overlap=0)
    eight = class_activation_array(ArraySource(phase, coherence, grid), model, card, views=8, **options)
    inputs = direct_inputs(phase, coherence, card)
    region = torch.zeros(1, TILE, TILE)
    region[0, 10:20, 4:12] = 1.0
    layers = default_cam_layers(model, card.architecture, "gradcam")
    expected = torch.zeros(TILE, TILE)
    for view in views(8):
        score = ClassifierLogit() if target == "all" else MaskedLogitSum(view.apply(region))
        expected += view.undo(get_cam_method("gradcam")(model, view.apply(inputs), score,
                                                        layers).fused[0])
    np.testing.assert_allclose(eight, expected.numpy() / 8, atol=1e-5)
    if target == "all":  # the mean map of the mirrored tile is the mirrored mean map
        mirrored = class_activation_array((phase[:, ::-1].copy(), coherence[:, ::-1].copy()),
                                          model, card, views=8, **options)
        np.testing.assert_allclose(mirrored, eight[:, ::-1], atol=1e-5)
        one = class_activation_array((phase, coherence), model, card, views=1, **options)
        assert np.abs(one - eight).max() > 0.05


def test_views_are_the_eight_symmetries_of_the_square():
    tile = torch.arange(9.0).reshape(3, 3)
    turned = {tuple(view.apply(tile).flatten().tolist()) for view in views(8)}
    assert len(turned) == 8 and views(1)[0].apply(tile).equal(tile)
    assert all(view.undo(view.apply(tile)).equal(tile) for view in views(8))
    with pytest.raises(InputDataError, match="8 views"):
        views(4)


def test_segmenter_polygons_are_rasterised_onto_the_tile():
    model, card = network("unet_w8")
    phase, coherence = scene(TILE, TILE)
    grid = RasterGrid(TILE, TILE, UTM_TRANSFORM, rasterio.crs.CRS.from_string(UTM))
    x0, y0 = UTM_TRANSFORM * (4, 20)  # pixel corners (col, row): rows 10..20, cols 4..12
    x1, y1 = UTM_TRANSFORM * (12, 10)
    polygon = box(x0, y0, x1, y1).buffer(-1.0)  # inside the pixels: all_touched keeps them
    raster = class_activation_array(ArraySource(phase, coherence, grid), model, card,
                                    target="polygons", polygons=[polygon], overlap=0)
    mask = torch.zeros(TILE, TILE)
    mask[10:20, 4:12] = 1.0
    direct = get_cam_method("gradcam")(model, direct_inputs(phase, coherence, card),
                                       MaskedLogitSum(mask), METHOD_CAM_LAYERS[("unet", "gradcam")])
    np.testing.assert_allclose(raster, direct.fused[0].numpy(), atol=1e-5)


def test_tile_polygons_mask_follows_the_window():
    polygons = TilePolygons([box(*(UTM_TRANSFORM * (5, 9)), *(UTM_TRANSFORM * (7, 6)))], UTM_TRANSFORM)
    from rasterio.windows import Window

    mask = polygons.mask(Window(4, 5, 8, 8))  # the box covers cols 5-6, rows 6-8
    expected = np.zeros((8, 8), dtype=bool)
    expected[1:4, 1:3] = True
    np.testing.assert_array_equal(mask, expected)
    assert not polygons.mask(Window(40, 40, 8, 8)).any()
    assert not polygons.mask(Window(-20, -20, 8, 8)).any()


def test_ecsplain_polygons_select_the_explained_tiles():
    model, card = network("ecsplain_resnet18_w16")
    phase, coherence = scene(64, 160)
    polygon = box(*(UTM_TRANSFORM * (8, 40)), *(UTM_TRANSFORM * (24, 24)))  # near the left
    grid = RasterGrid(160, 64, UTM_TRANSFORM, rasterio.crs.CRS.from_string(UTM))
    cam = class_activation_array(ArraySource(phase, coherence, grid), model, card,
                                 target="polygons", polygons=[polygon])
    every = class_activation_array(ArraySource(phase, coherence, grid), model, card, target="all")
    assert np.isfinite(cam).all()
    # every tile covering a pixel of the polygon is explained: the same blend as 'all' there
    np.testing.assert_allclose(cam[24:40, 8:24], every[24:40, 8:24], atol=1e-6)
    assert cam[24:40, 8:24].max() > 0
    assert (cam[:, 80:] == 0).all() and every[:, 80:].max() > 0  # no tile there touches it


def test_nothing_detected_gives_zeros_and_nodata_stays_nan():
    model, card = network("unet_w8")
    phase, coherence = scene()
    phase[:, :20] = np.nan  # nodata on the left (more than a tile wide with the overlap)
    setup = setup_cam(model, card, target="prediction", threshold=1.0, device="cpu")
    cam = class_activation_array((phase, coherence), model, card, target="prediction",
                                 threshold=1.0)
    assert np.isnan(cam[:, :20]).all() and (cam[:, 20:] == 0).all()
    assert setup.predictor.tiles_explained == 0


@pytest.mark.parametrize("method", ["gradcam", "layercam", "scorecam", "normgrad", "normgrad_selective"])
def test_every_method_over_a_raster_with_nodata(method):
    model, card = network("fcn_resnet18_w16")
    phase, coherence = scene()
    phase[40:, 60:] = np.nan
    cam = class_activation_array((phase, coherence), model, card, method=method, target="all")
    assert cam.shape == phase.shape
    assert np.isnan(cam[48:, 68:]).all()  # no valid pixel within the tiles' reach... far corner
    finite = cam[np.isfinite(phase)]
    assert np.isfinite(finite).all() and finite.min() >= 0 and finite.max() <= 1 and finite.max() > 0


def test_wrong_choices_are_reported_clearly():
    model, card = network("unet_w8")
    with pytest.raises(InputDataError, match="no polygon"):
        setup_cam(model, card, target="polygons", polygons=[])
    with pytest.raises(ModelError, match="encoder.9"):
        setup_cam(model, card, layers="encoder.9")
    with pytest.raises(InputDataError, match="gradcam"):
        setup_cam(model, card, method="smoothgrad")
    notes = setup_cam(model, card, polygons=[box(0, 0, 1, 1)]).notes
    assert any("not used" in note for note in notes)
    cost = setup_cam(model, card, method="scorecam").notes
    assert any("masked forward passes per explained tile" in note for note in cost)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    phase, coherence = scene(70, 90)
    phase[:5, :5] = np.nan
    model, card = network("ecsplain_resnet18_w16")
    return {"phase": write_tif(tmp_path / "phase.tif", phase, nodata=float("nan")),
            "coherence": write_tif(tmp_path / "coh.tif", coherence),
            "checkpoint": save_checkpoint(tmp_path / "ecsplain.pt", model, card),
            "out": tmp_path / "out" / "cam.tif"}


def test_geotiff_is_georeferenced_float32_with_nodata_and_tags(files):
    files["out"].parent.mkdir()
    result = class_activation_raster(CamRasterRequest(
        files["phase"], files["checkpoint"], files["out"], files["coherence"], method="layercam",
        target="all", device="cpu"))
    with rasterio.open(files["phase"]) as src, rasterio.open(result.path) as out:
        assert (out.crs, out.transform, out.shape) == (src.crs, src.transform, src.shape)
        assert out.count == 1 and out.dtypes[0] == "float32" and np.isnan(out.nodata)
        assert out.descriptions == ("cam",)
        data = out.read(1)
        tags = out.tags()
    assert np.isnan(data[:5, :5]).all() and np.isfinite(data[10:, 10:]).all()
    assert tags["cam_method"] == "layercam" and tags["cam_target"] == "all"
    assert tags["cam_views"] == "8"  # the whole-raster default: the tile's eight symmetries
    assert tags["model"] == "ecsplain_resnet18_w16"
    assert result.tiles_explained == result.summary.tiles_processed > 0
    assert result.layers == tuple(tags["cam_layers"].split(","))


def test_cancelled_run_leaves_no_file(files):
    files["out"].parent.mkdir()
    calls = []

    def cancel_later() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(OperationCanceled, match="no output"):
        class_activation_raster(CamRasterRequest(
            files["phase"], files["checkpoint"], files["out"], files["coherence"],
            method="scorecam", target="all", device="cpu"), is_canceled=cancel_later)
    assert list(files["out"].parent.iterdir()) == []
