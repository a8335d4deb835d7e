"""The outputs shared by the algorithms that train (train, fine-tune): the checkpoint, an
optional HTML training report, and what they return."""
from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterFileDestination,
)

from .inputs import translate

OUTPUT_CHECKPOINT = "OUTPUT_CHECKPOINT"
OUTPUT_REPORT = "OUTPUT_REPORT"


def add_training_outputs(algorithm: QgsProcessingAlgorithm, checkpoint_title: str) -> None:
    """Declare OUTPUT_CHECKPOINT (titled ``checkpoint_title``) and the optional OUTPUT_REPORT."""
    algorithm.addParameter(QgsProcessingParameterFileDestination(
        OUTPUT_CHECKPOINT, checkpoint_title,
        fileFilter=translate("IsslideTraining", "isslide checkpoint (*.pt)")))
    algorithm.addParameter(QgsProcessingParameterFileDestination(
        OUTPUT_REPORT, translate("IsslideTraining", "Training report (optional)"),
        fileFilter=translate("IsslideTraining", "HTML files (*.html)"), optional=True,
        createByDefault=False))


def training_destinations(algorithm: QgsProcessingAlgorithm, parameters: dict[str, Any],
                          context: QgsProcessingContext) -> tuple[str, str | None]:
    """The checkpoint file to write, and the report file (None when not asked for)."""
    return (algorithm.output_path(parameters, OUTPUT_CHECKPOINT, context),
            algorithm.output_path(parameters, OUTPUT_REPORT, context) or None)


def training_results(feedback: QgsProcessingFeedback, written: str, metrics: dict[str, Any],
                     checkpoint: str, report: str | None) -> dict[str, Any]:
    """Log ``written`` and the new card's metrics; the algorithm's results."""
    feedback.pushInfo(written)
    for key, value in (metrics or {}).items():
        feedback.pushInfo(f"{key}: {value}")
    results: dict[str, Any] = {OUTPUT_CHECKPOINT: checkpoint}
    if report:
        results[OUTPUT_REPORT] = report
    return results
