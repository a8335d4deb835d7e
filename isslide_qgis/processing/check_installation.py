"""isslide:checkinstallation: report whether the deep-learning stack works inside QGIS."""
from __future__ import annotations

import sys
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
)

from ..core.environment_report import environment_report
from ..settings import packages_folder
from .base import IsslideAlgorithm


class CheckInstallation(IsslideAlgorithm):
    """Import torch and the geospatial stack, and report versions and devices."""

    ID = "checkinstallation"
    GROUP = "workflows"
    NEEDS_TORCH = True
    OUTPUT_TORCH_VERSION = "TORCH_VERSION"
    OUTPUT_DEVICES = "DEVICES"
    OUTPUT_ONNXRUNTIME_VERSION = "ONNXRUNTIME_VERSION"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        return self.tr("Check installation")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Checks that the Python used by QGIS can import PyTorch and the geospatial "
            "libraries the ISSLIDE algorithms need, and reports their versions (ONNX Runtime, "
            "which runs the segmenters without PyTorch, included), the compute "
            "devices (CPU threads, CUDA GPUs) and the extra packages folder. When PyTorch is "
            "missing, the message gives the exact commands that install it.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_TORCH_VERSION,
                                                 self.tr("PyTorch version")))
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_DEVICES, self.tr("Compute devices")))
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_ONNXRUNTIME_VERSION,
                                                 self.tr("ONNX Runtime version")))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
            feedback: QgsProcessingFeedback) -> dict[str, Any]:
        report = environment_report()
        feedback.pushInfo(self.tr("Python: {version}").format(version=sys.version.split()[0]))
        feedback.pushInfo(self.tr("Extra packages folder: {folder}").format(
            folder=packages_folder() or self.tr("(none)")))
        for package, version in report.versions.items():
            feedback.pushInfo(f"{package}: {version}")
        feedback.pushInfo(self.tr("Devices: {devices}").format(devices=", ".join(report.devices)))
        feedback.pushInfo(self.tr("ONNX Runtime providers: {providers}").format(
            providers=", ".join(report.onnx_providers) or self.tr("(none)")))
        return {self.OUTPUT_TORCH_VERSION: report.versions["torch"],
                self.OUTPUT_ONNXRUNTIME_VERSION: report.versions["onnxruntime"],
                self.OUTPUT_DEVICES: ", ".join(report.devices)}
