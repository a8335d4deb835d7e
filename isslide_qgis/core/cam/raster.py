"""Class activation maps over whole interferograms: the call behind ``isslide:classactivationmap``.

The interferogram streams through the detection engine (:func:`~isslide_qgis.core.inference.
engine.run_inference`: the same tiling, overlap and seam-free blending) with a
:class:`~isslide_qgis.core.inference.cam_predictor.CamPredictor` in place of the detection
predictor; the result is one float32 band ``cam`` in [0, 1] on the interferogram's grid (CRS,
transform), NaN (nodata) where the input has no data, 0 where nothing is explained. The file
appears only when the run succeeds; a cancelled or failed run leaves nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from affine import Affine
from torch import nn

from isslide_qgis.core.cam.base import CamMethod
from isslide_qgis.core.cam.hooks import record_layer_shapes
from isslide_qgis.core.cam.layers import cam_layers
from isslide_qgis.core.cam.registry import CAM_METHOD_TITLES, get_cam_method
from isslide_qgis.core.cam.scorecam import ScoreCAM
from isslide_qgis.core.cam.tile_targets import CAM_TARGETS, TilePolygons
from isslide_qgis.core.cam.views import DEFAULT_VIEWS
from isslide_qgis.core.errors import InputDataError, OperationCanceled
from isslide_qgis.core.inference.cam_predictor import CamPredictor
from isslide_qgis.core.inference.engine import InferenceSummary, run_inference
from isslide_qgis.core.inference.predictors import resolve_device
from isslide_qgis.core.inference.sources import ArraySource, WindowSource
from isslide_qgis.core.inference.writers import ArraySink, GeoTiffSink
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.messages import translate
from isslide_qgis.core.models.card import ModelCard

#: Score-CAM in whole-raster runs: share of each layer's channels kept (seeded draw) and
#: masked images per forward call; see ``bench/scorecam.py`` and the README for the cost.
SCORECAM_CHANNEL_FRACTION = 0.25
SCORECAM_BATCH_SIZE = 32

ProgressFn = Callable[[float], None]


@dataclass
class CamRasterRequest:
    """What to explain, with which model and method, and where to write the map."""

    phase_path: Path
    checkpoint: Path
    output_path: Path
    coherence_path: Path | None = None
    encoding: str = "auto"
    method: str = "gradcam"
    layers: str | Sequence[str] = ()
    target: str = "prediction"
    polygons: Sequence[object] = ()
    threshold: float | None = None
    scorecam_fraction: float = SCORECAM_CHANNEL_FRACTION
    views: int = DEFAULT_VIEWS
    overlap: int | None = None
    batch_size: int = 8
    device: str = "auto"
    threads: int | None = None


@dataclass
class CamRasterResult:
    """What a whole-raster CAM run wrote."""

    path: Path
    method: str
    layers: tuple[str, ...]
    target: str
    tiles_explained: int
    summary: InferenceSummary
    notes: list[str] = field(default_factory=list)


@dataclass
class CamSetup:
    """A CAM predictor ready for the engine, with what it will cost."""

    predictor: CamPredictor
    notes: list[str]

    @property
    def tags(self) -> dict[str, str]:
        """Metadata written into the GeoTIFF."""
        p = self.predictor
        return {"cam_method": p.method.name, "cam_layers": ",".join(p.layers), "cam_target": p.target,
                "cam_threshold": f"{p.threshold:g}", "cam_views": str(len(p.views))}


def build_method(name: str, scorecam_fraction: float = SCORECAM_CHANNEL_FRACTION,
                 is_canceled: Callable[[], bool] | None = None) -> CamMethod:
    """The registry's method ``name``; Score-CAM with the whole-raster settings and cancel."""
    if name == "scorecam":
        return ScoreCAM(channel_fraction=scorecam_fraction, batch_size=SCORECAM_BATCH_SIZE,
                        is_canceled=is_canceled)
    return get_cam_method(name)


