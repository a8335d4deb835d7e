"""isslide:exportonnx: a segmenter checkpoint as an ONNX model (ONNX Runtime, Deepness)."""
from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.inference.detection import ONNX_DEFAULT_MODEL
from ..core.models.shipped import shipped_models
from ..paths import models_dir
from . import inputs
from .base import IsslideAlgorithm


class ExportOnnx(IsslideAlgorithm):
    """Export a segmenter to ONNX and check it against PyTorch on the sample scene."""

    ID = "exportonnx"
    GROUP = "training"
    NEEDS_TORCH = True
    OUTPUT = "OUTPUT"
    MAX_DIFFERENCE = "MAX_DIFFERENCE"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Export a segmenter to ONNX")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Writes a segmenter (FCN, DeepLabV3, UNet, ResUNet, SepUNet; shipped or fine-tuned) "
            "as an ONNX model, which detection runs with ONNX Runtime, without PyTorch (backend "
            "auto or onnxruntime), and which the Deepness plugin can run on the channels of "
            "'Prepare model input channels'. Save it beside the checkpoint with the same name "
            "(model.pt -> model.onnx) for the backend auto to find it. The model card is stored "
            "in the file; weights are float16, computation float32. The export is checked "
            "against PyTorch on tiles of the bundled sample scene: a difference above 1e-4 "
            "stops with an error and writes nothing. ECSPLAIN cannot be exported: its map needs "
            "gradients (Grad-CAM), so it runs on PyTorch only.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        names = list(shipped_models(models_dir()))
        self.addParameter(QgsProcessingParameterEnum(
            inputs.MODEL, self.tr("Shipped model"), options=names, usesStaticStrings=True,
            optional=True,
            defaultValue=ONNX_DEFAULT_MODEL if ONNX_DEFAULT_MODEL in names else (names[0] if names else None)))
        self.addParameter(QgsProcessingParameterFile(
            inputs.CHECKPOINT, self.tr("Checkpoint file (overrides the shipped model)"),
            extension="pt", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("ONNX model"), fileFilter=self.tr("ONNX models (*.onnx)")))
        self.addOutput(QgsProcessingOutputNumber(
            self.MAX_DIFFERENCE, self.tr("Largest difference from PyTorch on the sample")))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> dict[str, Any]:
        from ..core.models.onnx_export import export_onnx

        checkpoint = inputs.checkpoint_path(self, parameters, context)
        output = self.output_path(parameters, self.OUTPUT, context)
        feedback.pushInfo(self.tr("Exporting {checkpoint}").format(checkpoint=checkpoint))
        result = export_onnx(checkpoint, output)
        feedback.pushInfo(self.tr("{path}: {size:.0f} KiB; largest difference from PyTorch on "
                                  "{tiles} sample tiles: {diff:.2g}").format(
            path=result.path, size=result.bytes / 1024, tiles=result.tiles_checked,
            diff=result.max_abs_diff))
        return {self.OUTPUT: str(result.path), self.MAX_DIFFERENCE: result.max_abs_diff}
