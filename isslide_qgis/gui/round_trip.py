"""The fine-tuning round trip in one click: the accepted and added areas become annotation
polygons, ``isslide:extractpatches`` cuts a dataset around them from the session's
interferogram, and ``isslide:finetunemodel`` adapts the session's model; the new checkpoint
is then offered in the dock's model list. Everything is written into one new folder beside
the corrections file (see :mod:`..core.review.training`), removed again on failure or cancel.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable

from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication
from ..core.errors import IsslideError, OperationCanceled
from ..core.review.schema import ReviewSession
from ..core.review.training import TrainingPlan, negative_count
from .run_task import IsslideTask

#: progress shares: export, patch extraction, fine-tuning
EXPORT_SHARE, EXTRACT_SHARE, FINETUNE_SHARE = (0.0, 5.0), (5.0, 25.0), (25.0, 100.0)



class RoundTripTask(IsslideTask):
    """Export, extract patches, fine-tune; :attr:`checkpoint` is the new model when done."""

    def __init__(self, corrections: Path, session: ReviewSession, plan: TrainingPlan,
                 epochs: int, on_done: Callable[[IsslideTask, bool], None]) -> None:
        super().__init__(QCoreApplication.translate(
            "RoundTripTask", "ISSLIDE fine-tuning on the review"), on_done)
        self.corrections, self.session, self.plan, self.epochs = corrections, session, plan, epochs
        self.checkpoint: Path | None = None
        self.annotations = 0

    def work(self) -> None:
        plan = self.plan
        try:
            plan.folder.mkdir(parents=True, exist_ok=False)
        except OSError as exc:
            raise IsslideError(self.tr("Cannot create the training folder '{path}': {error}."
                                       ).format(path=plan.folder, error=exc)) from exc
        try:
            self._round_trip()
        except BaseException:
            shutil.rmtree(plan.folder, ignore_errors=True)
            if plan.folder.parent.is_dir() and not any(plan.folder.parent.iterdir()):
                plan.folder.parent.rmdir()
            raise

    def _round_trip(self) -> None:
        from ..core.review.export import export_training_annotations

        plan, session = self.plan, self.session
        self.annotations = export_training_annotations(self.corrections, plan.annotations).count
        self.setProgress(EXPORT_SHARE[1])
        folder = Path(self.corrections).parent
        extract = {"INTERFEROGRAM": str(session.resolve("interferogram", folder)),
                   "ANNOTATIONS": str(plan.annotations), "ZONE": plan.zone,
                   "DELAY": plan.delay_days, "INTERFEROGRAM_NAME": plan.interferogram_name,
                   "NEGATIVES": negative_count(self.annotations),
                   "OUTPUT_FOLDER": str(plan.dataset)}
        coherence = session.resolve("coherence", folder)
        if coherence is not None:
            extract["COHERENCE"] = str(coherence)
        self._algorithm("isslide:extractpatches", extract, EXTRACT_SHARE)
        checkpoint = session.resolve("checkpoint", folder)
        if checkpoint is None or not checkpoint.is_file():
            raise IsslideError(self.tr("The session's model '{path}' is missing: choose another "
                                   "model and run the detection again.").format(path=checkpoint))
        self._algorithm("isslide:finetunemodel", {
            "CHECKPOINT": str(checkpoint), "DATASET": str(plan.dataset), "EPOCHS": self.epochs,
            "OUTPUT_CHECKPOINT": str(plan.checkpoint),
        }, FINETUNE_SHARE)
        self.check_canceled()
        self.checkpoint = plan.checkpoint

    def _algorithm(self, algorithm: str, parameters: dict, share: tuple[float, float]) -> dict:
        """Run a Processing algorithm in this thread, relaying progress and Cancel."""
        import processing

        self.check_canceled()
        feedback = QgsProcessingFeedback()
        scaled = self.progress_between(*share)

        def relay(value: float) -> None:
            scaled(value)
            if self.isCanceled():
                feedback.cancel()

        feedback.progressChanged.connect(relay)
        context = QgsProcessingContext()  # created in this thread, as Processing requires
        context.setFeedback(feedback)
        try:
            return processing.run(algorithm, parameters, feedback=feedback, context=context)
        except QgsProcessingException as exc:
            if self.isCanceled():
                raise OperationCanceled(str(exc)) from None
            raise IsslideError(str(exc)) from None
