"""The inputs of vectorisation, read strip by strip: probability and (optional) coherence.

The probability raster's nodata value and non-finite values become NaN (never part of a
moving area). The coherence comes either from a raster, resampled onto the probability grid
when its grid differs but overlaps (:class:`CoherenceSource`), or from an open
:class:`InterferogramReader` on the same grid (what the detection already has open).
"""
from __future__ import annotations

import warnings
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Union

import numpy as np
import rasterio
from rasterio.errors import NotGeoreferencedWarning, RasterioError, RasterioIOError
from rasterio.windows import Window

from isslide_qgis.core.errors import GridMismatchError, InputDataError
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.messages import translate

if TYPE_CHECKING:
    from isslide_qgis.core.insar.reading import InterferogramReader

#: A coherence raster, or an open interferogram reader that serves the coherence.
CoherenceInput = Union[str, Path, "InterferogramReader", None]
#: ``read(row, rows)``: ``rows`` full rows from ``row``, float32, NaN where invalid.
StripRead = Callable[[int, int], np.ndarray]


def input_error(text: str, **values: object) -> InputDataError:
    """An :class:`InputDataError` with the (translated) ``text`` formatted with ``values``."""
    return InputDataError(text.format(**values))


def open_probability(path: Path, band: int) -> rasterio.io.DatasetReader:
    """Open the probability raster and check that ``band`` exists.

    Raises:
        InputDataError: The file is missing, not a raster, or lacks the band.
    """
    if not path.is_file():
        raise input_error(translate(
            "IsslideCore",
            "The probability raster '{path}' does not exist. Run the detection first, or select "
            "the probability GeoTIFF it wrote."), path=path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            ds = rasterio.open(path)
    except (RasterioError, RasterioIOError):
        raise input_error(translate(
            "IsslideCore",
            "'{path}' is not a raster GDAL can read. Select the probability GeoTIFF written by "
            "the detection."), path=path) from None
    if not 1 <= band <= ds.count:
        ds.close()
        raise input_error(translate(
            "IsslideCore",
            "The probability raster '{path}' has {count} band(s); band {band} does not exist. "
            "Select band 1 (the probability)."), path=path, count=ds.count, band=band)
    return ds


def probability_strips(ds: rasterio.io.DatasetReader, band: int) -> StripRead:
    """Reader of strips of ``band``; nodata and non-finite values become NaN."""
    nodata = ds.nodatavals[band - 1]

    def read(row: int, rows: int) -> np.ndarray:
        values = ds.read(band, window=Window(0, row, ds.width, rows)).astype(np.float32)
        invalid = ~np.isfinite(values)
        if nodata is not None and np.isfinite(nodata):
            invalid |= values == nodata
        values[invalid] = np.nan
        return values

    return read


def coherence_strips(coherence: CoherenceInput, grid: RasterGrid, probability_path: Path,
                     notes: list[str], stack: ExitStack) -> StripRead | None:
    """Reader of coherence strips on the probability grid, or ``None`` without coherence.

    ``coherence`` is a raster path (resampled onto the probability grid when its grid differs
    but overlaps) or an open :class:`InterferogramReader` on the same grid.
    """
    if coherence is None:
        return None
    if hasattr(coherence, "read") and hasattr(coherence, "grid"):  # an InterferogramReader
        if not coherence.has_coherence:
            return None
        if not coherence.grid.same_as(grid):
            raise GridMismatchError(translate(
                "IsslideCore",
                "The probability raster '{path}' ({grid}) is not on the interferogram's grid "
                "({reader_grid}): vectorise a probability raster computed from this "
                "interferogram.").format(path=probability_path, grid=grid.describe(),
                                         reader_grid=coherence.grid.describe()))
        return lambda row, rows: coherence.read(Window(0, row, grid.width, rows)).coherence
    from isslide_qgis.core.insar.coherence_alignment import CoherenceSource

    source = CoherenceSource(Path(coherence), grid, probability_path, None, notes)
    stack.callback(source.close)

    def read(row: int, rows: int) -> np.ndarray:
        values = source.read(Window(0, row, grid.width, rows))
        return np.clip(values, 0.0, 1.0, out=values)  # NaN stays NaN

    return read


def open_kinematics(stack: ExitStack, interferogram: str | Path, coherence: CoherenceInput,
                    grid: RasterGrid, baseline_days: int | None, probability_path: Path):
    """A :class:`~isslide_qgis.core.kinematics.KinematicsSource` on ``interferogram`` (closed
    with ``stack``), which must be on the probability's grid. Without ``baseline_days`` the
    interval comes from the dates the product registry reads in the name.

    Raises:
        InputDataError: The interferogram is unreadable.
        GridMismatchError: It is not on the probability's grid.
    """
    from isslide_qgis.core.insar.reading import InterferogramReader
    from isslide_qgis.core.kinematics.area_source import kinematics_source

    coherence_path = coherence if isinstance(coherence, (str, Path)) else None
    reader = stack.enter_context(InterferogramReader(interferogram, coherence_path))
    if not reader.grid.same_as(grid):
        raise GridMismatchError(translate(
            "IsslideCore",
            "The interferogram '{path}' ({reader_grid}) is not on the grid of the probability "
            "raster '{probability}' ({grid}): give the interferogram the probability was "
            "computed from.").format(path=interferogram, reader_grid=reader.grid.describe(),
                                     probability=probability_path, grid=grid.describe()))
    if baseline_days is None and reader.product is not None:
        baseline_days = reader.product.baseline_days
    return kinematics_source(reader, baseline_days)
