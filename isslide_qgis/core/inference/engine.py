"""Streaming inference: any interferogram, any registry model, window by window, seamless.

:func:`run_inference` walks the tile grid (:mod:`.tiling`) one strip of tiles at a time:

1. read the strip (``tile`` rows, every tile of the row) from the source, boundless, and make
   the card's input channels once for it; rows shared with the previous strip are reused and
   the next strip is read in the background while this one is predicted (:mod:`.strips`,
   :mod:`.background_io`);
2. skip tiles without a valid pixel (no forward pass; output NaN) and tiles whose valid pixels
   are all below the coherence threshold (no forward pass; their valid pixels get probability
   0, blended like any prediction);
3. predict the other tiles in batches (:mod:`.predictors`);
4. add each tile to the strip accumulator with the blending window times its valid mask
   (:mod:`.blending`); the rows above the next strip are then final, pass the predictor's
   ``blended`` step when it has one (ECSPLAIN's gate on its blended score) and go to the sink
   (also written in the background).

Memory: the strip read, its channels and the accumulator are ``O(tile * width)``; nothing is
``O(height * width)`` (except an :class:`~.writers.ArraySink`, by definition). GDAL's block
cache is capped for the run (:mod:`.gdal_cache`), so it does not grow with the raster either.
Output: pixels invalid in the input are NaN; a valid pixel is never NaN. Pixels below the
coherence threshold inside a predicted tile are zeroed at the network's input (as invalid
ones) but keep the network's prediction, which draws on their neighbours.
"""
from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

import numpy as np
from rasterio.windows import Window

from isslide_qgis.core.errors import ModelError, OperationCanceled
from isslide_qgis.core.inference.blending import StripAccumulator, weight_window
from isslide_qgis.core.inference.gdal_cache import cache_budget, capped_gdal_cache
from isslide_qgis.core.inference.sources import ArraySource, WindowSource
from isslide_qgis.core.inference.background_io import BackgroundIO
from isslide_qgis.core.inference.strips import Strip, StripReader
from isslide_qgis.core.inference.tiling import TileGrid
from isslide_qgis.core.inference.writers import ArraySink, GeoTiffSink, ResultSink
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.messages import translate
from isslide_qgis.core.models.card import ModelCard
from isslide_qgis.core.models.registry import tile_alignment

if TYPE_CHECKING:  # torch is imported only on the torch path (see _torch_predictor)
    from torch import nn

    from isslide_qgis.core.inference.predictors import TilePredictor


@dataclass
class InferenceSummary:
    """What a run did and how fast.

    Attributes:
        band_names: The bands written, in order.
        tile: Tile side used; overlap: overlap used; window: blending window used.
        device: Device the model ran on.
        tiles_total: Tiles of the grid.
        tiles_processed: Tiles given to the model.
        tiles_skipped_nodata: Tiles without a valid pixel (output NaN).
        tiles_skipped_coherence: Tiles whose valid pixels are all below the coherence
            threshold (output 0).
        pixels: Pixels of the raster (height * width).
        seconds_total: Wall time of the whole run (reading, channels, model, blending, writing).
        seconds_forward: Wall time inside the network (and the CAM for classifiers).
        tile_scores: Classifiers: ``(window, detection probability)`` of each processed tile.
        buffer_shape: Shape of the strip accumulator (``(bands + 1, tile, width)``).
    """

    band_names: tuple[str, ...]
    tile: int
    overlap: int
    window: str
    device: str
    tiles_total: int = 0
    tiles_processed: int = 0
    tiles_skipped_nodata: int = 0
    tiles_skipped_coherence: int = 0
    pixels: int = 0
    seconds_total: float = 0.0
    seconds_forward: float = 0.0
    tile_scores: list[tuple[Window, float]] = field(default_factory=list)
    buffer_shape: tuple[int, ...] = ()

    @property
    def pixels_per_second(self) -> float:
        """Raster pixels per second of the whole pipeline."""
        return self.pixels / self.seconds_total if self.seconds_total > 0 else float("nan")

    @property
    def forward_fraction(self) -> float:
        """Share of the wall time spent in the network (1.0: the rest costs nothing)."""
        return self.seconds_forward / self.seconds_total if self.seconds_total > 0 else float("nan")


