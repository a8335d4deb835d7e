"""Background tasks of the dock (QgsTask): detection of a review session, and the base class
they share (progress, cancellation, errors kept for the main thread).

The work runs in QGIS' task manager thread and calls the core only; layers are added by the
dock on the main thread when the task reports back. A cancelled or failed run leaves no file.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import IsslideError, OperationCanceled
from ..core.inference.detection import DetectionSettings

LOG_TAG = "ISSLIDE"
#: share of the progress bar for detection (then the CAM raster, then the corrections file)
DETECTION_SHARE = (0.0, 80.0)
CAM_SHARE = (80.0, 95.0)



def _ignore_done(task: "IsslideTask", ok: bool) -> None:
    """The ``on_done`` of a task whose caller is gone."""


class IsslideTask(QgsTask):
    """A cancellable task running :meth:`work` in the background.

    ``on_done(task, ok)`` is called on the main thread when the task ends; :attr:`error`
    then holds the analyst-oriented message of a failure ('' when cancelled or done).
    """

    def __init__(self, description: str, on_done: Callable[["IsslideTask", bool], None]) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.error = ""
        self._on_done = on_done

    def work(self) -> None:
        """Do the task's work (subclasses); raise ``IsslideError`` for the analyst."""
        raise NotImplementedError

    def run(self) -> bool:  # noqa: D102 (QgsTask API)
        try:
            self.work()
        except OperationCanceled:
            return False
        except IsslideError as exc:
            self.error = str(exc)
            return False
        except Exception as exc:  # a bug: a clear message, the traceback in the QGIS log
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self.error = QCoreApplication.translate(
                "IsslideTask", "{task} failed unexpectedly: {error}. This is a bug of the ISSLIDE "
                "plugin; the details are in the QGIS message log (tab ISSLIDE). Please report "
                "them.").format(task=self.description(), error=f"{type(exc).__name__}: {exc}")
            return False
        return not self.isCanceled()

    def finished(self, result: bool) -> None:  # noqa: D102 (QgsTask API)
        self._on_done(self, bool(result) and not self.error)

    def detach(self) -> None:
        """Forget the caller (the dock is going away): the task ends without reporting back."""
        self._on_done = _ignore_done

    def progress_between(self, low: float, high: float) -> Callable[[float], None]:
        """A core progress callable (0-100) mapped onto [low, high] of the task."""
        span = high - low
        return lambda value: self.setProgress(low + span * max(0.0, min(100.0, value)) / 100.0)

    def check_canceled(self) -> None:
        """Raise :class:`OperationCanceled` when the analyst pressed Cancel."""
        if self.isCanceled():
            raise OperationCanceled(QCoreApplication.translate(
                "IsslideTask", "Cancelled: nothing was written."))


@dataclass
class DetectionJob:
    """What the dock asks for: inputs, how to detect (the core's settings: model, threshold,
    CAM method, device...) and where the review session is written."""

    interferogram: Path
    settings: DetectionSettings
    corrections: Path
    coherence: Optional[Path] = None
    optical: Optional[Path] = None
    cam_layer: bool = False
    interferogram_name: str = ""

    def output(self, suffix: str) -> Path:
        """A result file written beside the corrections file (``<stem>_<suffix>``)."""
        return self.corrections.parent / f"{self.corrections.stem}_{suffix}"


class DetectionTask(IsslideTask):
    """Detection, optional CAM raster, then the corrections GeoPackage, all or nothing."""

    def __init__(self, job: DetectionJob, on_done: Callable[[IsslideTask, bool], None]) -> None:
        super().__init__(QCoreApplication.translate("DetectionTask", "ISSLIDE detection"),
                         on_done)
        self.job = job
        self.written: list[Path] = []
        self.notes: list[str] = []
        self.areas = 0

    def work(self) -> None:
        from ..core.dependencies import require_torch
        from ..core.inference.backends import choose_backend
        from ..core.inference.detection import DetectionRequest, detect_moving_areas
        from ..core.review.staging import StagedOutputs
        from ..settings import suggested_packages_folder

        job, settings = self.job, self.job.settings
        if job.cam_layer or choose_backend(settings.backend, settings.checkpoint) == "torch":
            require_torch(suggested_packages_folder())
        probability = job.output("probability.tif")
        cam = job.output("cam.tif") if job.cam_layer else None
        with StagedOutputs(job.corrections.parent) as staged:
            areas = staged.temporary("moving_areas.gpkg")
            probability_scratch = staged.scratch(probability)
            result = detect_moving_areas(DetectionRequest(
                phase_path=job.interferogram, coherence_path=job.coherence, settings=settings,
                probability_path=probability_scratch, areas_path=areas,
                interferogram_name=job.interferogram_name),
                self.progress_between(*DETECTION_SHARE), self.isCanceled)
            self.notes, self.areas = list(result.notes), result.areas
            if cam is not None:
                self._cam_raster(staged.scratch(cam), result.model)
            self.check_canceled()
            self.notes += self._corrections(areas, staged.scratch(job.corrections),
                                            probability_scratch, result.threshold, cam)
            self.check_canceled()
            self.written = staged.commit()
        self.setProgress(100.0)

    def _cam_raster(self, path: Path, architecture: str) -> None:
        """The class activation map of the whole interferogram (``isslide:classactivationmap``'s
        core call), explaining the model's prediction at the run's threshold (ECSPLAIN: the
        tiles its card detects)."""
        from ..core.cam.raster import CamRasterRequest, class_activation_raster
        from ..core.models.registry import get_spec

        job, settings = self.job, self.job.settings
        # the dock's threshold is a pixel threshold of the map; ECSPLAIN's CAM target needs a
        # tile detection threshold instead: its card's
        segmenter = get_spec(architecture).task == "segmentation"
        result = class_activation_raster(CamRasterRequest(
            phase_path=job.interferogram, coherence_path=job.coherence,
            checkpoint=settings.checkpoint, output_path=path, method=settings.cam_method,
            threshold=settings.threshold if segmenter else None,
            device=settings.device, threads=settings.threads),
            self.progress_between(*CAM_SHARE), self.isCanceled)
        self.notes += result.notes

    def _corrections(self, areas: Path, out: Path, probability: Path, threshold: float,
                     cam: Optional[Path]) -> list[str]:
        import rasterio

        from ..core.insar.grid import RasterGrid
        from ..core.review.schema import ReviewSession
        from ..core.review.store import create_corrections

        job, settings = self.job, self.job.settings
        with rasterio.open(probability) as ds:
            grid = RasterGrid.from_dataset(ds)
        session = ReviewSession(
            interferogram=str(job.interferogram), probability=job.output("probability.tif").name,
            model=Path(settings.checkpoint).stem,
            checkpoint=str(settings.checkpoint), coherence=str(job.coherence or ""),
            optical=str(job.optical or ""), cam=cam.name if cam else "",
            cam_method=settings.cam_method, threshold=threshold,
            interferogram_name=job.interferogram_name,
            created=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        return create_corrections(areas, out, session, grid)
