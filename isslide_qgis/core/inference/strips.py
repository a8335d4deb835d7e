"""The strips of tiles the engine predicts, each input row read once.

Consecutive strips of tiles share ``overlap`` rows (tiles overlap vertically too).
:class:`StripReader` keeps the previous strip's channels and reads only the ``stride`` new rows
of the next one, so each input row is read, decoded and turned into channels once, not
``tile / stride`` times. The engine calls it from its reading thread (:mod:`.background_io`).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rasterio.windows import Window

from isslide_qgis.core.inference.sources import WindowSource
from isslide_qgis.core.inference.tiling import TileGrid
from isslide_qgis.core.insar.channels import make_channels
from isslide_qgis.core.insar.conventions import get_convention


@dataclass
class Strip:
    """One strip of tiles: ``tile`` rows, every tile column.

    Attributes:
        row: Raster row of the strip's first row (may be negative).
        channels: ``(C, tile, W)`` float32 input channels, NaN where invalid or below the
            coherence threshold (``W`` spans every tile of the strip).
        valid: ``(tile, W)`` True where the input is valid.
        usable: ``(tile, W)`` True where the channels are finite (valid, coherent enough).
    """

    row: int
    channels: np.ndarray
    valid: np.ndarray
    usable: np.ndarray

    def __post_init__(self) -> None:
        # per column: any valid / usable pixel in the strip's rows (tiles are tested on these)
        self._valid_columns = self.valid.any(axis=0)
        self._usable_columns = self.usable.any(axis=0)

    def has_valid(self, start: int, stop: int) -> bool:
        """Whether columns ``[start, stop)`` of the strip hold a valid pixel."""
        return bool(self._valid_columns[start:stop].any())

    def has_usable(self, start: int, stop: int) -> bool:
        """Whether columns ``[start, stop)`` of the strip hold a pixel to give the network."""
        return bool(self._usable_columns[start:stop].any())


class StripReader:
    """Reads strips top to bottom, reusing the rows shared with the previous strip.

    Args:
        source: Where the interferogram windows come from.
        grid: The tile grid (strip height ``tile``, columns of every tile).
        convention: The model's input channel convention.
        coherence_threshold: Pixels below it get NaN channels (see :func:`make_channels`).
    """

    def __init__(self, source: WindowSource, grid: TileGrid, convention: str,
                 coherence_threshold: float) -> None:
        self.source = source
        self.grid = grid
        self.convention = convention
        self.coherence_threshold = coherence_threshold
        self.rows_read = 0
        self._bands = len(get_convention(convention).band_names)
        self._last: Strip | None = None

    def read(self, row: int) -> Strip:
        """The strip starting at raster row ``row`` (strips must come in increasing order)."""
        tile = self.grid.tile
        last = self._last
        keep = 0 if last is None else max(0, min(tile, last.row + tile - row))
        strip = self.grid.strip_window(row)
        new = Window(strip.col_off, row + keep, strip.width, tile - keep)
        channels, valid = self._read_rows(new) if keep < tile else (None, None)
        if keep:
            channels = last.channels[:, tile - keep:] if channels is None else np.concatenate(
                [last.channels[:, tile - keep:], channels], axis=1)
            valid = last.valid[tile - keep:] if valid is None else np.concatenate(
                [last.valid[tile - keep:], valid], axis=0)
        self._last = Strip(row, channels, valid, np.isfinite(channels[0]))
        return self._last

    def _read_rows(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        """Channels and validity of ``window``; invalid pixels are NaN in every channel.

        Rows without a valid pixel (swath borders: often most of a scene) get NaN channels
        without any maths; elsewhere invalid pixels enter the maths as 0 (cos and sin of NaN
        cost three times as much) and are set to NaN afterwards.
        """
        data = self.source.read(window)
        self.rows_read += int(window.height)
        valid = data.valid
        if data.coherence is not None and not valid.any():
            return np.full((self._bands, *valid.shape), np.nan, dtype=np.float32), valid
        phase = np.where(valid, data.phase, np.float32(0.0))
        channels = make_channels(phase, data.coherence, self.convention,
                                 self.coherence_threshold)
        channels[:, ~valid] = np.nan
        return channels, valid
