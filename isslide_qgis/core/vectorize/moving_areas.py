"""Moving-area polygons from a probability raster, ready for an analyst's review.

A pixel belongs to a moving area when its probability is strictly greater than the threshold
(NaN and nodata never do), as in :mod:`isslide_qgis.core.evaluation`. Each 8-connected group
of such pixels becomes one feature (a MultiPolygon when parts touch only at a corner; holes
kept) of the GeoPackage layer ``moving_areas``, numbered 1..n by decreasing maximum
probability. Areas smaller than the minimum are dropped (in m2 when the raster has a CRS with
a known unit, in pixels otherwise: see :mod:`.ground_area`). The raster is read strip by strip
(:mod:`.components`), so memory holds ``block_size`` rows plus the areas found, whatever the
raster's height. The layer is written all or nothing with its default style embedded.
"""
from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
from shapely.geometry import MultiPolygon

from isslide_qgis.core.errors import OperationCanceled
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.kinematics.area_source import KinematicsSource
from isslide_qgis.core.kinematics.measure import AreaKinematics
from isslide_qgis.core.messages import translate
from isslide_qgis.core.vectorize.attributes import (
    MOVING_AREA_FIELDS,
    MOVING_AREAS_LAYER,
    DetectionContext,
    moving_area_values,
)
from isslide_qgis.core.vectorize.components import ComponentStream, PixelComponent
from isslide_qgis.core.vectorize.geopackage import FeatureRow, atomic_geopackage, write_layer
from isslide_qgis.core.vectorize.ground_area import AreaMeasure, area_measure, to_map
from isslide_qgis.core.vectorize.inputs import (
    CoherenceInput,
    coherence_strips,
    open_kinematics,
    input_error,
    open_probability,
    probability_strips,
)
from isslide_qgis.core.vectorize.outlines import refine_outline
from isslide_qgis.core.vectorize.styles import embed_shipped_style

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]
#: Share of the progress bar for reading and labelling (the rest: writing).
SCAN_SHARE = 90.0
#: Features written between two cancellation checks.
_CHECK_EVERY = 200


@dataclass
class VectorizeSummary:
    """What :func:`vectorize_probability` wrote.

    Attributes:
        count: Number of moving areas written.
        path: The GeoPackage.
        components: Connected areas found above the threshold, before the minimum-area filter.
        area_unit: ``"m2"`` when areas (and the minimum area) are ground areas, ``"px"`` in
            radar geometry or for a CRS of unknown unit.
        notes: What the analyst should know (e.g. areas in pixels, no style embedded).
    """

    count: int
    path: Path
    components: int = 0
    area_unit: str = "m2"
    notes: list[str] = field(default_factory=list)


@dataclass
class _Area:
    """A kept moving area: sort key, attributes and map geometry."""

    component: PixelComponent
    area_m2: float | None
    geometry: MultiPolygon
    kinematics: AreaKinematics | None = None

    @property
    def order(self) -> tuple:
        return (-self.component.prob_max, self.component.first)


def _check_options(threshold: float, min_area_m2: float, simplify_px: float) -> None:
    if not np.isfinite(threshold):
        raise input_error(translate(
            "IsslideCore",
            "The probability threshold {value} is not a number: give a value between 0 and 1 "
            "(e.g. 0.5)."), value=threshold)
    if not min_area_m2 >= 0:
        raise input_error(translate(
            "IsslideCore",
            "The minimum area {value} is negative: give 0 to keep every area, or a positive area."
        ), value=min_area_m2)
    if not simplify_px >= 0:
        raise input_error(translate(
            "IsslideCore",
            "The simplification tolerance {value} px is negative: give 0 (no simplification) or "
            "a positive number of pixels."), value=simplify_px)


def _canceled(path: Path) -> OperationCanceled:
    return OperationCanceled(translate(
        "IsslideCore",
        "Vectorisation cancelled: the moving-area layer '{path}' was not written."
    ).format(path=path))


def _scan(stream: ComponentStream, measure: AreaMeasure, min_area: float, simplify_px: float,
          smooth: bool, tick: Callable[[int], None],
          kinematics: KinematicsSource | None = None) -> Iterator[_Area]:
    """Areas at least ``min_area`` large (m2 or px), their outlines refined, in map CRS, and
    their kinematics measured on the pixel outline (when an interferogram is given)."""
    for index, done in enumerate(stream, start=1):
        for component in done:
            outline = component.outline()
            area_m2 = measure.area_m2(component.pixels, outline)
            size = area_m2 if measure.in_metres else component.pixels
            component.pieces = []  # the outline is all that is needed from now on
            if size < min_area:
                continue
            motion = None if kinematics is None else kinematics.measure_pixels(outline)
            refined = refine_outline(outline, simplify_px, smooth)
            geometry = to_map(refined, measure.grid)
            if not isinstance(geometry, MultiPolygon):
                geometry = MultiPolygon([geometry])
            yield _Area(component, area_m2, geometry, motion)
        tick(index)


