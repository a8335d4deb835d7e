"""Where the inference engine puts finished rows: an in-memory array or a GeoTIFF.

The engine opens a sink with the grid and the band names, hands it blocks of finished rows
``(bands, rows, width)`` from top to bottom, then closes it, or aborts it on any error or
cancellation. :class:`GeoTiffSink` writes through :func:`atomic_output`: an aborted run leaves
no file (and no temporary file) behind.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator, Mapping, Sequence

import numpy as np
import rasterio
import rasterio.shutil
from rasterio.errors import RasterioError
from rasterio.windows import Window

from isslide_qgis.core.errors import GridMismatchError, IsslideError
from isslide_qgis.core.insar.geotiff import (
    atomic_output,
    geotiff_profile,
    open_for_writing,
    set_descriptions,
)
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.messages import translate


class ResultSink:
    """Base class of sinks: ``open``, ``write`` blocks top to bottom, ``close`` or ``abort``."""

    def open(self, grid: RasterGrid, band_names: Sequence[str],
             tags: Mapping[str, str] | None = None) -> None:
        """Prepare to receive ``len(band_names)`` bands on ``grid`` (metadata ``tags``)."""
        raise NotImplementedError

    def write(self, row: int, block: np.ndarray) -> None:
        """Store ``block`` ``(bands, rows, width)`` at raster row ``row`` (rows come in order)."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish after the last block (the output becomes visible)."""

    def abort(self) -> None:
        """Give up after an error or a cancellation (leave no partial output)."""

    @contextmanager
    def opened(self, grid: RasterGrid, band_names: Sequence[str],
               tags: Mapping[str, str] | None = None) -> Iterator["ResultSink"]:
        """``open`` ... ``close`` on success, ``abort`` on any exception (re-raised)."""
        self.open(grid, band_names, tags)
        try:
            yield self
        except BaseException:
            self.abort()
            raise
        self.close()


class ArraySink(ResultSink):
    """Collects the result in memory (evaluation on simulated scenes; small rasters only).

    Attributes:
        array: ``(bands, H, W)`` float32, NaN where nodata; ``None`` before ``open``.
        band_names: The bands' names.
    """

    def __init__(self) -> None:
        self.array: np.ndarray | None = None
        self.band_names: tuple[str, ...] = ()

    def open(self, grid: RasterGrid, band_names: Sequence[str],
             tags: Mapping[str, str] | None = None) -> None:
        self.band_names = tuple(band_names)
        self.array = np.full((len(band_names), grid.height, grid.width), np.nan, dtype=np.float32)

    def write(self, row: int, block: np.ndarray) -> None:
        self.array[:, row:row + block.shape[1]] = block

    def band(self, name: str) -> np.ndarray:
        """The ``(H, W)`` map of band ``name``."""
        return self.array[self.band_names.index(name)]