@dataclass
class _Run:
    """The state of one run, shared by the strip loop's helpers."""

    grid: TileGrid
    predictor: Any
    accumulator: StripAccumulator
    window: np.ndarray
    summary: InferenceSummary
    batch_size: int
    threshold: float
    convention: str
    progress: Callable[[float], None] | None
    is_canceled: Callable[[], bool] | None
    model_name: str
    done: int = 0

    def tick(self, tiles: int = 1) -> None:
        self.done += tiles
        if self.progress is not None:
            self.progress(100.0 * self.done / max(self.grid.count, 1))

    def check_canceled(self) -> None:
        if self.is_canceled is not None and self.is_canceled():
            raise OperationCanceled(
                translate(
                    "IsslideCore", "Detection was cancelled after {done} of {total} tiles; no "
                    "output was written."
                ).format(done=self.done, total=self.grid.count)
            )


#: input bands the GDAL cache budget allows for (phase, or its two bands, and coherence)
INPUT_RASTERS = 3


def default_overlap(tile: int) -> int:
    """Half a tile: every pixel lies in 2 x 2 tiles (four forward passes per pixel).

    With the default taper, the pixels within an eighth of a tile of a tile's border get
    (almost) no weight and every pixel is predicted mainly by a tile in which it lies at least a
    quarter tile (25 px of a 100 px patch) from the border: the context the networks lack at a
    border is then mostly present. Lower it (``tile // 4``: 1.8 passes per pixel) to trade
    quality for speed.
    """
    return tile // 2


_Tile = tuple[int, np.ndarray, np.ndarray]  # (first column, channels, valid mask)


def _strip_tiles(run: _Run, strip: Strip) -> Iterator[_Tile]:
    """The strip's tiles to predict as ``(col, channels, valid)``; skipped ones added as 0/NaN."""
    grid, row = run.grid, strip.row
    for col in grid.cols:
        run.check_canceled()
        start = col - grid.cols[0]
        part = (slice(None), slice(start, start + grid.tile))
        if not strip.has_valid(start, start + grid.tile):
            run.summary.tiles_skipped_nodata += 1
            run.tick()
        elif not strip.has_usable(start, start + grid.tile):
            run.summary.tiles_skipped_coherence += 1
            run.accumulator.add(row, col, run.window * strip.valid[part], None)
            run.tick()
        else:
            yield col, strip.channels[(slice(None), *part)], strip.valid[part]


def _predict_batch(run: _Run, row: int, batch: list[_Tile]) -> None:
    run.check_canceled()
    try:
        windows = [Window(col, row, run.grid.tile, run.grid.tile) for col, _, _ in batch]
        prediction = run.predictor.predict(np.stack([channels for _, channels, _ in batch]),
                                           windows)
    except OperationCanceled:
        raise
    except Exception as exc:
        raise ModelError(
            translate(
                "IsslideCore", "The model '{name}' failed on the tiles of rows {first} to {last} "
                "({error}: {message}); no output was written. Check that the model fits the "
                "input, or lower the batch size if memory ran out."
            ).format(name=run.model_name, first=max(row, 0),
                     last=min(row + run.grid.tile, run.grid.height) - 1,
                     error=type(exc).__name__, message=exc)
        ) from exc
    for index, (col, _, valid) in enumerate(batch):
        run.accumulator.add(row, col, run.window * valid, prediction.maps[index])
        if prediction.scores is not None:
            window = Window(col, row, run.grid.tile, run.grid.tile)
            run.summary.tile_scores.append((window, float(prediction.scores[index])))
    run.summary.tiles_processed += len(batch)
    run.tick(len(batch))


