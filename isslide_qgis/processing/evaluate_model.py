"""isslide:evaluatemodel: a model's metrics on an annotated ISSLIDE dataset, as the papers give them."""
from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from .base import IsslideAlgorithm
from .inputs import add_model_parameters, checkpoint_path, progress_callbacks


class EvaluateModel(IsslideAlgorithm):
    """Evaluate a shipped model or a checkpoint on an ISSLIDE-layout dataset."""

    ID = "evaluatemodel"
    GROUP = "training"
    NEEDS_TORCH = True
    DATASET = "DATASET"
    TEST_ZONE = "TEST_ZONE"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Evaluate model")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Measures a model (a shipped default or a checkpoint) on the annotated patches of an "
            "ISSLIDE-layout dataset, as the ISSLIDE and ECSPLAIN papers do: precision, recall, "
            "F1, IoU, Dice, average Hausdorff distance and AUROC over 101 thresholds, and "
            "patch-level detection (segmenters: a patch is detected when more than 25 pixels "
            "exceed the threshold; ECSPLAIN: its detection score, and its class activation map "
            "against the masks).\n"
            "Every curve is read at the threshold of the model card, chosen on validation data "
            "when the model was trained: never tune a threshold on the data you report.\n"
            "With a test zone, only the papers' test part is evaluated (the zone's last 20% of "
            "dates). Outputs: a self-contained HTML report (curves, plots, model card) and a CSV "
            "table with one row per curve and threshold.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        add_model_parameters(self)
        self.addParameter(QgsProcessingParameterFile(
            self.DATASET, self.tr("Annotated dataset (ISSLIDE layout folder)"),
            behavior=Qgis.ProcessingFileParameterBehavior.Folder))
        self.addParameter(QgsProcessingParameterString(
            self.TEST_ZONE, self.tr("Test zone (papers' split; empty: every patch)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Evaluation report"), fileFilter=self.tr("HTML files (*.html)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_TABLE, self.tr("Metrics table"), fileFilter=self.tr("CSV files (*.csv)")))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.training.model_report import evaluate_checkpoint

        report = self.output_path(parameters, self.OUTPUT_REPORT, context)
        table = self.output_path(parameters, self.OUTPUT_TABLE, context)
        progress, is_canceled = progress_callbacks(feedback)
        result = evaluate_checkpoint(
            checkpoint_path(self, parameters, context),
            self.parameterAsFile(parameters, self.DATASET, context), report, table,
            test_zone=self.parameterAsString(parameters, self.TEST_ZONE, context) or None,
            progress=progress, is_canceled=is_canceled)
        for curve, values in result.summary.items():
            scores = ", ".join(f"{key} {value:.3f}" for key, value in values.items()
                               if key in ("threshold", "precision", "recall", "f1", "iou", "accuracy", "auroc"))
            feedback.pushInfo(f"{curve}: {scores}")
        feedback.pushInfo(self.tr("Report written to {path}").format(path=report))
        return {self.OUTPUT_REPORT: report, self.OUTPUT_TABLE: table}
