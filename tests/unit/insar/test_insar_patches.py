"""Patch windows, annotation masks, positive and negative patch centres."""
from __future__ import annotations

import numpy as np
import pytest
from affine import Affine
from rasterio.crs import CRS
from shapely.geometry import Point, box

from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.insar.patches import (
    annotation_centres,
    centred_window,
    grid_windows,
    negative_centres,
    rasterize_annotations,
)
from tests.unit.insar.insar_synthetic import UTM, UTM_TRANSFORM


def coverage(windows, height, width):
    cover = np.zeros((height, width), int)
    for w in windows:
        cover[max(w.row_off, 0): w.row_off + w.height, max(w.col_off, 0): w.col_off + w.width] += 1
    return cover


def test_grid_windows_cover_the_raster_and_shift_the_last_ones_back():
    windows = grid_windows(250, 330, size=100)
    assert [w.col_off for w in windows[:4]] == [0, 100, 200, 230]
    assert sorted({w.row_off for w in windows}) == [0, 100, 150]
    assert all(w.width == w.height == 100 for w in windows)
    assert (coverage(windows, 250, 330) >= 1).all()
    assert max(w.row_off + w.height for w in windows) == 250


def test_grid_windows_with_stride_overlap():
    windows = grid_windows(200, 200, size=100, stride=50)
    assert sorted({w.col_off for w in windows}) == [0, 50, 100]
    assert len(windows) == 9 and coverage(windows, 200, 200)[100, 100] == 4


def test_small_raster_gets_one_boundless_window():
    windows = grid_windows(60, 80, size=100)
    assert len(windows) == 1 and (windows[0].width, windows[0].height) == (100, 100)


def test_centred_window_is_shifted_inside_the_raster():
    assert centred_window((50, 60), 20, 200, 200).toranges() == ((40, 60), (50, 70))
    assert centred_window((3, 198), 20, 200, 200).toranges() == ((0, 20), (180, 200))


def test_rasterize_annotations_in_map_coordinates():
    grid = RasterGrid(40, 30, UTM_TRANSFORM, CRS.from_string(UTM))
    x0, y0 = UTM_TRANSFORM.c, UTM_TRANSFORM.f
    # columns 5..14, rows 2..7 (edges a quarter pixel off pixel centres)
    polygon = box(x0 + 5 * 15 - 3, y0 - 8 * 15 + 3, x0 + 15 * 15 - 3, y0 - 2 * 15 - 3)
    mask = rasterize_annotations([polygon], grid)
    expected = np.zeros((30, 40), np.uint8)
    expected[2:8, 5:15] = 1
    assert mask.dtype == np.uint8
    np.testing.assert_array_equal(mask, expected)


def test_rasterize_annotations_in_pixel_coordinates_without_crs():
    grid = RasterGrid(20, 10, Affine.identity(), None)
    mask = rasterize_annotations([box(2.2, 3.2, 6.8, 5.8)], grid)  # x = column, y = row
    expected = np.zeros((10, 20), np.uint8)
    expected[3:6, 2:7] = 1
    np.testing.assert_array_equal(mask, expected)
    assert not rasterize_annotations([], grid).any()


def disc_mask(shape, centres_and_radii):
    rows, cols = np.mgrid[0:shape[0], 0:shape[1]]
    mask = np.zeros(shape, np.uint8)
    for (r, c), radius in centres_and_radii:
        mask[(rows - r) ** 2 + (cols - c) ** 2 <= radius ** 2] = 1
    return mask


def test_centres_are_the_deepest_points_of_each_body():
    mask = disc_mask((300, 300), [((60, 70), 12), ((200, 220), 20)])
    assert annotation_centres(mask, patch_size=100) == [(60, 70), (200, 220)]


def test_close_bodies_share_a_centre_and_far_maxima_of_one_body_get_several():
    # Two discs 30 px apart: one centre (the deeper disc), whose patch holds the other's centre.
    mask = disc_mask((200, 200), [((100, 60), 15), ((100, 90), 8)])
    assert annotation_centres(mask, patch_size=100) == [(100, 60)]
    # A long 20 px-wide band: a ridge of maxima -> centres 50 px apart along it.
    band = np.zeros((100, 400), np.uint8)
    band[40:61, 20:380] = 1
    centres = annotation_centres(band, patch_size=100)
    assert len(centres) >= 6 and all(r == 50 for r, _ in centres)
    cols = np.array([c for _, c in centres])
    assert np.diff(cols).min() >= 50


def test_no_two_centres_are_closer_than_half_a_patch_and_every_body_is_in_a_patch():
    rng = np.random.default_rng(3)
    discs = [((int(r), int(c)), int(rad)) for r, c, rad in
             zip(rng.integers(20, 380, 25), rng.integers(20, 380, 25), rng.integers(3, 15, 25))]
    mask = disc_mask((400, 400), discs)
    centres = np.array(annotation_centres(mask, patch_size=60))
    distances = np.hypot(*(centres[:, None, :] - centres[None, :, :]).transpose(2, 0, 1))
    assert distances[np.triu_indices(len(centres), 1)].min() >= 30
    for (r, c), _ in discs:  # each disc's centre is inside some patch
        assert (np.abs(centres - [r, c]).max(axis=1) <= 30).any()


def test_empty_mask_has_no_centre():
    assert annotation_centres(np.zeros((50, 50), np.uint8)) == []


def test_negative_centres_avoid_annotations_and_invalid_pixels():
    mask = disc_mask((300, 300), [((150, 150), 25)])
    valid = np.ones((300, 300), bool)
    valid[:, :80] = False  # outside the swath
    centres = negative_centres(mask, valid, 6, 50, np.random.default_rng(0), margin=10)
    assert len(centres) == 6
    taken = np.zeros((300, 300), int)
    for r, c in centres:
        window = centred_window((r, c), 50, 300, 300)
        (r0, r1), (c0, c1) = window.toranges()
        assert not mask[max(r0 - 10, 0): r1 + 10, max(c0 - 10, 0): c1 + 10].any()
        assert valid[r0:r1, c0:c1].mean() >= 0.9
        taken[r0:r1, c0:c1] += 1
    assert taken.max() == 1  # no overlap


def test_negative_centres_are_reproducible_and_limited_by_space():
    mask = np.zeros((120, 120), np.uint8)
    valid = np.ones((120, 120), bool)
    first = negative_centres(mask, valid, 3, 50, np.random.default_rng(7))
    assert first == negative_centres(mask, valid, 3, 50, np.random.default_rng(7))
    assert len(negative_centres(mask, valid, 50, 50, np.random.default_rng(7))) <= 4
    assert negative_centres(mask, valid, 3, 200, np.random.default_rng(7)) == []
    mask[:] = 1
    assert negative_centres(mask, valid, 3, 50, np.random.default_rng(7)) == []


@pytest.mark.parametrize("size, stride", [(0, None), (10, -1)])
def test_grid_windows_refuse_bad_sizes(size, stride):
    with pytest.raises(ValueError):
        grid_windows(10, 10, size, stride)


def test_points_buffered_are_rasterized():
    grid = RasterGrid(50, 50, Affine.identity(), None)
    assert rasterize_annotations([Point(25, 25).buffer(5)], grid).sum() == pytest.approx(np.pi * 25, rel=0.15)