def setup_cam(model: nn.Module, card: ModelCard, *, method: str = "gradcam",
              layers: str | Sequence[str] = (), target: str = "prediction",
              polygons: Sequence[object] = (), grid: RasterGrid | None = None,
              threshold: float | None = None, scorecam_fraction: float = SCORECAM_CHANNEL_FRACTION,
              views: int = 1, device: str = "auto", is_canceled: Callable[[], bool] | None = None) -> CamSetup:
    """Check the choices against the model and build the :class:`CamPredictor`.

    Raises:
        ModelError: unknown layer names, or no default layers for the architecture.
        InputDataError: target ``"polygons"`` without polygons; unknown method or target.
    """
    for kind, name, valid in (("method", method, CAM_METHOD_TITLES), ("target", target, CAM_TARGETS)):
        if name not in valid:
            raise InputDataError(translate(
                "IsslideCore", "Unknown CAM {kind} '{name}'; choose one of: {valid}."
            ).format(kind=kind, name=name, valid=", ".join(valid)))
    chosen = cam_layers(model, card.architecture, layers, method)
    notes: list[str] = []
    region = None
    if target == "polygons":
        region = TilePolygons(polygons, grid.transform if grid is not None else Affine.identity())
        if not len(region):
            raise InputDataError(translate(
                "IsslideCore", "The CAM target is 'polygons' but no polygon was given: give the "
                "areas to explain, or choose the target 'prediction'."))
    elif polygons:
        notes.append(translate(
            "IsslideCore", "The polygons are not used: the CAM target is '{target}'. Choose the "
            "target 'polygons' to explain them.").format(target=target))
    cam = build_method(method, scorecam_fraction, is_canceled)
    if isinstance(cam, ScoreCAM):
        inputs = torch.zeros(1, card.in_channels, card.patch_size, card.patch_size)
        shapes = record_layer_shapes(model.eval(), chosen, inputs)
        cost = cam.estimated_forward_passes([s[1] for s in shapes.values()])
        notes.append(translate(
            "IsslideCore", "Score-CAM: {passes} masked forward passes per explained tile ({calls} "
            "calls of up to {batch} images), keeping {fraction:.0%} of each layer's channels."
        ).format(passes=cost.masked_inputs, calls=cost.batched_calls, batch=cam.batch_size,
                 fraction=cam.channel_fraction))
    predictor = CamPredictor(model, card, resolve_device(device), cam, chosen, target, threshold,
                             region, views)
    return CamSetup(predictor, notes)


class _TaggedSink(GeoTiffSink):
    """A :class:`GeoTiffSink` that adds the CAM's settings to the engine's metadata."""

    def __init__(self, path: Path, grid: RasterGrid, extra: Mapping[str, str]) -> None:
        super().__init__(path, grid)
        self.extra = dict(extra)

    def open(self, grid: RasterGrid, band_names: Sequence[str],
             tags: Mapping[str, str] | None = None) -> None:
        super().open(grid, band_names, {**(tags or {}), **self.extra})


def class_activation_raster(request: CamRasterRequest, progress: ProgressFn | None = None,
                            is_canceled: Callable[[], bool] | None = None) -> CamRasterResult:
    """Write the class activation map of a whole interferogram as a float32 GeoTIFF.

    Raises:
        InputDataError, GridMismatchError: bad interferogram or coherence, or no polygon for
            the target ``"polygons"``.
        ModelError: unsafe or unfit checkpoint, unknown layers.
        OperationCanceled: cancelled; no file is left.
    """
    from isslide_qgis.core.insar.products import coherence_for
    from isslide_qgis.core.insar.reading import InterferogramReader
    from isslide_qgis.core.models.checkpoint import load_checkpoint

    model, card = load_checkpoint(request.checkpoint)
    coherence_path, _ = coherence_for(request.phase_path, request.coherence_path)
    with InterferogramReader(request.phase_path, coherence_path,
                             encoding=request.encoding) as reader:
        setup = setup_cam(model, card, method=request.method, layers=request.layers,
                          target=request.target, polygons=request.polygons, grid=reader.grid,
                          threshold=request.threshold, scorecam_fraction=request.scorecam_fraction,
                          views=request.views, device=request.device, is_canceled=is_canceled)
        sink = _TaggedSink(Path(request.output_path), reader.grid, setup.tags)
        try:
            summary = run_inference(reader, model, card, sink=sink, overlap=request.overlap,
                                    batch_size=request.batch_size, device=request.device,
                                    threads=request.threads, predictor=setup.predictor,
                                    progress=progress, is_canceled=is_canceled)
        except OperationCanceled:
            raise OperationCanceled(translate(
                "IsslideCore", "The class activation map was cancelled; no output was written."
            )) from None
        notes = list(reader.notes) + setup.notes
    p = setup.predictor
    return CamRasterResult(Path(request.output_path), p.method.name, p.layers, p.target,
                           p.tiles_explained, summary, notes)


def class_activation_array(source: WindowSource | tuple[np.ndarray, np.ndarray | None],
                           model: nn.Module, card: ModelCard, **options: Any) -> np.ndarray:
    """The whole-raster CAM ``(H, W)`` of in-memory arrays (NaN on nodata), same engine.

    Args:
        source: a window source, or ``(phase, coherence)`` arrays.
        model, card: the network and its card.
        **options: those of :func:`setup_cam` and of :func:`run_inference` (``overlap``,
            ``batch_size``, ``threads``, ``progress``, ``is_canceled``).
    """
    if isinstance(source, tuple):
        source = ArraySource(*source)
    names = ("method", "layers", "target", "polygons", "threshold", "scorecam_fraction", "views",
             "device")
    cam_options = {k: options.pop(k) for k in names if k in options}
    setup = setup_cam(model, card, grid=source.grid, is_canceled=options.get("is_canceled"),
                      **cam_options)
    sink = ArraySink()
    run_inference(source, model, card, sink=sink, predictor=setup.predictor,
                  device=cam_options.get("device", "auto"), **options)
    return sink.band("cam")