def vectorize_probability(
    probability_path: str | Path,
    out_path: str | Path,
    *,
    threshold: float,
    min_area_m2: float = 0.0,
    coherence_path: CoherenceInput = None,
    model_name: str = "",
    interferogram_name: str = "",
    baseline_days: int | None = None,
    dates: tuple = (None, None),
    simplify_px: float = 0.0,
    smooth: bool = False,
    block_size: int = 2048,
    progress: ProgressFn | None = None,
    is_canceled: CancelFn | None = None,
    coherence: CoherenceInput = None,
    band: int = 1,
    interferogram: str | Path | None = None,
    kinematics: KinematicsSource | None = None,
) -> VectorizeSummary:
    """Write the moving areas of a probability raster as the GeoPackage layer ``moving_areas``.

    Args:
        probability_path: Probability raster (values in [0, 1], NaN or nodata outside data).
        out_path: GeoPackage to write (replaced if it exists, only when the run succeeds).
        threshold: A pixel is moving when its probability is strictly greater.
        min_area_m2: Areas smaller than this are dropped: square metres on a georeferenced
            raster, pixels in radar geometry (no CRS) or when the CRS unit is unknown.
        coherence_path: Coherence raster (any grid overlapping the probability's; resampled),
            or an open :class:`~isslide_qgis.core.insar.reading.InterferogramReader` on the
            probability's grid; gives ``mean_coherence`` (NULL without it).
        model_name: Model that produced the probabilities (field ``model``).
        interferogram_name: Interferogram name (field ``interferogram``).
        baseline_days: Temporal baseline; by default the days between the two dates.
        dates: ``(first, second)`` acquisition dates (date, datetime, ``YYYY-MM-DD`` or
            ``YYYYMMDD``; ``None``: NULL).
        simplify_px: Douglas-Peucker tolerance in pixels, topology preserved (0: none).
        smooth: Round the pixel staircases (Chaikin corner cutting, see :mod:`.outlines`).
        block_size: Rows read at a time; memory is about 30 bytes per pixel of such a strip
            (width x block_size), plus the areas kept.
        progress: Called with 0..100.
        is_canceled: Polled between strips and while writing.
        coherence: Same as ``coherence_path`` (the name used by the detection).
        band: Band of the probability raster (1: the probability).
        interferogram: The wrapped interferogram the probability was computed from (same
            grid): gives each area's kinematics (:mod:`isslide_qgis.core.kinematics`), read
            with ``coherence_path`` when that is a path.
        kinematics: An open kinematics source (what the detection passes); overrides
            ``interferogram``.

    Returns:
        A :class:`VectorizeSummary`.

    Raises:
        InputDataError: The probability raster is missing or unreadable, or an option is
            invalid.
        GridMismatchError: The coherence cannot be put on the probability's grid.
        IsslideError: The GeoPackage cannot be written.
        OperationCanceled: Cancelled; no file was written.
    """
    probability_path, out_path = Path(probability_path), Path(out_path)
    _check_options(threshold, min_area_m2, simplify_px)
    context = DetectionContext.build(model_name, threshold, interferogram_name, baseline_days,
                                     dates)
    coherence = coherence if coherence is not None else coherence_path
    report = progress or (lambda value: None)
    canceled = is_canceled or (lambda: False)
    notes: list[str] = []
    with ExitStack() as stack:
        ds = stack.enter_context(open_probability(probability_path, band))
        grid = RasterGrid.from_dataset(ds)
        measure = area_measure(grid)
        read_probability = probability_strips(ds, band)
        read_coherence = coherence_strips(coherence, grid, probability_path, notes, stack)
        if kinematics is None and interferogram is not None:
            kinematics = open_kinematics(stack, interferogram, coherence, grid,
                                         context.baseline_days, probability_path)
        if kinematics is not None:
            notes.extend(kinematics.notes)

        def read_strip(row: int, rows: int):
            if canceled():
                raise _canceled(out_path)
            return read_probability(row, rows), (
                None if read_coherence is None else read_coherence(row, rows))

        stream = ComponentStream(read_strip, grid.height, threshold, block_size,
                                 measure.min_pixels(min_area_m2))

        def tick(done: int) -> None:
            report(SCAN_SHARE * done / max(1, stream.strips))

        areas = sorted(_scan(stream, measure, min_area_m2, simplify_px, smooth, tick,
                             kinematics), key=lambda area: area.order)
    if not measure.in_metres:
        notes.append(translate(
            "IsslideCore",
            "no ground area: the raster has no CRS (radar geometry) or a CRS of unknown unit, so "
            "area_m2 is empty, areas are counted in pixels (area_px) and the minimum area was "
            "read as {value} pixels"
        ).format(value=min_area_m2))
    _write_areas(out_path, areas, grid, context, notes, report, canceled)
    report(100.0)
    return VectorizeSummary(len(areas), out_path, stream.found,
                            "m2" if measure.in_metres else "px", notes)


def _write_areas(out_path: Path, areas: list[_Area], grid: RasterGrid,
                 context: DetectionContext, notes: list[str], report: ProgressFn,
                 canceled: CancelFn) -> None:
    description = translate(
        "IsslideCore",
        "Moving areas detected by isslide_qgis (model {model}, threshold {threshold})"
    ).format(model=context.model or "?", threshold=f"{context.threshold:g}")
    def rows() -> Iterator[FeatureRow]:
        for identifier, area in enumerate(areas, start=1):
            if identifier % _CHECK_EVERY == 0:
                if canceled():
                    raise _canceled(out_path)
                report(SCAN_SHARE + (100.0 - SCAN_SHARE) * identifier / len(areas))
            yield (moving_area_values(identifier, area.component, area.area_m2, context,
                                      area.kinematics),
                   area.geometry, identifier)

    with atomic_geopackage(out_path) as temporary:
        write_layer(temporary, MOVING_AREAS_LAYER, grid, "wkbMultiPolygon", MOVING_AREA_FIELDS,
                    rows(), description)
        if canceled():
            raise _canceled(out_path)
        embed_shipped_style(temporary, MOVING_AREAS_LAYER, MOVING_AREAS_LAYER, notes,
                            MOVING_AREA_FIELDS)