def _emit(run: _Run, io: BackgroundIO, sink: ResultSink, rows: int, height: int) -> None:
    """Blend the accumulator's first ``rows`` rows and queue those inside the raster to the sink."""
    top = run.accumulator.top
    block = run.accumulator.pop(rows)
    first, last = max(top, 0), min(top + rows, height)
    if last > first:
        io.write(sink, first, _blended(run.predictor, block[:, first - top:last - top]))


def _blended(predictor: Any, block: np.ndarray) -> np.ndarray:
    """The predictor's output bands of blended rows (predictors without the step: as blended)."""
    step = getattr(predictor, "blended", None)
    return block if step is None else step(block)


def _stream(run: _Run, source: WindowSource, sink: ResultSink) -> None:
    grid = run.grid
    reader = StripReader(source, grid, run.convention, run.threshold)
    with BackgroundIO() as io:
        for index, strip in enumerate(io.strips(reader.read, grid.rows)):
            batch: list[_Tile] = []
            for item in _strip_tiles(run, strip):
                batch.append(item)
                if len(batch) == run.batch_size:
                    _predict_batch(run, strip.row, batch)
                    batch = []
            if batch:
                _predict_batch(run, strip.row, batch)
            finished = grid.stride if index + 1 < len(grid.rows) else grid.tile
            _emit(run, io, sink, finished, grid.height)


@contextlib.contextmanager
def _torch_predictor(model: nn.Module, card: ModelCard, device: str, threads: int | None,
                     cam_method: str | None, predictor: Any) -> Iterator[Any]:
    """The torch path: the predictor on ``device`` with ``threads``; both restored after."""
    import torch

    from isslide_qgis.core.inference.predictors import make_predictor, resolve_device

    torch_device = resolve_device(device)
    previous_threads = torch.get_num_threads()
    was_training = model.training
    if threads is not None:
        torch.set_num_threads(threads)
    try:
        yield predictor or make_predictor(model, card, torch_device, cam_method=cam_method)
    finally:
        model.train(was_training)
        if threads is not None:
            torch.set_num_threads(previous_threads)


