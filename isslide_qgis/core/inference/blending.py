"""Blending overlapping tile predictions without seams: weight windows and a strip accumulator.

Each pixel's result is ``sum_t(w_t * p_t) / sum_t(w_t)`` over the tiles ``t`` covering it,
where ``w_t`` is a smooth window that vanishes (almost) at the tile's border, where the
network lacks context, and nodata pixels have weight 0: a pixel that no tile saw as valid stays
NaN. Windows are strictly positive (:data:`WEIGHT_FLOOR`), so a pixel covered by one tile only
gets that tile's value, whatever its position in the tile.

The accumulator holds the weighted sums of one strip of ``tile`` rows of the raster: tiles are
added strip by strip, and once a strip of tiles is done, the rows above the next strip are
final and leave the buffer. Memory is ``O(bands * tile * width)``, whatever the height.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

#: Smallest weight of a window's 1-D profile (maximum 1); the 2-D window is at least its square.
#: Flooring each axis (not the product) keeps the share of a tile whose profile is at the floor
#: on one axis below ``WEIGHT_FLOOR`` relative to a neighbour at full weight on that axis.
WEIGHT_FLOOR = 1e-3


def cosine_taper(tile: int, overlap: int, margin: float = 0.25) -> np.ndarray:
    """1-D window: ~0 on a margin at each end, a ``sin^2`` ramp, then 1 in the middle.

    The margin is ``margin * overlap`` pixels (a quarter of the overlap by default): there the
    network lacks context, so the tile hands over to its neighbour, in which the same pixels
    lie at least ``overlap / 2`` from the border. The ramp, ``overlap - 2 * margin`` pixels
    long, is where the two tiles cross-fade: with neighbouring tiles ``tile - overlap`` apart
    the ramp down of one and the ramp up of the next sum to exactly 1 (``sin^2 + cos^2``), a
    partition of unity, so the blend is continuous (no seam) wherever the tiles' predictions
    are. ``margin = 0`` gives ramps over the whole overlap (a Hann window when the overlap is
    half the tile); ``overlap = 0`` gives ones. Overlaps above half a tile are treated as half
    a tile (the window is then wider than needed, never discontinuous).
    """
    overlap = min(overlap, tile // 2)
    if overlap == 0:
        return np.ones(tile)
    lead = margin * overlap
    ramp = overlap - 2 * lead
    index = np.arange(tile, dtype=np.float64)
    distance = np.minimum(index, tile - 1 - index) + 0.5  # from the nearer edge, pixel centres
    return np.sin(0.5 * np.pi * np.clip((distance - lead) / ramp, 0.0, 1.0)) ** 2


def hann_taper(tile: int, overlap: int) -> np.ndarray:
    """:func:`cosine_taper` without margin: ramps over the whole overlap."""
    return cosine_taper(tile, overlap, margin=0.0)


def uniform(tile: int, overlap: int) -> np.ndarray:
    """1-D window of ones: plain averaging of overlapping tiles (seams where the set changes)."""
    return np.ones(tile)


def centre_crop(tile: int, overlap: int) -> np.ndarray:
    """1-D window keeping each tile's central ``tile - overlap`` pixels only (Deepness style).

    The central parts of neighbouring tiles partition the raster, so each pixel takes the value
    of the one tile it is central to: hard seams where the tile changes.
    """
    window = np.zeros(tile)
    start = overlap // 2
    window[start:start + tile - overlap] = 1.0
    return window


#: Window name -> 1-D profile ``(tile, overlap) -> (tile,)``; the 2-D window is the outer product.
WEIGHT_WINDOWS: dict[str, Callable[[int, int], np.ndarray]] = {
    "taper": cosine_taper,
    "hann": hann_taper,
    "uniform": uniform,
    "centre_crop": centre_crop,
}


def weight_window(tile: int, overlap: int, kind: str = "taper") -> np.ndarray:
    """2-D float32 weight window ``(tile, tile)`` in ``[WEIGHT_FLOOR ** 2, 1]`` (separable).

    Args:
        tile: Tile side.
        overlap: Overlap between neighbouring tiles.
        kind: A key of :data:`WEIGHT_WINDOWS` (``"taper"``: seamless blending; the others
            exist to show what blending buys).

    Raises:
        ValueError: Unknown kind (the message lists the valid ones).
    """
    if kind not in WEIGHT_WINDOWS:
        raise ValueError(f"Unknown weight window {kind!r}; valid: {', '.join(WEIGHT_WINDOWS)}.")
    profile = np.maximum(WEIGHT_WINDOWS[kind](tile, overlap), WEIGHT_FLOOR)
    return np.outer(profile, profile).astype(np.float32)


class StripAccumulator:
    """Weighted sums of the predictions over a rolling strip of ``tile`` rows of the raster.

    Args:
        bands: Number of predicted maps.
        tile: Tile side (the strip height).
        width: Raster columns.
        first_row: Raster row of the strip's first row (the first tile row; may be negative).
    """

    def __init__(self, bands: int, tile: int, width: int, first_row: int) -> None:
        self.sums = np.zeros((bands, tile, width), dtype=np.float32)
        self.weights = np.zeros((tile, width), dtype=np.float32)
        self.top = first_row

    @property
    def shape(self) -> tuple[int, int, int]:
        """``(bands + 1, rows, width)``: the floats held, whatever the raster height."""
        return (self.sums.shape[0] + 1, *self.weights.shape)

    def add(self, row: int, col: int, weight: np.ndarray, values: np.ndarray | None) -> None:
        """Add one tile whose top-left pixel is ``(row, col)`` of the raster.

        Args:
            row: Raster row of the tile's first row (within the current strip).
            col: Raster column of the tile's first column (may be negative).
            weight: ``(tile, tile)`` weights, 0 on nodata.
            values: ``(bands, tile, tile)`` predictions, or ``None`` for predictions of 0.
        """
        tile = weight.shape[0]
        width = self.weights.shape[1]
        r0 = row - self.top
        c0, c1 = max(col, 0), min(col + tile, width)
        if c1 <= c0:
            return
        part = (slice(None), slice(c0 - col, c1 - col))
        self.weights[r0:r0 + tile, c0:c1] += weight[part]
        if values is not None:
            self.sums[:, r0:r0 + tile, c0:c1] += values[(slice(None), *part)] * weight[part]

    def pop(self, rows: int) -> np.ndarray:
        """Blend and remove the strip's first ``rows`` rows (all their tiles have been added).

        Returns:
            ``(bands, rows, width)`` float32: ``sums / weights``, NaN where the weight is 0.
            The buffer moves down by ``rows`` (``top += rows``), new rows empty.
        """
        weights = self.weights[:rows]
        if not weights.any():  # rows no tile saw as valid (nodata): no division
            blended = np.full((self.sums.shape[0], rows, weights.shape[1]), np.nan, np.float32)
        else:
            with np.errstate(invalid="ignore", divide="ignore"):
                blended = np.where(weights > 0, self.sums[:, :rows] / weights, np.float32(np.nan))
        for buffer in (self.sums[:, :], self.weights):
            buffer_rows = buffer.shape[-2]
            buffer[..., :buffer_rows - rows, :] = buffer[..., rows:, :]
            buffer[..., buffer_rows - rows:, :] = 0
        self.top += rows
        return blended.astype(np.float32, copy=False)
