"""The regular grid of overlapping tiles that a raster is predicted on.

Tiles are squares of ``tile`` pixels placed every ``stride = tile - overlap`` pixels in both
directions, on a grid anchored at ``offset`` (row, col) instead of (0, 0) when asked (tests
shift it by half a tile to look for seams). The grid extends beyond the raster so that *every*
pixel, the first and last rows and columns included, is covered by as many tiles as an
interior pixel: edge tiles are read boundless and their outside part is nodata (zeros for the
network, weight 0 in the blend).

Why overlap. A convolutional network sees, for each output pixel, a neighbourhood of input
pixels (its receptive field, and in practice the context its training patches gave it). Near a
tile's border part of that neighbourhood is missing (zero padding), so predictions there are
worse and differ from the neighbouring tile's: the classic seam. With an overlap at least as
large as the context the network needs, every pixel is also seen by a tile in which it lies
far enough from the border, and the blending window (:mod:`.blending`) gives that tile most of
the weight. The default (``tile // 2``, chosen in :mod:`.engine`) puts every pixel in 2 x 2 tiles,
at four forward passes per pixel; the pixels within ``overlap / 4`` of a tile's border then get
(almost) no weight, and every pixel is predicted mainly by a tile in which it lies at least
``overlap / 2`` from the border.

Alignment. A network that downsamples by ``D`` in total (pooling, strided convolutions) samples
its input on a lattice of step ``D`` anchored at the tile's origin, so two tiles whose origins
differ by a non-multiple of ``D`` see the same pixels through different lattices and predict
them differently: the map then moves with the tile grid. Given ``alignment = D`` (the registry's
:attr:`~isslide_qgis.core.models.registry.ModelSpec.alignment`), :func:`aligned_tiling` snaps the
stride and the grid's anchor to multiples of ``D``, so every tile origin is a multiple of ``D``
in raster coordinates and two grids differ only by the context each tile gives.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from rasterio.windows import Window

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.messages import translate


def check_tiling(tile: int, overlap: int) -> None:
    """Check a tile size and an overlap given by the analyst.

    Raises:
        InputDataError: ``tile`` is not positive, or ``overlap`` is not in ``[0, tile)``.
    """
    if tile < 1 or not 0 <= overlap < tile:
        raise InputDataError(
            translate(
                "IsslideCore", "Invalid tiling: tile size {tile} px with overlap {overlap} px. "
                "The tile size must be positive and the overlap between 0 and the tile size minus "
                "one."
            ).format(tile=tile, overlap=overlap)
        )


def tile_starts(length: int, tile: int, stride: int, offset: int = 0) -> list[int]:
    """First pixel of every tile along one axis of ``length`` pixels.

    The starts are ``offset + k * stride`` for every integer ``k`` whose tile
    ``[start, start + tile)`` overlaps ``[0, length)``; the first ones may be negative.
    """
    first = offset + math.ceil((1 - tile - offset) / stride) * stride
    return list(range(first, length, stride))


def nearest_multiple(value: int, step: int) -> int:
    """``value`` rounded to the nearest multiple of ``step`` (halfway: upwards)."""
    return step * ((value + step // 2) // step)


def aligned_tiling(tile: int, overlap: int, offset: tuple[int, int],
                   alignment: int) -> tuple[int, tuple[int, int]]:
    """``(overlap, offset)`` snapped so that every tile origin is a multiple of ``alignment``.

    The stride ``tile - overlap`` becomes the nearest multiple of ``alignment`` (at least one
    step, at most the tile, so that tiles still cover every pixel) and each coordinate of the
    offset its nearest multiple. Unchanged when ``alignment`` is 1 or larger than the tile.

    Raises:
        InputDataError: invalid tile size or overlap (see :func:`check_tiling`).
    """
    check_tiling(tile, overlap)
    if alignment <= 1 or alignment > tile:
        return overlap, offset
    stride = nearest_multiple(tile - overlap, alignment)
    stride = min(max(stride, alignment), tile - tile % alignment)
    return tile - stride, (nearest_multiple(offset[0], alignment),
                           nearest_multiple(offset[1], alignment))


@dataclass(frozen=True)
class TileGrid:
    """The tiles of a raster: row starts x column starts.

    Attributes:
        height: Raster rows.
        width: Raster columns.
        tile: Tile side in pixels.
        overlap: Pixels shared by two neighbouring tiles.
        rows: First row of each strip of tiles, increasing (the first may be negative).
        cols: First column of each tile in a strip, increasing.
    """

    height: int
    width: int
    tile: int
    overlap: int
    rows: tuple[int, ...]
    cols: tuple[int, ...]

    @classmethod
    def build(cls, height: int, width: int, tile: int, overlap: int,
              offset: tuple[int, int] = (0, 0), alignment: int = 1) -> "TileGrid":
        """The grid of ``tile``-pixel tiles every ``tile - overlap`` px, anchored at ``offset``.

        With ``alignment > 1`` the overlap and offset are first snapped by
        :func:`aligned_tiling` (the grid's ``overlap`` is then the one used).

        Raises:
            InputDataError: invalid tile size or overlap (see :func:`check_tiling`).
        """
        overlap, offset = aligned_tiling(tile, overlap, offset, alignment)
        stride = tile - overlap
        return cls(height, width, tile, overlap,
                   tuple(tile_starts(height, tile, stride, offset[0])),
                   tuple(tile_starts(width, tile, stride, offset[1])))

    @property
    def stride(self) -> int:
        """Step between neighbouring tiles."""
        return self.tile - self.overlap

    @property
    def count(self) -> int:
        """Number of tiles."""
        return len(self.rows) * len(self.cols)

    def strip_window(self, row: int) -> Window:
        """The window read for the strip of tiles starting at ``row`` (all its tiles)."""
        return Window(self.cols[0], row, self.cols[-1] + self.tile - self.cols[0], self.tile)

    def windows(self) -> list[Window]:
        """Every tile, row by row."""
        return [Window(col, row, self.tile, self.tile) for row in self.rows for col in self.cols]


def tile_windows(height: int, width: int, tile: int, overlap: int,
                 offset: tuple[int, int] = (0, 0)) -> list[Window]:
    """Windows of the overlapping tiles covering a ``height`` x ``width`` raster, row by row.

    Args:
        height: Raster rows.
        width: Raster columns.
        tile: Tile side in pixels.
        overlap: Pixels shared by neighbouring tiles (``0 <= overlap < tile``); it should cover
            the context the network needs (see the module docstring).
        offset: ``(row, col)`` anchor of the grid; tiles start at ``offset + k * stride``.

    Returns:
        Square windows, some extending beyond the raster (read them boundless).
    """
    return TileGrid.build(height, width, tile, overlap, offset).windows()
