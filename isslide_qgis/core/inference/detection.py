"""Detection of moving areas over a whole interferogram: the one call behind the Processing
algorithm ``isslide:detectmovingareas``, the dock and the command line.

Steps: load the checkpoint safely and check its card against the input; stream the
interferogram through the model (:func:`.engine.run_inference`) into a probability GeoTIFF;
vectorise it into moving-area polygons, each with its kinematics (LOS displacement, velocity
and class, :mod:`..kinematics`) measured on the interferogram; for ECSPLAIN, write the patch scores as a grid layer.
Each output appears only when its step succeeds; a cancelled or failed run removes what this
run wrote. GDAL's block cache is capped from the input's validation to the last polygon
(:mod:`.gdal_cache`), so memory does not grow with the scene.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..cam.views import views as symmetry_views
from ..insar.isslide_layout import ifg_dates
from ..messages import translate
from ..models.card import ModelCard

ProgressFn = Callable[[float], None]
#: share of the progress bar for inference (the rest: vectorisation)
INFERENCE_SHARE = 85.0
#: ground size of an ISSLIDE multilooked pixel (m), for minimum areas in radar geometry
RADAR_PIXEL_M = 14.64
#: default minimum ground area of a moving area (m²) of every detection (algorithms, dock,
#: stacks, command line), calibrated on the selection family (docs/out_of_family_validation.json)
DEFAULT_MIN_AREA_M2 = 10_000.0
#: the default model of detection (algorithms, dock, command line): the shipped model with the
#: best object F1 on the selection family, ties within 0.01 going to the best in-family F1
#: (docs/out_of_family_validation.json). ECSPLAIN needs torch (its map is a Grad-CAM): entry
#: points take :func:`default_model`, which falls back to :data:`ONNX_DEFAULT_MODEL` without it
DEFAULT_MODEL = "ecsplain_resnet18_w16"
#: the default without PyTorch: the best on the selection family among the shipped models that
#: run on ONNX Runtime (the segmenters; docs/out_of_family_validation.json)
ONNX_DEFAULT_MODEL = "fcn_resnet18_w16"
#: pixels per vectorisation strip (about 30 bytes each): bounds memory for wide swaths
STRIP_PIXELS = 4_000_000
#: most bands a detection writes (ECSPLAIN: probability and localisation), for the GDAL cache
OUTPUT_BANDS = 2


def default_model() -> str:
    """The default detection model of this installation: :data:`DEFAULT_MODEL`, or
    :data:`ONNX_DEFAULT_MODEL` when PyTorch is not installed (looked up without importing it)."""
    from ..dependencies import torch_available

    return DEFAULT_MODEL if torch_available() else ONNX_DEFAULT_MODEL


def radar_min_area_px(min_area_m2: float) -> float:
    """Minimum area in pixels for a raster without CRS, at ISSLIDE's ~14.64 m pixels."""
    return min_area_m2 / RADAR_PIXEL_M ** 2


