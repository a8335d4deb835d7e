"""GeoTIFF outputs on a :class:`RasterGrid`: creation profiles and all-or-nothing writing."""
from __future__ import annotations

import logging
import os
import tempfile
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
import rasterio
from rasterio.errors import NotGeoreferencedWarning

from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.output_paths import move_into_place, output_file, write_failed

#: rasterio reports GDAL failures it does not raise (a write-back at close, a failed
#: strip write on a full disk) only as records of this logger, inside a ``rasterio.Env``
_GDAL_LOGGER = "rasterio._env"
_GDAL_FAILURE = "GDAL signalled an error"


class _GdalFailures(logging.Handler):
    """Collects the GDAL failures rasterio logs while an output is written."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if text.startswith(_GDAL_FAILURE):
            self.messages.append(text.split("msg=", 1)[-1].strip("'\""))


@contextmanager
def gdal_write_failures() -> Iterator[list[str]]:
    """Yield the list of GDAL failures signalled inside the block (empty when none).

    GDAL may fail to write a block (disk full, file size limit) without the Python call
    raising; the failure is only signalled. Writers check this list before renaming.
    """
    handler = _GdalFailures()
    logger = logging.getLogger(_GDAL_LOGGER)
    previous = logger.level
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    try:
        with rasterio.Env():
            yield handler.messages
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def geotiff_profile(
    grid: RasterGrid, count: int, dtype: str, nodata: float | None, tile_size: int | None = 256
) -> dict:
    """Creation options of a DEFLATE-compressed GeoTIFF on ``grid`` (no CRS if it has none).

    Args:
        grid: Output grid (size, transform, CRS).
        count: Number of bands.
        dtype: Numpy/rasterio data type name ("float32", "uint8").
        nodata: Nodata value (NaN for float rasters), or ``None``.
        tile_size: Tile size in pixels, or ``None`` for a small striped file (patches).
    """
    profile = {
        "driver": "GTiff",
        "width": grid.width,
        "height": grid.height,
        "count": count,
        "dtype": dtype,
        "crs": grid.crs,
        "transform": grid.transform,
        "nodata": nodata,
        "compress": "deflate",
        "BIGTIFF": "IF_SAFER",
        "num_threads": "ALL_CPUS",
    }
    if dtype.startswith("float"):
        profile["predictor"] = 3
    if tile_size is not None:
        profile.update(tiled=True, blockxsize=tile_size, blockysize=tile_size)
    return profile


def open_for_writing(path: Path, profile: dict) -> rasterio.io.DatasetWriter:
    """Open a GeoTIFF for writing (no warning for grids without CRS, i.e. radar geometry)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        return rasterio.open(path, "w", **profile)


@contextmanager
def atomic_output(out_path: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``out_path``, renamed to it only on success.

    On any exception (including :class:`OperationCanceled`) the temporary file is removed and
    ``out_path`` is not created (a file already there is left untouched). A write GDAL signals
    as failed without raising (disk full) raises :class:`OutputWriteError` the same way.
    """
    out_path = output_file(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out_path.stem}.", suffix=".part.tif", dir=out_path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        with gdal_write_failures() as failures:
            yield temporary
        if failures:
            raise write_failed(out_path, OSError(failures[0]))
        move_into_place(temporary, out_path)
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + ".aux.xml")):
            if leftover.exists():
                leftover.unlink()


def write_single_band(
    path: Path, values: np.ndarray, grid: RasterGrid, nodata: float | None,
    description: str | None = None, tags: dict[str, str] | None = None,
) -> Path:
    """Write one small band (a patch) to ``path`` on ``grid``; returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    profile = geotiff_profile(grid, 1, str(values.dtype), nodata, tile_size=None)
    with open_for_writing(path, profile) as dst:
        dst.write(values, 1)
        if description:
            dst.set_band_description(1, description)
        if tags:
            dst.update_tags(**tags)
    return path


def set_descriptions(dst: rasterio.io.DatasetWriter, names: Sequence[str]) -> None:
    """Name the bands of ``dst`` in order."""
    for index, name in enumerate(names, start=1):
        dst.set_band_description(index, name)
