"""Blending removes seams: shifted tile grids agree, and the map is as smooth as the untiled one."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from isslide_qgis.core.inference import predict_array
from isslide_qgis.core.insar.channels import make_channels
from isslide_qgis.core.models import get_model, make_card
from tests.unit.inference.conftest import ContextModel, smooth_scene


def _shift_difference(phase, coherence, model, card, window, overlap, offset):
    options = dict(device="cpu", overlap=overlap, window=window, batch_size=32)
    first = predict_array(phase, coherence, model, card, **options)
    second = predict_array(phase, coherence, model, card, offset=offset, **options)
    return np.abs(first - second)


@pytest.fixture(scope="module")
def scene():
    return smooth_scene(160, 160, seed=4)


@pytest.fixture(scope="module")
def contrasted_unet():
    """A randomly initialised compact U-Net whose head is scaled so that its map varies."""
    torch.manual_seed(0)
    model = get_model("unet_w8").eval()
    with torch.no_grad():
        model.head.weight.mul_(30.0)
    return model


def test_registry_segmenter_grids_half_a_tile_apart_agree(scene, contrasted_unet):
    card = make_card("unet_w8", patch_size=32)
    # overlap 8: stride 24, so a shift of half a tile (16 px) gives a different grid
    blended = _shift_difference(*scene, contrasted_unet, card, "taper", 8, (16, 16))
    assert blended.mean() < 0.01 and np.percentile(blended, 99) < 0.05
    averaged = _shift_difference(*scene, contrasted_unet, card, "uniform", 8, (16, 16))
    assert averaged.mean() > 3 * blended.mean()
    assert np.percentile(averaged, 99) > 3 * np.percentile(blended, 99)


def _gradient_of(error: np.ndarray) -> np.ndarray:
    return np.maximum(np.abs(np.diff(error, axis=0))[:, :-1], np.abs(np.diff(error, axis=1))[:-1])


def test_wide_context_model_blended_without_seams_at_the_default_overlap(scene):
    """ContextModel looks 12 px around each pixel; the default overlap (16 of 32) tapers it away.

    At the default overlap (half a tile) a half-tile shift lands on the same grid, so the grids
    are shifted by half the stride (8 px), the largest possible difference.
    """
    phase, coherence = scene
    model = ContextModel(sigma=4.0)
    card = make_card("unet_w8", patch_size=32)
    blended = _shift_difference(phase, coherence, model, card, "taper", 16, (8, 8))
    assert blended.mean() < 0.01 and np.percentile(blended, 99) < 0.05
    averaged = _shift_difference(phase, coherence, model, card, "uniform", 16, (8, 8))
    assert averaged.mean() > 5 * blended.mean()

    channels = torch.from_numpy(np.nan_to_num(make_channels(phase, coherence, "coh_cos_sin")))
    with torch.no_grad():
        untiled = torch.sigmoid(model(channels[None]))[0, 0].numpy()
    jumps = {}
    for window in ("taper", "uniform", "centre_crop"):
        tiled = predict_array(phase, coherence, model, card, device="cpu", overlap=16,
                              window=window)
        error = tiled - untiled
        jumps[window] = _gradient_of(error).max()  # a seam is a jump of the tiling error
        if window == "taper":
            assert np.abs(error).mean() < 0.005
    assert jumps["taper"] < 0.02
    assert jumps["centre_crop"] > 2 * jumps["taper"]  # centre-crop stitching leaves seams
    assert jumps["uniform"] > 10 * jumps["taper"]


def test_engine_places_tiles_on_the_lattice_of_the_architecture(scene, contrasted_unet):
    """unet_w8 downsamples by 4: stride 15 and offset 5 are snapped to 16 and 4."""
    from isslide_qgis.core.inference import run_inference
    from isslide_qgis.core.inference.sources import ArraySource
    from isslide_qgis.core.inference.writers import ArraySink

    phase, coherence = scene
    card = make_card("unet_w8", patch_size=30)
    sink = ArraySink()
    summary = run_inference(ArraySource(phase, coherence), contrasted_unet, card, sink=sink,
                            device="cpu", offset=(5, 5))
    assert summary.overlap == 14
    aligned = predict_array(phase, coherence, contrasted_unet, card, device="cpu", overlap=14,
                            offset=(4, 4))
    np.testing.assert_array_equal(sink.band("probability"), aligned)
    other = predict_array(phase, coherence, contrasted_unet, card, device="cpu", overlap=14,
                          offset=(6, 6))  # snapped to 8: another grid on the same lattice
    assert 0 < np.abs(other - aligned).max()
