"""One pair of a stack: detection into its own folder, then its done-marker.

:func:`run_pair` is what each worker runs (locally, or as a ``dask.distributed`` task): it
needs only picklable arguments, pins torch's threads inside the task, never raises for a bad
pair (the error is returned in the :class:`PairOutcome` so that the other pairs go on), and
writes the done-marker only after every output of the pair is complete.
"""
from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from ..errors import IsslideError, OperationCanceled
from ..inference.detection import DetectionRequest, DetectionSettings
from .markers import done_marker, file_digest, file_signature, marker_path, write_done_marker
from .pairs import Pair

#: file names of a pair's outputs inside ``<OUTPUT_FOLDER>/<pair>/``
PAIR_OUTPUTS: dict[str, str] = {"probability": "probability.tif", "areas": "moving_areas.gpkg"}

#: ``detector(request, progress, is_canceled) -> DetectionResult`` (the detection core's call)
Detector = Callable[..., Any]


def settings_fingerprint(settings: DetectionSettings, pair: Pair, checkpoint_sha256: str) -> dict[str, Any]:
    """What a pair's outputs depend on: inputs, model and settings (not device, batch size or
    threads, which change the probabilities by rounding only)."""
    return {"pair": pair.to_dict(), "phase": file_signature(pair.phase_path),
            "coherence": file_signature(pair.coherence_path),
            "checkpoint_sha256": checkpoint_sha256, "threshold": settings.threshold,
            "min_area_m2": settings.min_area_m2, "coherence_threshold": settings.coherence_threshold,
            "overlap": settings.overlap, "encoding": settings.encoding,
            **({"cam_method": settings.cam_method} if settings.cam_method else {})}


@dataclass
class PairOutcome:
    """What became of one pair: ``status`` is "done", "skipped" (done before) or "failed"."""

    name: str
    status: str
    areas: int = 0
    error: str = ""
    seconds: float = 0.0
    summary: dict[str, Any] = field(default_factory=dict)


def pair_folder(output_folder: Path, pair: Pair) -> Path:
    """The folder of one pair's outputs."""
    return Path(output_folder) / pair.name


def clear_partial(folder: Path) -> None:
    """Remove the outputs a pair left without its done-marker (interrupted run)."""
    marker_path(folder).unlink(missing_ok=True)
    for name in PAIR_OUTPUTS.values():
        (folder / name).unlink(missing_ok=True)


def default_detector(request, progress=None, is_canceled=None):
    """The detection core's :func:`detect_moving_areas` (imported when a pair runs)."""
    from ..inference.detection import detect_moving_areas

    return detect_moving_areas(request, progress, is_canceled)


def _request(pair: Pair, settings: DetectionSettings, folder: Path, threads: int | None
             ) -> DetectionRequest:
    return DetectionRequest(
        phase_path=pair.phase_path, coherence_path=pair.coherence_path,
        settings=replace(settings, checkpoint=Path(settings.checkpoint), threads=threads),
        probability_path=folder / PAIR_OUTPUTS["probability"],
        areas_path=folder / PAIR_OUTPUTS["areas"], interferogram_name=pair.name)


def _pin_torch_threads(threads: int) -> None:
    """Pin torch's threads when torch imports (the ONNX backend sets them per session)."""
    try:
        import torch
    except ImportError:
        return
    torch.set_num_threads(threads)


def pending(pair: Pair, settings: DetectionSettings, output_folder: Path, checkpoint_sha256: str,
            ) -> bool:
    """True when the pair has no valid done-marker for these inputs and settings."""
    fingerprint = settings_fingerprint(settings, pair, checkpoint_sha256)
    return done_marker(pair_folder(output_folder, pair), fingerprint) is None


def run_pair(pair: Pair, settings: DetectionSettings, output_folder: str | Path,
             checkpoint_sha256: str | None = None, detector: Detector | None = None,
             threads: int | None = None, progress: Callable[[float], None] | None = None,
             is_canceled: Callable[[], bool] | None = None) -> PairOutcome:
    """Detect on one pair; write its outputs and done-marker; report errors in the outcome.

    Args:
        threads: torch CPU threads pinned inside this task (``None``: the settings' value).

    Raises:
        OperationCanceled: only when ``is_canceled`` says so (partial outputs are removed;
            likewise on KeyboardInterrupt, which is re-raised).
    """
    start = time.perf_counter()
    folder = pair_folder(Path(output_folder), pair)
    threads = threads if threads is not None else settings.threads
    if threads is not None:
        _pin_torch_threads(int(threads))
    try:
        digest = checkpoint_sha256 or file_digest(Path(settings.checkpoint))
        fingerprint = settings_fingerprint(settings, pair, digest)
        clear_partial(folder)
        folder.mkdir(parents=True, exist_ok=True)
        result = (detector or default_detector)(_request(pair, settings, folder, threads),
                                                progress, is_canceled)
        summary = {"areas": int(result.areas), "threshold": float(result.threshold),
                   "model": result.model, "notes": list(result.notes)}
        write_done_marker(folder, fingerprint, PAIR_OUTPUTS, summary)
    except (OperationCanceled, KeyboardInterrupt):
        clear_partial(folder)
        raise
    except IsslideError as exc:
        clear_partial(folder)
        return PairOutcome(pair.name, "failed", error=str(exc), seconds=time.perf_counter() - start)
    except Exception as exc:  # a bug or a broken file: reported with the pair, the others go on
        clear_partial(folder)
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return PairOutcome(pair.name, "failed", error=detail, seconds=time.perf_counter() - start)
    return PairOutcome(pair.name, "done", areas=summary["areas"],
                       seconds=time.perf_counter() - start, summary=summary)
