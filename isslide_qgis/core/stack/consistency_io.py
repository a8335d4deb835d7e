"""Reading the pairs' outputs and writing the temporal-consistency GeoPackage.

The product is one layer, ``temporal_consistency``, styled by its consistency-weighted score
(``resources/styles/temporal_consistency.qml`` embedded as the default style; a style by
velocity class is shipped as ``temporal_consistency_velocity.qml``), written all or nothing. Every pair must be on one CRS (the stack's common geometry); the areas' ground
surface is measured on it (square metres; pixels for radar geometry without CRS).
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from ..errors import InputDataError, IsslideError, OperationCanceled
from ..kinematics.fields import STACK_KINEMATIC_FIELDS
from ..messages import translate
from ..vectorize.geopackage import FieldSpec, atomic_geopackage, read_features, write_layer
from .consistency import ConsistentArea, PairDetections, merge_detections, record_evidence
from .pair_task import PAIR_OUTPUTS, pair_folder
from .pairs import Pair

#: name of the product's layer (and of its shipped style)
CONSISTENCY_LAYER = "temporal_consistency"
CONSISTENCY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", "integer"),
    FieldSpec("n_detected", "integer"),
    FieldSpec("n_covered", "integer"),
    FieldSpec("persistence", "real"),
    FieldSpec("score", "real"),
    FieldSpec("score_from_days", "integer"),
    FieldSpec("mean_max_prob", "real"),
    FieldSpec("baselines", "string"),
    FieldSpec("n_baselines", "integer"),
    FieldSpec("pairs", "string"),
    FieldSpec("date_first", "date"),
    FieldSpec("date_last", "date"),
    *STACK_KINEMATIC_FIELDS,
    FieldSpec("area_m2", "real"),
    FieldSpec("area_px", "real"),
    FieldSpec("review_status", "string", default="'unreviewed'"),
    FieldSpec("comment", "string", default="''"),
)


def read_areas(path: Path, layer_name: str = "moving_areas") -> list[tuple[Any, float]]:
    """``[(shapely geometry, max_prob), ...]`` of a pair's moving-areas GeoPackage."""
    unreadable = translate(
        "IsslideCore", "Cannot open the moving areas '{path}': the pair's outputs are "
        "damaged; delete its folder and run the stack again.").format(path=path)
    return [(geometry, float(values["max_prob"]) if values["max_prob"] is not None else 0.0)
            for geometry, values in read_features(path, layer_name, ("max_prob",), unreadable)]


def evidence_in(dataset) -> Callable[[Any], tuple[float, float] | None]:
    """``geometry -> (share of its pixels with valid data, their maximum)`` in an open
    probability raster (``None`` when the geometry misses the raster)."""
    from rasterio.features import geometry_mask
    from rasterio.windows import Window

    inverse = ~dataset.transform

    def evidence(geometry) -> tuple[float, float] | None:
        x0, y0, x1, y1 = geometry.bounds
        corners = [inverse * (x, y) for x in (x0, x1) for y in (y0, y1)]
        c0, c1 = math.floor(min(c for c, _ in corners)), math.ceil(max(c for c, _ in corners))
        r0, r1 = math.floor(min(r for _, r in corners)), math.ceil(max(r for _, r in corners))
        if c1 <= 0 or r1 <= 0 or c0 >= dataset.width or r0 >= dataset.height:
            return None
        window = Window(c0, r0, max(c1 - c0, 1), max(r1 - r0, 1))
        data = dataset.read(1, window=window, boundless=True, masked=True, fill_value=np.nan)
        transform = dataset.window_transform(window)
        inside = geometry_mask([geometry], data.shape, transform, invert=True)
        if not inside.any():
            inside = geometry_mask([geometry], data.shape, transform, invert=True, all_touched=True)
        values = np.ma.filled(data.astype(np.float64), np.nan)[inside]
        valid = np.isfinite(values)
        if not valid.any():
            return (0.0, 0.0) if values.size else None
        return float(valid.mean()), float(values[valid].max())

    return evidence


