"""Strips read once and ahead, results written behind, GDAL's cache capped during a run."""
from __future__ import annotations

import threading

import numpy as np
import pytest
from osgeo import gdal
from rasterio.windows import Window

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.inference import ArraySink, ArraySource, predict_raster, run_inference
from isslide_qgis.core.inference.gdal_cache import (
    MIN_CACHE_BYTES,
    cache_budget,
    capped_gdal_cache,
)
from isslide_qgis.core.inference.background_io import BackgroundIO
from isslide_qgis.core.inference.strips import StripReader
from isslide_qgis.core.inference.tiling import TileGrid
from isslide_qgis.core.insar.channels import make_channels
from isslide_qgis.core.inference.writers import ResultSink
from tests.unit.inference.conftest import PixelModel, smooth_scene


class CountingSource(ArraySource):
    """An array source that records the windows it is asked for and the thread asking."""

    def __init__(self, *args, fail_at_row: int | None = None) -> None:
        super().__init__(*args)
        self.windows: list[Window] = []
        self.threads: set[str] = set()
        self.fail_at_row = fail_at_row

    def read(self, window: Window):
        self.windows.append(window)
        self.threads.add(threading.current_thread().name)
        if self.fail_at_row is not None and window.row_off >= self.fail_at_row:
            raise InputDataError("simulated unreadable block")
        return super().read(window)


@pytest.mark.parametrize("overlap, offset", [(8, (0, 0)), (5, (3, 7)), (0, (0, 0))])
def test_strips_reuse_shared_rows_and_equal_whole_strip_reads(overlap, offset):
    phase, coherence = smooth_scene(45, 37, seed=9)
    phase[10:14, 3:30] = np.nan
    source = CountingSource(phase, coherence)
    grid = TileGrid.build(45, 37, 16, overlap, offset)
    reader = StripReader(source, grid, "coh_cos_sin", coherence_threshold=0.5)
    for row in grid.rows:
        strip = reader.read(row)
        whole = ArraySource.read(source, grid.strip_window(row))  # uncounted
        expected = make_channels(whole.phase, whole.coherence, "coh_cos_sin", 0.5)
        np.testing.assert_array_equal(strip.channels, expected)
        np.testing.assert_array_equal(strip.valid, whole.valid)
        np.testing.assert_array_equal(strip.usable, np.isfinite(expected[0]))
    # every row of the strips' span is read once: the first strip, then stride rows per strip
    assert reader.rows_read == 16 + (len(grid.rows) - 1) * grid.stride
    assert sum(int(w.height) for w in source.windows) == reader.rows_read


def test_strip_column_tests_match_the_tile_masks():
    phase, coherence = smooth_scene(16, 40, seed=3)
    phase[:, :20] = np.nan
    coherence[:, 20:30] = 0.01
    grid = TileGrid.build(16, 40, 16, 8)
    strip = StripReader(ArraySource(phase, coherence), grid, "coh_cos_sin", 0.1).read(0)
    for start in range(0, strip.valid.shape[1] - 16 + 1, 4):
        part = slice(start, start + 16)
        assert strip.has_valid(start, start + 16) == strip.valid[:, part].any()
        assert strip.has_usable(start, start + 16) == strip.usable[:, part].any()


def test_reading_happens_in_the_reading_thread_and_gives_the_same_result(segmenter_card):
    phase, coherence = smooth_scene(70, 50, seed=4)
    source = CountingSource(phase, coherence)
    sink = ArraySink()
    run_inference(source, PixelModel(), segmenter_card(16), sink=sink, device="cpu")
    assert source.threads and all(name.startswith("isslide-read") for name in source.threads)
    direct = ArraySink()
    run_inference(ArraySource(phase, coherence), PixelModel(), segmenter_card(16), sink=direct,
                  device="cpu")
    np.testing.assert_array_equal(sink.array, direct.array)


def test_a_failing_read_in_the_reading_thread_stops_the_run(tmp_path, segmenter_card):
    phase, coherence = smooth_scene(70, 50, seed=4)
    source = CountingSource(phase, coherence, fail_at_row=30)
    with pytest.raises(InputDataError, match="simulated unreadable block"):
        predict_raster(source, tmp_path / "p.tif", PixelModel(), segmenter_card(16),
                       device="cpu")
    assert list(tmp_path.iterdir()) == []


class FailingSink(ResultSink):
    """Fails on its second write; records every call and its thread."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def open(self, grid, band_names, tags=None):
        self.calls.append("open")

    def write(self, row, block):
        self.calls.append(f"write {row} in {threading.current_thread().name}")
        if len([c for c in self.calls if c.startswith("write")]) == 2:
            raise OSError("disk full")

    def close(self):
        self.calls.append("close")

    def abort(self):
        self.calls.append("abort")


def test_a_failing_write_in_the_writing_thread_aborts_the_sink(segmenter_card):
    phase, coherence = smooth_scene(90, 30, seed=5)
    sink = FailingSink()
    with pytest.raises(OSError, match="disk full"):
        run_inference(ArraySource(phase, coherence), PixelModel(), segmenter_card(16), sink=sink,
                      device="cpu")
    assert sink.calls[0] == "open" and sink.calls[-1] == "abort" and "close" not in sink.calls
    assert all("isslide-write" in call for call in sink.calls if call.startswith("write"))


def test_background_io_waits_for_queued_writes_and_is_needed_as_context():
    written = []

    class Slow(ResultSink):
        def write(self, row, block):
            threading.Event().wait(0.02)
            written.append(row)

    with BackgroundIO() as io:
        for row in range(3):
            io.write(Slow(), row, np.zeros((1, 1, 1)))
    assert written == [0, 1, 2]
    with pytest.raises(RuntimeError, match="with block"):
        BackgroundIO().write(Slow(), 0, np.zeros((1, 1, 1)))


def test_gdal_cache_is_capped_during_a_run_and_restored(segmenter_card):
    assert cache_budget(100, 3) == MIN_CACHE_BYTES
    assert cache_budget(50_000, 4) == 512 * 50_000 * 4 * 4
    before = gdal.GetCacheMax()
    seen = []

    class Probe(ArraySink):
        def write(self, row, block):
            seen.append(gdal.GetCacheMax())
            super().write(row, block)

    try:
        gdal.SetCacheMax(1024 * 2**20)
        run_inference(ArraySource(*smooth_scene(40, 30, seed=1)), PixelModel(),
                      segmenter_card(16), sink=Probe(), device="cpu")
        assert seen and set(seen) == {MIN_CACHE_BYTES}
        assert gdal.GetCacheMax() == 1024 * 2**20
        gdal.SetCacheMax(MIN_CACHE_BYTES // 2)  # already lower: left as is
        with capped_gdal_cache(MIN_CACHE_BYTES) as in_force:
            assert in_force == gdal.GetCacheMax() == MIN_CACHE_BYTES // 2
    finally:
        gdal.SetCacheMax(before)