def run_inference(
    source: WindowSource,
    model: nn.Module | None,
    card: ModelCard,
    *,
    sink: ResultSink,
    tile_size: int | None = None,
    overlap: int | None = None,
    batch_size: int = 16,
    coherence_threshold: float = 0.0,
    device: str = "auto",
    threads: int | None = None,
    offset: tuple[int, int] = (0, 0),
    window: str = "taper",
    cam_method: str | None = None,
    predictor: TilePredictor | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> InferenceSummary:
    """Predict a whole interferogram tile by tile, blend the tiles and stream rows to ``sink``.

    Args:
        source: Interferogram windows (an :class:`InterferogramReader` or an :class:`ArraySource`).
        model: A network of the registry (or any module fitting ``card``); it is moved to the
            device and run in evaluation mode (its train/eval mode is restored at the end).
            ``None`` with a torch-free ``predictor`` (the ONNX Runtime backend): torch is then
            never imported.
        card: Its model card: task, input convention, patch size, normalisation.
        sink: Where the blended rows go (:class:`ArraySink`, :class:`GeoTiffSink`).
        tile_size: Tile side; default the card's patch size (the context the model learnt).
        overlap: Overlap of neighbouring tiles; default :func:`default_overlap`. The stride
            ``tile - overlap`` and ``offset`` are snapped to multiples of the architecture's
            :attr:`~isslide_qgis.core.models.registry.ModelSpec.alignment` (see
            :mod:`.tiling`); the summary gives the overlap used.
        batch_size: Tiles per forward pass.
        coherence_threshold: Pixels below it are zeroed at the network's input; tiles entirely
            below it are not predicted (probability 0).
        device: ``"auto"``, ``"cpu"`` or ``"cuda"``.
        threads: CPU threads for torch during the run (``None``: leave torch's setting).
        offset: ``(row, col)`` anchor of the tile grid (see :mod:`.tiling`), snapped like the
            stride.
        window: Blending window, a key of :data:`~.blending.WEIGHT_WINDOWS`.
        cam_method: CAM method of classifiers (default: the card's, else Grad-CAM).
        predictor: A ready predictor built for ``model`` on ``device`` (e.g. the class
            activation maps of :mod:`isslide_qgis.core.cam.raster`); default: the one of
            ``card.task`` (:func:`make_predictor`).
        progress: Called with 0..100 as tiles are done.
        is_canceled: Polled before every tile and batch.

    Returns:
        The :class:`InferenceSummary` (ECSPLAIN's per-tile scores included).

    Raises:
        OperationCanceled: ``is_canceled()`` returned True; the sink was aborted.
        ModelError: The model does not fit its card, or failed on some tiles (which ones).
        InputDataError: The source lacks what the card's convention needs, or bad tiling.
    """
    start = time.perf_counter()
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}.")
    tile = tile_size or card.patch_size
    overlap = default_overlap(tile) if overlap is None else overlap
    raster = source.grid
    tiles = TileGrid.build(raster.height, raster.width, tile, overlap, offset,
                           tile_alignment(card.architecture))
    overlap = tiles.overlap
    if model is None and predictor is None:
        raise ValueError("run_inference needs a model or a predictor.")
    with contextlib.ExitStack() as stack:
        if model is not None:
            predictor = stack.enter_context(
                _torch_predictor(model, card, device, threads, cam_method, predictor))
        summary = InferenceSummary(predictor.band_names, tile, overlap, window,
                                   str(predictor.device),
                                   tiles_total=tiles.count, pixels=raster.width * raster.height)
        accumulator = StripAccumulator(len(predictor.band_names), tile, raster.width, tiles.rows[0])
        summary.buffer_shape = accumulator.shape
        run = _Run(tiles, predictor, accumulator, weight_window(tile, overlap, window), summary,
                   batch_size, coherence_threshold, card.input_convention, progress, is_canceled,
                   card.architecture)
        budget = cache_budget(raster.width, len(predictor.band_names) + INPUT_RASTERS)
        with capped_gdal_cache(budget), \
                sink.opened(raster, predictor.band_names, _tags(card, summary)):
            _stream(run, source, sink)
    summary.seconds_forward = predictor.forward_seconds
    summary.seconds_total = time.perf_counter() - start
    return summary


def _tags(card: ModelCard, summary: InferenceSummary) -> dict[str, str]:
    return {"model": card.architecture, "task": card.task,
            "input_convention": card.input_convention, "tile": str(summary.tile),
            "overlap": str(summary.overlap), "blending": summary.window}


def predict_array(phase: np.ndarray, coherence: np.ndarray | None, model: nn.Module | None,
                  card: ModelCard, grid: RasterGrid | None = None, band: str = "probability",
                  **options: Any) -> np.ndarray:
    """The ``band`` map ``(H, W)`` of in-memory arrays (e.g. a simulated scene), NaN on nodata.

    Same tiling and blending as :func:`predict_raster`; ``options`` are those of
    :func:`run_inference` (except ``sink``).
    """
    sink = ArraySink()
    run_inference(ArraySource(phase, coherence, grid), model, card, sink=sink, **options)
    return sink.band(band)


def predict_raster(reader: WindowSource, out_path: str | Path, model: nn.Module | None,
                   card: ModelCard, cog: bool = False, **options: Any) -> InferenceSummary:
    """Predict an interferogram into a float32 GeoTIFF on its grid (one band per map).

    The file appears only when the run succeeds; ``options`` are those of
    :func:`run_inference` (except ``sink``).
    """
    sink = GeoTiffSink(out_path, reader.grid, cog=cog)
    return run_inference(reader, model, card, sink=sink, **options)


__all__ = ["InferenceSummary", "run_inference", "predict_array", "predict_raster",
           "default_overlap"]
