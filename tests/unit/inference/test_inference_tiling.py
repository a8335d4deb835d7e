"""The tile grid covers every pixel evenly; blending windows and the strip accumulator."""
from __future__ import annotations

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.inference.blending import WEIGHT_FLOOR, StripAccumulator, weight_window
from isslide_qgis.core.inference.tiling import (TileGrid, aligned_tiling, tile_starts,
                                                tile_windows)


@pytest.mark.parametrize("length, tile, overlap, offset", [
    (100, 16, 8, 0), (37, 16, 8, 5), (64, 16, 0, 0), (50, 20, 5, 13), (7, 16, 8, 0),
])
def test_every_pixel_is_covered_by_the_same_number_of_tiles(length, tile, overlap, offset):
    stride = tile - overlap
    starts = tile_starts(length, tile, stride, offset)
    assert all((s - offset) % stride == 0 for s in starts)
    assert starts[0] > -tile and starts[0] - stride <= -tile and starts[-1] < length
    cover = np.zeros(length, int)
    for s in starts:
        cover[max(s, 0):s + tile] += 1
    # every pixel, edges included, lies in floor or ceil of tile / stride tiles
    assert set(np.unique(cover)) <= {tile // stride, -(-tile // stride)}
    if tile % stride == 0:
        assert np.all(cover == tile // stride)


def test_tile_windows_row_by_row_with_boundless_edges():
    windows = tile_windows(10, 7, tile=4, overlap=2)
    assert len(windows) == 6 * 5  # rows -2,0,..,8 ; cols -2,0,..,6
    assert (windows[0].row_off, windows[0].col_off) == (-2, -2)
    assert (windows[-1].row_off, windows[-1].col_off) == (8, 6)
    assert all(w.width == w.height == 4 for w in windows)
    shifted = tile_windows(10, 7, tile=4, overlap=2, offset=(1, 1))
    assert (shifted[0].row_off, shifted[0].col_off) == (-3, -3)  # -3 + 4 > 0: covers row 0


@pytest.mark.parametrize("tile, overlap, offset, alignment, expected", [
    (100, 50, (25, 25), 8, (52, (24, 24))),   # stride 50 -> 48, offset 25 -> 24
    (100, 50, (25, -3), 4, (48, (24, -4))),   # stride 50 -> 52 (halfway: up)
    (100, 0, (0, 0), 8, (4, (0, 0))),         # stride 100 -> at most 96: tiles still cover
    (100, 99, (0, 0), 8, (92, (0, 0))),       # stride 1 -> at least one step
    (16, 8, (3, 7), 32, (8, (3, 7))),         # alignment larger than the tile: unchanged
    (100, 50, (25, 25), 1, (50, (25, 25))),
])
def test_aligned_tiling_snaps_stride_and_anchor(tile, overlap, offset, alignment, expected):
    assert aligned_tiling(tile, overlap, offset, alignment) == expected


@pytest.mark.parametrize("alignment", [4, 8])
def test_aligned_grid_starts_every_tile_on_a_multiple_of_the_alignment(alignment):
    grid = TileGrid.build(250, 199, 100, 50, (25, 13), alignment=alignment)
    assert grid.stride % alignment == 0 and grid.overlap == 100 - grid.stride
    assert all(start % alignment == 0 for start in grid.rows + grid.cols)
    assert grid.rows[0] > -100 and grid.rows[-1] + 100 >= 250 and grid.cols[-1] + 100 >= 199


@pytest.mark.parametrize("tile, overlap", [(16, 16), (16, -1), (0, 0)])
def test_invalid_tiling_is_refused_with_the_values(tile, overlap):
    with pytest.raises(InputDataError, match=f"tile size {tile} px with overlap {overlap} px"):
        TileGrid.build(50, 50, tile, overlap)


@pytest.mark.parametrize("tile, overlap", [(32, 16), (32, 8), (100, 50), (100, 24)])
def test_taper_is_a_partition_of_unity_between_neighbours(tile, overlap):
    window = weight_window(tile, overlap)
    profile = window[tile // 2] / window[tile // 2].max()
    stride = tile - overlap
    total = np.zeros(tile + 3 * stride)
    for k in range(4):
        total[k * stride:k * stride + tile] += profile
    interior = total[tile:3 * stride]  # covered by full tiles only
    np.testing.assert_allclose(interior, 1.0, atol=2 * WEIGHT_FLOOR)
    assert window.min() >= WEIGHT_FLOOR**2 * (1 - 1e-6) and window.max() <= 1.0
    np.testing.assert_allclose(window, window.T)
    margin = overlap // 4
    assert profile[:margin].max() <= 2 * WEIGHT_FLOOR  # no weight where context is missing


def test_centre_crop_partitions_and_unknown_window_is_refused():
    profile = weight_window(20, 8, "centre_crop")[10]
    assert np.count_nonzero(profile > 0.5) == 12
    with pytest.raises(ValueError, match="taper"):
        weight_window(20, 8, "gaussian")


def test_accumulator_blends_weighted_and_leaves_unseen_pixels_nan():
    acc = StripAccumulator(bands=1, tile=4, width=6, first_row=-2)
    ones = np.ones((4, 4), np.float32)
    acc.add(-2, -2, ones, np.full((1, 4, 4), 1.0, np.float32))
    acc.add(-2, 0, 3 * ones, np.full((1, 4, 4), 0.2, np.float32))
    assert acc.shape == (2, 4, 6)
    block = acc.pop(2)  # raster rows -2, -1
    assert block.shape == (1, 2, 6) and acc.top == 0
    np.testing.assert_allclose(block[0, 0, :4], [0.4, 0.4, 0.2, 0.2])  # (1 + 3*0.2) / 4
    assert np.isnan(block[0, 0, 4:]).all()
    rest = acc.pop(4)  # the rows moved up; the new rows were empty
    np.testing.assert_allclose(rest[0, :2, :2], 0.4)
    assert np.isnan(rest[0, 2:]).all()
