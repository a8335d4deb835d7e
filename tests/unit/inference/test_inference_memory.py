"""Memory depends on the raster's width and the tile size, not on its height."""
from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from isslide_qgis.core.inference import ArraySource, run_inference
from isslide_qgis.core.inference.writers import ResultSink
from tests.unit.inference.conftest import PixelModel


class RowCounter(ResultSink):
    """A sink that checks rows arrive in order, top to bottom, and keeps none of them."""

    def open(self, grid, band_names, tags=None):
        self.next_row, self.height = 0, grid.height

    def write(self, row, block):
        assert row == self.next_row and np.isfinite(block).all()
        self.next_row += block.shape[1]

    def close(self):
        assert self.next_row == self.height


def _inputs(height: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(height)
    phase = rng.uniform(-np.pi, np.pi, (height, width)).astype(np.float32)
    return phase, rng.uniform(0.2, 1.0, (height, width)).astype(np.float32)


@pytest.mark.parametrize("height", [40, 400])
def test_strip_buffer_shape_depends_on_width_and_tile_only(height, segmenter_card):
    summary = run_inference(ArraySource(*_inputs(height, 48)), PixelModel(), segmenter_card(16),
                            sink=RowCounter(), device="cpu")
    assert summary.buffer_shape == (2, 16, 48)


def test_python_side_peak_memory_does_not_grow_with_height(segmenter_card):
    peaks = {}
    for height in (160, 1600):
        source = ArraySource(*_inputs(height, 64))  # the inputs themselves are not counted
        tracemalloc.start()
        run_inference(source, PixelModel(), segmenter_card(16), sink=RowCounter(),
                      device="cpu", batch_size=8)
        peaks[height] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    one_band_of_tall_raster = 1600 * 64 * 4
    assert peaks[1600] < 1.25 * peaks[160] + 16_384  # ten times the rows, same peak
    assert peaks[1600] < one_band_of_tall_raster
