"""Patches: tiling windows, annotation masks, and where to cut positive and negative patches.

Pixel positions are ``(row, col)`` of the raster (or array) they refer to. A patch of size
``s`` centred on ``(r, c)`` is the window whose top-left pixel is ``(r - s // 2, c - s // 2)``
(see :func:`centred_window`).
"""
from __future__ import annotations

from typing import Iterable

import numpy as np
from rasterio.features import rasterize
from rasterio.windows import Window
from scipy.ndimage import distance_transform_edt, maximum_filter

from isslide_qgis.core.insar.grid import RasterGrid

#: Default share of valid pixels a negative patch must hold.
MIN_VALID_FRACTION = 0.9


def _offsets(length: int, size: int, stride: int) -> list[int]:
    if length <= size:
        return [0]
    offsets = list(range(0, length - size + 1, stride))
    if offsets[-1] + size < length:
        offsets.append(length - size)
    return offsets


def grid_windows(height: int, width: int, size: int = 100, stride: int | None = None) -> list[Window]:
    """Windows of ``size`` x ``size`` pixels tiling a raster, row by row.

    Args:
        height: Raster rows.
        width: Raster columns.
        size: Window side in pixels.
        stride: Step between windows (default ``size``: no overlap). The last row and column
            of windows are shifted back to end on the raster edge, so every pixel is covered.
            A raster smaller than ``size`` in a direction gets one window that extends beyond
            it (read it boundless).
    """
    if size <= 0 or (stride is not None and stride <= 0):
        raise ValueError(f"Window size ({size}) and stride ({stride}) must be positive.")
    stride = stride or size
    return [
        Window(col, row, size, size)
        for row in _offsets(height, size, stride)
        for col in _offsets(width, size, stride)
    ]


