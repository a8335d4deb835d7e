"""Cut ISSLIDE patches out of one interferogram (see :mod:`.isslide_layout` for the layout).

Memory stays bounded on whole scenes: positive centres are computed on small regions around
groups of annotations (never on the full grid), negatives are drawn on a decimated overview
then checked at full resolution, and patches are read window by window.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np
from rasterio.windows import Window
from shapely.geometry import Polygon

from isslide_qgis.core.errors import InputDataError, OperationCanceled
from isslide_qgis.core.insar.geotiff import write_single_band
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.insar.isslide_layout import (
    PatchRecord,
    check_folder_name,
    negative_name,
    negative_record,
    positive_name,
    positive_record,
)
from isslide_qgis.core.insar.patches import (
    MIN_VALID_FRACTION,
    annotation_centres,
    centred_window,
    negative_centres,
    rasterize_annotations,
)
from isslide_qgis.core.insar.reading import InterferogramReader, WindowData
from isslide_qgis.core.messages import translate

#: Size of the overview on which negative patches are drawn (pixels).
NEGATIVE_OVERVIEW_PIXELS = 1_000_000


def footprint(grid: RasterGrid) -> Polygon:
    """The raster's outline in the coordinates of its transform."""
    corners = [(0, 0), (grid.width, 0), (grid.width, grid.height), (0, grid.height)]
    return Polygon([grid.transform * corner for corner in corners])


def annotations_on_raster(annotations: Iterable[object], reader: InterferogramReader) -> list[object]:
    """The annotations that intersect the raster; raise when there is none."""
    geometries = [g for g in annotations if g is not None and not g.is_empty]
    outline = footprint(reader.grid)
    inside = [g for g in geometries if g.intersects(outline)]
    if not inside:
        crs = (
            reader.grid.crs.to_string() if reader.grid.has_crs
            else translate("IsslideCore", "pixel coordinates (no CRS)")
        )
        raise InputDataError(
            translate(
                "IsslideCore",
                "None of the {count} annotation(s) intersects the interferogram "
                "'{path}' (bounds {bounds} in {crs}). Check that the annotation layer covers this "
                "interferogram and is in the raster's CRS (reproject it first)."
            ).format(count=len(geometries), path=reader.phase_path,
                     bounds=tuple(round(b, 6) for b in reader.grid.bounds), crs=crs)
        )
    return inside


def _pixel_box(geometry: object, grid: RasterGrid, margin: int) -> tuple[int, int, int, int]:
    """(row0, col0, row1, col1) of a geometry's pixels, grown by ``margin``, clipped to the grid."""
    minx, miny, maxx, maxy = geometry.bounds
    inverse = ~grid.transform
    cols, rows = zip(*(inverse * (x, y) for x in (minx, maxx) for y in (miny, maxy)))
    return (
        max(math.floor(min(rows)) - margin, 0), max(math.floor(min(cols)) - margin, 0),
        min(math.ceil(max(rows)) + margin, grid.height), min(math.ceil(max(cols)) + margin, grid.width),
    )


