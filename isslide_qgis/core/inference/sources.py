"""Where the inference engine reads interferogram windows: files or in-memory arrays.

The engine only needs a :class:`WindowSource`: a ``grid`` and a boundless ``read(window)``.
:class:`~isslide_qgis.core.insar.reading.InterferogramReader` (files of any size) already is
one; :class:`ArraySource` wraps arrays (simulated scenes in evaluation), so one engine serves
detection on rasters and evaluation on simulations, with identical tiling and blending.
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np
from affine import Affine
from rasterio.windows import Window

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.insar.reading import WindowData
from isslide_qgis.core.messages import translate


@runtime_checkable
class WindowSource(Protocol):
    """Anything that serves windows of an interferogram on a pixel grid.

    Attributes:
        grid: The raster's grid (size, transform, CRS); outputs are written on it.
    """

    grid: RasterGrid

    def read(self, window: Window) -> WindowData:
        """Phase, coherence and validity of ``window``; NaN and invalid outside the raster."""


def _window_bounds(window: Window) -> tuple[int, int, int, int]:
    col, row, width, height = (
        int(round(v)) for v in (window.col_off, window.row_off, window.width, window.height)
    )
    return row, col, height, width


class ArraySource:
    """A :class:`WindowSource` over in-memory phase and coherence arrays.

    Args:
        phase: Wrapped phase ``(H, W)`` in radians, NaN where invalid.
        coherence: Coherence ``(H, W)`` in [0, 1], NaN where invalid; ``None`` when the model's
            convention needs none.
        grid: The arrays' grid; default: their size, identity transform, no CRS.

    Raises:
        InputDataError: Arrays that are not 2-D, of different shapes, or not the grid's size.
    """

    def __init__(self, phase: np.ndarray, coherence: np.ndarray | None,
                 grid: RasterGrid | None = None) -> None:
        phase = np.asarray(phase, dtype=np.float32)
        shapes = [phase.shape] + ([] if coherence is None else [np.shape(coherence)])
        height, width = phase.shape if phase.ndim == 2 else (0, 0)
        grid = grid or RasterGrid(width, height, Affine.identity(), None)
        if phase.ndim != 2 or any(s != phase.shape for s in shapes) or grid.shape != phase.shape:
            raise InputDataError(
                translate(
                    "IsslideCore", "The phase and coherence arrays must be 2-D, of one shape and "
                    "of the grid's size; got shapes {shapes} for a grid of {grid} pixels."
                ).format(shapes=", ".join(str(tuple(s)) for s in shapes), grid=grid.shape)
            )
        self.grid = grid
        self.phase = phase
        self.coherence = None if coherence is None else np.asarray(coherence, dtype=np.float32)

    def read(self, window: Window) -> WindowData:
        """The arrays' values in ``window`` (copies), NaN and invalid outside the arrays."""
        row, col, height, width = _window_bounds(window)
        phase = np.full((height, width), np.nan, dtype=np.float32)
        coherence = None if self.coherence is None else phase.copy()
        r0, c0 = max(row, 0), max(col, 0)
        r1, c1 = min(row + height, self.grid.height), min(col + width, self.grid.width)
        if r1 > r0 and c1 > c0:
            inside = (slice(r0 - row, r1 - row), slice(c0 - col, c1 - col))
            phase[inside] = self.phase[r0:r1, c0:c1]
            if coherence is not None:
                coherence[inside] = self.coherence[r0:r1, c0:c1]
        valid = np.isfinite(phase)
        if coherence is not None:
            valid &= np.isfinite(coherence)
            coherence[~valid] = np.nan
        phase[~valid] = np.nan
        return WindowData(phase, coherence, valid)