class GeoTiffSink(ResultSink):
    """Writes a float32, tiled, DEFLATE GeoTIFF on the input's grid, all or nothing.

    Rows are buffered up to one row of GeoTIFF tiles (``block_size`` rows), so each tile is
    compressed once; memory is ``O(bands * block_size * width)``. The file is sparse: a tile
    that is all nodata (a swath border) is neither compressed nor stored, and GDAL reads it
    back as nodata.

    Args:
        path: Output file.
        grid: The input's grid: the output has its size, transform and CRS (none if none).
        bands: Band names, or ``None`` for the engine's (the predictor's) names.
        nodata: Nodata value written where there is no result (NaN).
        cog: Write a Cloud Optimized GeoTIFF (with overviews) instead of a plain tiled one:
            the tiled file is written first, then copied by GDAL's COG driver.
        block_size: Side of the GeoTIFF tiles.
    """

    def __init__(self, path: str | Path, grid: RasterGrid, bands: Sequence[str] | None = None,
                 nodata: float = float("nan"), cog: bool = False, block_size: int = 256) -> None:
        self.path = Path(path)
        self.grid = grid
        self.bands = None if bands is None else tuple(bands)
        self.nodata = nodata
        self.cog = cog
        self.block_size = block_size
        self._stack: ExitStack | None = None
        self._dst: rasterio.io.DatasetWriter | None = None
        self._target: Path | None = None
        self._pending: list[np.ndarray] = []
        self._pending_row = 0

    def open(self, grid: RasterGrid, band_names: Sequence[str],
             tags: Mapping[str, str] | None = None) -> None:
        names = self._check(grid, band_names)
        self._stack = ExitStack()
        try:
            with self._errors():
                self._target = self._stack.enter_context(atomic_output(self.path))
                written = (self._stack.enter_context(_scratch_file(self.path)) if self.cog
                           else self._target)
                profile = geotiff_profile(self.grid, len(names), "float32", self.nodata,
                                          self.block_size)
                profile["sparse_ok"] = True  # all-nodata blocks are not compressed nor stored
                self._dst = open_for_writing(written, profile)
                self._stack.callback(self._dst.close)
                set_descriptions(self._dst, names)
                if tags:
                    self._dst.update_tags(**{k: str(v) for k, v in tags.items()})
        except BaseException:
            self.abort()
            raise

    def write(self, row: int, block: np.ndarray) -> None:
        if not self._pending:
            self._pending_row = row
        self._pending.append(block.astype(np.float32, copy=False))
        rows = sum(b.shape[1] for b in self._pending)
        if rows >= self.block_size:
            self._flush(rows - rows % self.block_size)

    def close(self) -> None:
        try:
            self._flush()
            with self._errors():
                self._dst.close()
                if self.cog:
                    rasterio.shutil.copy(
                        self._dst.name, self._target, driver="COG", COMPRESS="DEFLATE",
                        PREDICTOR="FLOATING_POINT", BLOCKSIZE=self.block_size,
                        BIGTIFF="IF_SAFER", RESAMPLING="AVERAGE",
                    )
        except BaseException:
            self.abort()
            raise
        stack, self._stack = self._stack, None
        with self._errors():
            stack.close()  # removes the scratch file, renames the result into place

    def abort(self) -> None:
        stack, self._stack = self._stack, None
        self._pending = []
        if stack is not None:  # an exception thrown into atomic_output removes its file
            stack.__exit__(IsslideError, IsslideError("aborted"), None)

    def _check(self, grid: RasterGrid, band_names: Sequence[str]) -> tuple[str, ...]:
        if not grid.same_as(self.grid):
            raise GridMismatchError(
                translate(
                    "IsslideCore", "The result raster '{path}' was set up for the grid {expected} "
                    "but the interferogram has the grid {given}: give the output the "
                    "interferogram's grid."
                ).format(path=self.path, expected=self.grid.describe(), given=grid.describe())
            )
        names = self.bands or tuple(band_names)
        if len(names) != len(band_names):
            raise IsslideError(
                translate(
                    "IsslideCore", "The result raster '{path}' was set up with {count} bands but "
                    "the model gives {given} ({names})."
                ).format(path=self.path, count=len(names), given=len(band_names),
                         names=", ".join(band_names))
            )
        return names

    def _flush(self, rows: int | None = None) -> None:
        """Write the first ``rows`` pending rows (all by default): whole rows of tiles."""
        if not self._pending:
            return
        data = np.concatenate(self._pending, axis=1)
        rows = data.shape[1] if rows is None else rows
        self._pending = [data[:, rows:]] if rows < data.shape[1] else []
        with self._errors():
            self._dst.write(data[:, :rows], window=Window(0, self._pending_row, data.shape[2], rows))
        self._pending_row += rows

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except (OSError, RasterioError) as exc:
            raise IsslideError(
                translate(
                    "IsslideCore", "Cannot write the result raster '{path}': {error}. Check that "
                    "the folder is writable and has free space."
                ).format(path=self.path, error=exc)
            ) from exc


@contextmanager
def _scratch_file(path: Path) -> Iterator[Path]:
    """A temporary GeoTIFF next to ``path``, always removed at exit."""
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".scratch.tif", dir=path.parent)
    os.close(fd)
    scratch = Path(name)
    try:
        yield scratch
    finally:
        for leftover in (scratch, scratch.with_name(scratch.name + ".aux.xml")):
            if leftover.exists():
                leftover.unlink()