def annotation_regions(geometries: Sequence[object], grid: RasterGrid, margin: int) -> list[Window]:
    """Windows around groups of annotations: pixel boxes grown by ``margin`` and merged while
    they overlap. Annotations of different regions are more than ``2 * margin`` px apart."""
    boxes = [_pixel_box(g, grid, margin) for g in geometries]
    merged = True
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    boxes[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return [Window(c0, r0, c1 - c0, r1 - r0) for r0, c0, r1, c1 in sorted(boxes) if r1 > r0 and c1 > c0]


def positive_centres(
    geometries: Sequence[object], grid: RasterGrid, patch_size: int
) -> list[tuple[int, int]]:
    """:func:`annotation_centres` of the annotations on ``grid``, computed region by region
    (the same centres as on the full grid, as regions are more than ``patch_size`` apart)."""
    centres: list[tuple[int, int]] = []
    for region in annotation_regions(geometries, grid, patch_size // 2 + 1):
        mask = rasterize_annotations(geometries, grid.window_grid(region))
        centres += [
            (r + region.row_off, c + region.col_off) for r, c in annotation_centres(mask, patch_size)
        ]
    return sorted(centres)


def _clear_of_annotations(
    geometries: Sequence[object], grid: RasterGrid, window: Window, margin: int
) -> bool:
    grown = Window(window.col_off - margin, window.row_off - margin,
                   window.width + 2 * margin, window.height + 2 * margin)
    return not rasterize_annotations(geometries, grid.window_grid(grown)).any()


def negative_patches(
    reader: InterferogramReader, geometries: Sequence[object], count: int, patch_size: int,
    rng: np.random.Generator, margin: int, min_valid_fraction: float = MIN_VALID_FRACTION,
) -> list[tuple[Window, WindowData]]:
    """Up to ``count`` negative windows and their data: drawn with :func:`negative_centres` on
    a decimated overview, kept only if they pass the same test at full resolution."""
    overview, coarse = reader.read_decimated(NEGATIVE_OVERVIEW_PIXELS)
    scale_row, scale_col = reader.grid.height / coarse.height, reader.grid.width / coarse.width
    scale = max(scale_row, scale_col)
    coarse_mask = rasterize_annotations(geometries, coarse, all_touched=scale > 1)
    drawn = negative_centres(
        coarse_mask, overview.valid, 2 * count + 5, max(1, round(patch_size / scale)), rng,
        math.ceil(margin / scale), min_valid_fraction,
    )
    chosen: list[tuple[Window, WindowData]] = []
    for row, col in drawn:
        centre = (int((row + 0.5) * scale_row), int((col + 0.5) * scale_col))
        window = centred_window(centre, patch_size, reader.grid.height, reader.grid.width)
        if not _clear_of_annotations(geometries, reader.grid, window, margin):
            continue
        data = reader.read(window)
        if data.valid.mean() >= min_valid_fraction:
            chosen.append((window, data))
        if len(chosen) == count:
            break
    return chosen


def _write_patch(record: PatchRecord, grid: RasterGrid, data: WindowData, mask: np.ndarray | None,
                 tags: dict[str, str]) -> list[Path]:
    written = [write_single_band(record.phase_path, data.phase, grid, np.nan, "phase", tags)]
    if record.coherence_path is not None:
        written.append(
            write_single_band(record.coherence_path, data.coherence, grid, np.nan, "coherence", tags)
        )
    if mask is not None:
        written.append(write_single_band(record.mask_path, mask, grid, None, "mask", tags))
    return written


def write_isslide_patches(
    root: str | Path,
    reader: InterferogramReader,
    annotations: Iterable[object],
    zone: str,
    delay: int,
    ifg: str,
    patch_size: int = 100,
    negatives: int = 0,
    seed: int = 0,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    centre_annotations: Iterable[object] | None = None,
    negative_margin: int | None = None,
) -> list[PatchRecord]:
    """Write the ISSLIDE patches of one interferogram.

    Positive patches are centred by :func:`annotation_centres` on ``centre_annotations``
    (default ``annotations``): give the zone's annotations of all dates there so that the
    same patches (same names) recur at every date, as in ISSLIDE. A positive patch is
    skipped when it holds no annotated pixel of this date or no valid pixel. Negatives are
    drawn at random (``seed``) away from every annotation (``negative_margin``, default
    ``patch_size // 4`` px) with at least 90% valid pixels; fewer are written if fewer fit.

    Args:
        root: Dataset root folder (created if needed).
        reader: The interferogram (phase and optional coherence).
        annotations: Shapely polygons of this date, in the raster's CRS (pixel coordinates
            for radar geometry, see :func:`rasterize_annotations`).
        zone: Zone name (a folder name, e.g. "Queyras").
        delay: Temporal baseline in days.
        ifg: Interferogram name (its first YYYYMMDD is its date).
        patch_size: Patch side in pixels.
        negatives: Number of negative patches wanted.
        seed: Seed of the random draw of negatives.
        progress: Called with 0..100.
        is_canceled: Polled between patches; True stops and removes this call's files.
        centre_annotations: Polygons that place the patch centres (default ``annotations``).
        negative_margin: Clearance between negatives and annotations, in pixels.

    Returns:
        The records written, positives (by name) then negatives.

    Raises:
        InputDataError: No annotation intersects the raster, or a name cannot be a folder.
        OperationCanceled: Cancelled; the files written by this call were removed.
    """
    root = Path(root)
    zone, ifg = check_folder_name(zone, "zone"), check_folder_name(ifg, "interferogram")
    if int(delay) <= 0:
        raise InputDataError(
            translate(
                "IsslideCore", "The delay {delay} must be a positive number of days (6, 12, 18...)."
            ).format(delay=repr(delay))
        )
    geometries = annotations_on_raster(annotations, reader)
    placing = (geometries if centre_annotations is None
               else annotations_on_raster(centre_annotations, reader))
    grid, coherence = reader.grid, reader.has_coherence
    jobs: list[tuple[PatchRecord, Window, WindowData | None]] = [
        (positive_record(root, int(delay), zone, ifg, positive_name(zone, k), coherence),
         centred_window(centre, patch_size, grid.height, grid.width), None)
        for k, centre in enumerate(positive_centres(placing, grid, patch_size))
    ]
    if negatives > 0:
        margin = patch_size // 4 if negative_margin is None else negative_margin
        drawn = negative_patches(reader, list(geometries) + list(placing), negatives, patch_size,
                                 np.random.default_rng(seed), margin)
        jobs += [
            (negative_record(root, int(delay), zone, ifg, negative_name(zone, k), coherence), window, data)
            for k, (window, data) in enumerate(drawn)
        ]
    records: list[PatchRecord] = []
    written: list[Path] = []
    writing: PatchRecord | None = None
    try:
        for index, (record, window, data) in enumerate(jobs):
            if is_canceled is not None and is_canceled():
                raise OperationCanceled(
                    translate(
                        "IsslideCore",
                        "Writing ISSLIDE patches of '{ifg}' to '{root}' was cancelled; the "
                        "{count} file(s) written so far were removed."
                    ).format(ifg=ifg, root=root, count=len(written))
                )
            patch_grid = grid.window_grid(window)
            mask = rasterize_annotations(geometries, patch_grid) if record.positive else None
            data = data if data is not None else reader.read(window)
            if record.positive and not (mask.any() and data.valid.any()):
                continue
            tags = {"zone": zone, "ifg": ifg, "delay": str(delay), "source": str(reader.phase_path),
                    "window": f"{window.col_off},{window.row_off},{window.width},{window.height}"}
            writing = record
            written += _write_patch(record, patch_grid, data, mask, tags)
            writing = None
            records.append(record)
            if progress is not None:
                progress(100.0 * (index + 1) / len(jobs))
    except BaseException:
        partial = [] if writing is None else [writing.phase_path, writing.coherence_path, writing.mask_path]
        for path in written + [p for p in partial if p is not None]:  # incl. a half-written patch
            path.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(100.0)
    return records