def centred_window(centre: tuple[int, int], size: int, height: int, width: int) -> Window:
    """The ``size`` window centred on ``centre``, shifted to lie inside a ``height`` x
    ``width`` raster when it is at least ``size`` large (otherwise it starts at 0)."""
    row = min(max(centre[0] - size // 2, 0), max(height - size, 0))
    col = min(max(centre[1] - size // 2, 0), max(width - size, 0))
    return Window(col, row, size, size)


def rasterize_annotations(
    geometries: Iterable[object], grid: RasterGrid, all_touched: bool = False
) -> np.ndarray:
    """Burn annotation polygons into a uint8 mask (1 inside, 0 outside) on ``grid``.

    Geometries are shapely objects in the coordinates of ``grid.transform``: the raster's
    CRS for map geometry; for a raster without CRS (radar geometry, identity transform)
    pixel coordinates, x = column and y = row from the raster's top-left corner. A pixel is
    burnt when its centre is inside (GDAL's rule), or when touched if ``all_touched``.
    """
    shapes = [(geometry, 1) for geometry in geometries if geometry is not None and not geometry.is_empty]
    if not shapes:
        return np.zeros(grid.shape, dtype=np.uint8)
    return rasterize(
        shapes, out_shape=grid.shape, transform=grid.transform, fill=0,
        all_touched=all_touched, dtype="uint8",
    )


def annotation_centres(mask: np.ndarray, patch_size: int = 100) -> list[tuple[int, int]]:
    """Centres of positive patches, as the ISSLIDE authors chose them.

    Candidates are the local maxima (3 x 3 neighbourhood) of the distance transform of the
    annotation mask, i.e. the deepest points of each body. They are taken greedily, deepest
    first (ties by row, then column), skipping any candidate closer than ``patch_size / 2``
    (Euclidean) to a centre already taken. So no two centres are closer than
    ``patch_size / 2``; every connected body gets a centre of its own or has its deepest
    point within ``patch_size / 2`` of one (hence inside that patch); long or large bodies
    with several separated maxima get several centres.

    Args:
        mask: Annotation mask (non-zero = annotated), (H, W).
        patch_size: Patch side in pixels.

    Returns:
        ``(row, col)`` centres sorted by row then column (empty for an empty mask).
    """
    body = np.asarray(mask) > 0
    if not body.any():
        return []
    depth = distance_transform_edt(body)
    peaks = body & (depth == maximum_filter(depth, size=3, mode="constant", cval=0.0))
    rows, cols = np.nonzero(peaks)
    order = np.lexsort((cols, rows, -depth[rows, cols]))
    taken = np.empty((0, 2), dtype=np.float64)
    for index in order:
        point = np.array([rows[index], cols[index]], dtype=np.float64)
        if len(taken) and np.min(np.hypot(*(taken - point).T)) < patch_size / 2:
            continue
        taken = np.vstack([taken, point])
    return sorted((int(r), int(c)) for r, c in taken)


def _box_sums(
    integral: np.ndarray, r0: np.ndarray, r1: np.ndarray, c0: np.ndarray, c1: np.ndarray
) -> np.ndarray:
    """Sums over boxes [r0, r1) x [c0, c1) for every pair (row range, column range)."""
    return (
        integral[np.ix_(r1, c1)] - integral[np.ix_(r0, c1)]
        - integral[np.ix_(r1, c0)] + integral[np.ix_(r0, c0)]
    )


def _integral(values: np.ndarray) -> np.ndarray:
    out = np.zeros((values.shape[0] + 1, values.shape[1] + 1), dtype=np.int64)
    out[1:, 1:] = values.astype(np.int64).cumsum(0).cumsum(1)
    return out


def negative_centres(
    mask: np.ndarray,
    valid: np.ndarray,
    count: int,
    patch_size: int,
    rng: np.random.Generator,
    margin: int | None = None,
    min_valid_fraction: float = MIN_VALID_FRACTION,
) -> list[tuple[int, int]]:
    """Centres of "no movement" patches drawn at random.

    A candidate patch lies entirely inside the raster, has no annotated pixel within
    ``margin`` pixels of it (default ``patch_size // 4``), and at least
    ``min_valid_fraction`` of valid pixels. Chosen patches do not overlap each other.

    Args:
        mask: Annotation mask (non-zero = annotated), (H, W).
        valid: Valid-pixel mask, (H, W).
        count: Number of centres wanted; fewer are returned when fewer patches qualify.
        patch_size: Patch side in pixels.
        rng: Random generator (seed it for reproducible datasets).
        margin: Clearance around annotations in pixels.
        min_valid_fraction: Required share of valid pixels.

    Returns:
        ``(row, col)`` centres in the order drawn.
    """
    annotated = np.asarray(mask) > 0
    height, width = annotated.shape
    if count <= 0 or height < patch_size or width < patch_size:
        return []
    margin = patch_size // 4 if margin is None else margin
    rows = np.arange(height - patch_size + 1)
    cols = np.arange(width - patch_size + 1)
    valid_count = _box_sums(
        _integral(np.asarray(valid, dtype=bool)), rows, rows + patch_size, cols, cols + patch_size
    )
    near = _box_sums(
        _integral(annotated),
        np.clip(rows - margin, 0, height), np.clip(rows + patch_size + margin, 0, height),
        np.clip(cols - margin, 0, width), np.clip(cols + patch_size + margin, 0, width),
    )
    eligible = (near == 0) & (valid_count >= min_valid_fraction * patch_size * patch_size)
    blocked = ~eligible
    chosen: list[tuple[int, int]] = []
    for flat in rng.permutation(np.flatnonzero(eligible)):
        row, col = divmod(int(flat), len(cols))
        if blocked[row, col]:
            continue
        chosen.append((row + patch_size // 2, col + patch_size // 2))
        if len(chosen) == count:
            break
        # Block every top-left position whose window would overlap this one.
        blocked[max(row - patch_size + 1, 0): row + patch_size,
                max(col - patch_size + 1, 0): col + patch_size] = True
    return chosen
