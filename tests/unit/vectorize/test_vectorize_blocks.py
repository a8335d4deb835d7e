"""Strip-by-strip labelling: areas crossing strip seams stay whole; memory stays one strip."""
from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from scipy import ndimage
from shapely.geometry import box

from isslide_qgis.core.vectorize import vectorize_probability
from isslide_qgis.core.vectorize.components import ComponentStream
from tests.unit.vectorize.conftest import read_layer


def _areas(write_probability, tmp_path, prob, block_size, **options) -> list[dict]:
    out = tmp_path / f"areas_{block_size}.gpkg"
    vectorize_probability(write_probability(prob, "radar"), out, threshold=0.5,
                          block_size=block_size, **options)
    return read_layer(out)


def test_a_bar_crossing_several_seams_is_one_feature(write_probability, tmp_path):
    prob = np.zeros((24, 12), np.float32)
    prob[2:21, 5:8] = 0.9
    (bar,) = _areas(write_probability, tmp_path, prob, block_size=4)
    assert bar["area_px"] == 19 * 3
    assert bar["geometry"].equals(box(5, 2, 8, 21))
    assert len(bar["geometry"].geoms) == 1 and len(bar["geometry"].geoms[0].exterior.coords) == 5


@pytest.mark.parametrize("block_size", [1, 2, 3, 4, 5])
def test_u_and_inverted_u_shapes_join_across_seams(write_probability, tmp_path, block_size):
    prob = np.zeros((16, 24), np.float32)
    prob[0:7, 2] = prob[0:7, 8] = 0.7      # U: two arms joined by the bottom row 6
    prob[6, 2:9] = 0.7
    prob[3, 14:21] = 0.8                   # inverted U: a top row 3 ...
    prob[3:14, 14] = prob[3:14, 20] = 0.8  # ... and two arms going down
    prob[10, 8] = 0.95                     # a lone pixel under the U
    features = _areas(write_probability, tmp_path, prob, block_size)
    assert [f["area_px"] for f in features] == [1, 7 + 11 + 11 - 2, 7 + 7 + 7 - 2]
    assert [f["max_prob"] for f in features] == pytest.approx([0.95, 0.8, 0.7])


def test_diagonal_contact_across_a_seam_is_one_multipolygon(write_probability, tmp_path):
    prob = np.zeros((8, 10), np.float32)
    prob[3, 5] = 0.9
    prob[4, 6] = 0.8
    (area,) = _areas(write_probability, tmp_path, prob, block_size=4)
    assert area["area_px"] == 2 and area["mean_prob"] == pytest.approx(0.85)
    assert area["geometry"].is_valid and len(area["geometry"].geoms) == 2
    assert area["geometry"].equals(box(5, 3, 6, 4).union(box(6, 4, 7, 5)))


def test_small_pieces_of_a_large_area_survive_the_early_size_filter(write_probability, tmp_path):
    prob = np.zeros((30, 6), np.float32)
    prob[0:30, 2] = 0.9      # 30 px, 1 px per strip
    prob[10:12, 4] = 0.9     # 2 px, inside one strip
    features = _areas(write_probability, tmp_path, prob, block_size=1, min_area_m2=10)
    assert [f["area_px"] for f in features] == [30]


def _random_field(seed: int, shape=(97, 61)) -> np.ndarray:
    rng = np.random.default_rng(seed)
    smooth = ndimage.gaussian_filter(rng.standard_normal(shape), 1.5)
    prob = (1 / (1 + np.exp(-8 * smooth))).astype(np.float32)
    prob[rng.random(shape) < 0.01] = np.nan
    return prob


@pytest.mark.parametrize("seed", [0, 1])
def test_any_block_size_gives_the_same_layer_as_whole_raster_labelling(write_probability,
                                                                       tmp_path, seed):
    prob = _random_field(seed)
    with np.errstate(invalid="ignore"):
        labels, count = ndimage.label(prob > 0.5, structure=np.ones((3, 3)))
    sizes = np.bincount(labels.ravel())[1:]
    reference = None
    for block_size in (1, 7, 16, 2048):
        features = _areas(write_probability, tmp_path, prob, block_size, min_area_m2=3)
        summary = [(f["id"], f["area_px"], round(f["max_prob"], 6), round(f["mean_prob"], 6),
                    f["geometry"].wkb) for f in features]
        if reference is None:
            reference = summary
            assert sorted(f["area_px"] for f in features) == sorted(s for s in sizes if s >= 3)
            assert sum(f["geometry"].area for f in features) == sum(s for s in sizes if s >= 3)
            assert len(features) > 10
        assert summary == reference, f"block_size={block_size} differs"


def test_reads_at_most_block_size_rows_and_hands_out_areas_early():
    prob = np.zeros((40, 8), np.float32)
    prob[1:3, 1:3] = 0.9
    prob[30:38, 4] = 0.9
    heights = []

    def read(row: int, rows: int):
        heights.append(rows)
        return prob[row:row + rows], None

    stream = ComponentStream(read, 40, 0.5, block_size=6)
    done = [[c.pixels for c in batch] for batch in stream]
    assert heights == [6] * 6 + [4]
    assert done == [[4], [], [], [], [], [], [8]]  # the first area leaves after the first strip
    assert stream.found == 2


def _peak_bytes(path, out, block_size: int) -> tuple[int, int]:
    tracemalloc.start()
    try:
        summary = vectorize_probability(path, out, threshold=0.5, block_size=block_size)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return summary.count, peak


def test_memory_follows_the_block_not_the_raster_height(write_probability, tmp_path):
    paths = {}
    for height in (40, 5000, 20000):
        prob = np.zeros((height, 64), np.float32)
        prob[::max(1, height // 100), 10:20] = 0.9  # 100 areas spread over the whole height
        paths[height] = write_probability(prob, "radar", name=f"tall_{height}.tif")
    _peak_bytes(paths[40], tmp_path / "warm.gpkg", 256)  # imports happen outside the count
    count_short, short = _peak_bytes(paths[5000], tmp_path / "short.gpkg", 256)
    count_tall, tall = _peak_bytes(paths[20000], tmp_path / "tall.gpkg", 256)
    assert count_short == count_tall == 100  # kept areas are in memory: same number
    raster_bytes = 20000 * 64 * 4
    assert tall < raster_bytes / 4, f"peak {tall} bytes for a {raster_bytes}-byte raster"
    assert tall < 1.3 * short, f"peak grows with the height: {short} -> {tall} bytes"
    _, whole = _peak_bytes(paths[20000], tmp_path / "whole.gpkg", 20000)
    assert whole > 4 * tall  # the measure sees the strip size


@pytest.mark.parametrize("block_size", [1, 3, 100])
def test_ties_follow_the_first_pixel_in_raster_order_whatever_the_strips(write_probability,
                                                                         tmp_path, block_size):
    prob = np.zeros((12, 14), np.float32)
    for step in range(9):                  # a diagonal from (0, 10) down-left to (8, 2)
        prob[step, 10 - step] = 0.8
    prob[0, 5:7] = 0.8                     # starts at (0, 5): first in raster order
    first, second = _areas(write_probability, tmp_path, prob, block_size)
    assert (first["area_px"], second["area_px"]) == (2, 9)