def strip_rows(width: int) -> int:
    """Rows per vectorisation strip so that a strip holds about :data:`STRIP_PIXELS`."""
    return max(64, min(2048, STRIP_PIXELS // max(width, 1)))


def map_threshold(card: ModelCard) -> float:
    """The card's threshold for the probability map.

    Segmenters: ``pixel`` (max F1 on validation). ECSPLAIN's map is its CAM weighed or gated by
    its score (card ``training["score_use"]``, :data:`~.predictors.SCORE_USES`); its card may
    hold a ``pixel`` threshold chosen on validation scenes, else the product of its detection
    and localisation thresholds (a pixel passes when a confident patch also localises it).
    """
    thresholds = card.thresholds or {}
    if "pixel" in thresholds:
        return float(thresholds["pixel"])
    if "detection" in thresholds and "localisation" in thresholds:
        return float(thresholds["detection"]) * float(thresholds["localisation"])
    return 0.5


@dataclass(frozen=True)
class DetectionSettings:
    """How to detect, whatever the interferogram: the model and the detection options.

    One value serves a single detection (inside :class:`DetectionRequest`) and every pair of a
    stack (:mod:`..stack`), where it is pickled to the workers. ``threshold`` None: the card's
    calibrated map threshold; ``overlap`` None: the card's default; ``threads`` None: torch's
    setting; ``cam_method`` None: the card's (ECSPLAIN only); ``views`` None: the card's
    (ECSPLAIN only: views of each tile its map averages, 1 or 8, see :func:`card_with_views`).
    """

    checkpoint: Path
    threshold: float | None = None
    min_area_m2: float = DEFAULT_MIN_AREA_M2
    coherence_threshold: float = 0.0
    overlap: int | None = None
    batch_size: int = 16
    device: str = "auto"
    threads: int | None = None
    encoding: str = "auto"
    backend: str = "auto"
    cam_method: str | None = None
    views: int | None = None


def card_with_views(card: ModelCard, views: int | None) -> ModelCard:
    """The card whose ECSPLAIN map averages ``views`` views of each tile (card entry
    ``training["detection_views"]``); unchanged for ``None`` and for segmenters. One view is the
    fast path: the calibrated threshold of the shipped ECSPLAIN (0.55) is the best on the
    selection family with one view too (README "Detection maps of ECSPLAIN").

    Raises:
        InputDataError: ``views`` is not a number of views a map can be averaged over.
    """
    if views is None or card.task != "classification":
        return card
    symmetry_views(views)
    return dataclasses.replace(card, training={**card.training, "detection_views": views})


@dataclass
class DetectionRequest:
    """What to detect (one interferogram), how (:class:`DetectionSettings`), and where to write it.

    ``baseline_days`` is the pair's interval for the areas' velocities; ``None`` reads it from
    the dates in the name (product registry), and without dates velocities stay empty.
    """

    phase_path: Path
    settings: DetectionSettings
    probability_path: Path
    coherence_path: Path | None = None
    areas_path: Path | None = None
    patch_scores_path: Path | None = None
    interferogram_name: str = ""
    baseline_days: int | None = None


@dataclass
class DetectionResult:
    """What a detection wrote and found."""

    probability_path: Path
    areas_path: Path | None
    patch_scores_path: Path | None
    threshold: float
    areas: int
    model: str
    notes: list[str] = field(default_factory=list)
    summary: object | None = None
    backend: str = "torch"


def _scaled(progress: ProgressFn | None, low: float, high: float) -> ProgressFn | None:
    if progress is None:
        return None
    return lambda value: progress(low + (high - low) * value / 100.0)


def detect_moving_areas(request: DetectionRequest, progress: ProgressFn | None = None,
                        is_canceled: Callable[[], bool] | None = None) -> DetectionResult:
    """Run detection as described by ``request``.

    Raises:
        InputDataError, GridMismatchError: bad interferogram or coherence.
        ModelError: the checkpoint is unsafe, unreadable, or does not fit the input.
        OperationCanceled: cancelled; nothing this run wrote is left.
    """
    from ..insar.products import coherence_for, recognise
    from ..insar.reading import InterferogramReader
    from ..kinematics.area_source import kinematics_source
    from ..vectorize import vectorize_probability, write_patch_scores
    from .engine import INPUT_RASTERS, predict_raster
    from .backends import load_model
    from .gdal_cache import MIN_CACHE_BYTES, cache_budget, capped_gdal_cache

    settings = request.settings
    loaded = load_model(settings.backend, settings.checkpoint, device=settings.device,
                        threads=settings.threads)
    card = card_with_views(loaded.card, settings.views)
    name = request.interferogram_name or Path(request.phase_path).stem
    threshold = settings.threshold if settings.threshold is not None else map_threshold(card)
    written: list[Path] = []
    product = recognise(request.phase_path)
    coherence_path, found_notes = coherence_for(request.phase_path, request.coherence_path)
    try:
        with capped_gdal_cache(MIN_CACHE_BYTES):  # validation reads a decimated sample only
            opened = InterferogramReader(request.phase_path, coherence_path,
                                         encoding=settings.encoding, product=product)
        with opened as reader, capped_gdal_cache(
                cache_budget(reader.grid.width, INPUT_RASTERS + OUTPUT_BANDS)):
            notes = found_notes + list(reader.notes)
            summary = predict_raster(
                reader, request.probability_path, loaded.model, card, predictor=loaded.predictor,
                overlap=settings.overlap,
                batch_size=settings.batch_size, coherence_threshold=settings.coherence_threshold,
                device=settings.device, threads=settings.threads, cam_method=settings.cam_method,
                progress=_scaled(progress, 0.0, INFERENCE_SHARE), is_canceled=is_canceled)
            written.append(Path(request.probability_path))
            patch_scores = None
            if request.patch_scores_path is not None and summary.tile_scores:
                patch_scores = write_patch_scores(
                    summary.tile_scores, reader.grid, request.patch_scores_path,
                    threshold=(card.thresholds or {}).get("detection"),
                    model_name=card.architecture)
                written.append(Path(patch_scores))
            count = 0
            if request.areas_path is not None:
                min_area = settings.min_area_m2
                if not reader.grid.has_crs:
                    min_area = radar_min_area_px(settings.min_area_m2)
                    notes.append(translate(
                        "IsslideCore", "No CRS (radar geometry): the minimum area of {m2:g} m² "
                        "is taken as {px:.0f} pixels of about 14.64 m (ISSLIDE multilook)."
                    ).format(m2=settings.min_area_m2, px=min_area))
                dates = ([product.date_first, product.date_second]
                         if product is not None and product.date_first else ifg_dates(name))
                baseline = (dates[1] - dates[0]).days if len(dates) >= 2 else None
                if request.baseline_days is not None:
                    baseline = int(request.baseline_days)
                kinematics = kinematics_source(reader, baseline)
                notes.extend(kinematics.notes)
                vectorized = vectorize_probability(
                    request.probability_path, request.areas_path, threshold=threshold,
                    min_area_m2=min_area, coherence=reader, block_size=strip_rows(reader.grid.width),
                    model_name=card.architecture, interferogram_name=name,
                    baseline_days=baseline, dates=tuple(dates[:2]) if len(dates) >= 2 else (None, None),
                    kinematics=kinematics,
                    progress=_scaled(progress, INFERENCE_SHARE, 100.0), is_canceled=is_canceled)
                written.append(Path(request.areas_path))
                count = vectorized.count
    except BaseException:
        for path in written:
            Path(path).unlink(missing_ok=True)
        raise
    return DetectionResult(Path(request.probability_path), request.areas_path, patch_scores,
                           threshold, count, card.architecture, notes, summary, loaded.backend)