def record_kinematics(areas: Sequence[ConsistentArea], pair: Pair) -> None:
    """Measure each area that ``pair`` covers on the pair's interferogram (one area window
    at a time). A pair whose interferogram can no longer be read adds nothing."""
    from ..insar.reading import InterferogramReader
    from ..kinematics.area_source import kinematics_source

    covered = [area for area in areas if pair.name in area.evidence or pair.name in area.detections]
    if not covered:
        return
    try:
        with InterferogramReader(pair.phase_path, pair.coherence_path) as reader:
            source = kinematics_source(reader, pair.baseline_days)
            for area in covered:
                area.kinematics[pair.name] = source.measure_map(area.geometry)
    except IsslideError:
        return


def _area_m2(geometry, grid) -> float | None:
    from ..vectorize.ground_area import ellipsoidal_area

    if grid.is_geographic:
        return ellipsoidal_area(geometry)
    pixel = grid.pixel_area_m2()
    determinant = abs(grid.transform.determinant)
    return None if pixel is None or not determinant else geometry.area * pixel / determinant


def _rows(areas: Sequence[ConsistentArea], grid):
    from shapely.geometry import MultiPolygon

    determinant = abs(grid.transform.determinant) or 1.0
    for number, area in enumerate(areas, start=1):
        values = {"id": number, **area.attributes(), "area_m2": _area_m2(area.geometry, grid),
                  "area_px": round(area.geometry.area / determinant, 3),
                  "review_status": "unreviewed", "comment": ""}
        geometry = area.geometry
        yield values, MultiPolygon([geometry]) if geometry.geom_type == "Polygon" else geometry, number


def write_consistency(pairs: Sequence[Pair], output_folder: Path, out_path: Path,
                      coverage_fraction: float = 0.5,
                      is_canceled: Callable[[], bool] | None = None) -> int:
    """Merge the done pairs' areas, count coverage, write the product; return its area count.

    Raises:
        InputDataError: a pair's outputs cannot be read, or the pairs are on different CRSs.
        OperationCanceled: cancelled (no product written).
    """
    import rasterio

    from ..insar.grid import RasterGrid
    from ..vectorize.styles import embed_shipped_style

    detections = [PairDetections(pair, read_areas(pair_folder(output_folder, pair)
                                                  / PAIR_OUTPUTS["areas"])) for pair in pairs]
    merged = merge_detections(detections)
    grid = None
    for pair in pairs:
        if is_canceled is not None and is_canceled():
            raise OperationCanceled(translate("IsslideCore", "Cancelled: no output was written."))
        path = pair_folder(output_folder, pair) / PAIR_OUTPUTS["probability"]
        with rasterio.open(path) as dataset:
            pair_grid = RasterGrid.from_dataset(dataset)
            if grid is None:
                grid = pair_grid
            elif pair_grid.crs != grid.crs:
                raise InputDataError(translate(
                    "IsslideCore", "The pair {name} is not on the CRS of the other pairs "
                    "({crs}); reproject the stack's interferograms to one CRS first.").format(
                    name=pair.name, crs=grid.crs or "none"))
            record_evidence(merged, pair, evidence_in(dataset), coverage_fraction)
        record_kinematics(merged, pair)
    notes: list[str] = []
    with atomic_geopackage(out_path) as temporary:
        write_layer(temporary, CONSISTENCY_LAYER, grid, "wkbMultiPolygon", CONSISTENCY_FIELDS,
                    _rows(merged, grid), description="isslide_qgis temporal consistency")
        embed_shipped_style(temporary, CONSISTENCY_LAYER, CONSISTENCY_LAYER, notes,
                            CONSISTENCY_FIELDS)
        embed_velocity_style(temporary, notes)
    return len(merged)


#: the shipped style by velocity class, stored beside the default one (Layer Properties >
#: Style lists it)
VELOCITY_STYLE = "temporal_consistency_velocity"


def embed_velocity_style(path: Path, notes: list[str]) -> None:
    """Store the style by velocity class as a second, non-default style of the layer."""
    from ..vectorize.styles import embed_style, read_style, with_aliases

    try:
        qml = with_aliases(read_style(VELOCITY_STYLE), CONSISTENCY_FIELDS)
    except IsslideError as exc:
        notes.append(str(exc))
        return
    embed_style(path, CONSISTENCY_LAYER, qml, style_name=translate("IsslideCore", "velocity class"),
                description=translate("IsslideCore", "isslide_qgis style by velocity class "
                                                     "(cm/yr, LOS)"), use_as_default=False)
