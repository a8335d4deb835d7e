"""isslide:checkinstallation: report whether the deep-learning stack works inside QGIS."""
from __future__ import annotations

from typing import Any

from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputString

from ..core.dependencies import require_onnxruntime, torch_fix_message
from ..core.errors import MissingDependencyError
from ..core.messages import translate
from ..core.install.diagnostics import Diagnostics
from ..diagnostics import qgis_diagnostics
from ..settings import packages_folder, suggested_packages_folder
from .base import IsslideAlgorithm


def missing_runtime_warnings(report: Diagnostics, folder: str) -> list[str]:
    """The fix-it messages for the runtimes ``report`` finds missing (torch, onnxruntime)."""
    warnings = []
    if report.version("torch").startswith("missing"):
        who = translate("IsslideCore", "Training, explanations, ECSPLAIN and the torch backend")
        warnings.append(torch_fix_message(folder, report.version("torch"), who))
    if report.version("onnxruntime").startswith("missing"):
        try:
            require_onnxruntime()
        except MissingDependencyError as exc:
            warnings.append(str(exc))
    return warnings


class CheckInstallation(IsslideAlgorithm):
    """Import torch, ONNX Runtime and the geospatial stack, and report versions and devices.

    It runs without torch (NEEDS_TORCH is False): a missing runtime is reported, with the
    installer's menu entry, and the report is still given.
    """

    ID = "checkinstallation"
    GROUP = "workflows"
    OUTPUT_TORCH_VERSION = "TORCH_VERSION"
    OUTPUT_DEVICES = "DEVICES"
    OUTPUT_ONNXRUNTIME_VERSION = "ONNXRUNTIME_VERSION"
    OUTPUT_REPORT = "REPORT"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        return self.tr("Check installation")

    def help_text(self) -> str:
        """The algorithm's help (the accepted values of its lists are appended)."""
        return self.tr(
            "Checks that the Python used by QGIS can import PyTorch and the geospatial "
            "libraries the ISSLIDE algorithms need, and reports their versions (ONNX Runtime, "
            "which runs the segmenters without PyTorch, included), the compute "
            "devices (CPU threads, CUDA GPUs), the extra packages folder and the end of the last "
            "install log. A missing PyTorch or ONNX Runtime is reported as missing, with the "
            "menu entry that installs it (Plugins ▸ ISSLIDE ▸ Install dependencies…) and the "
            "exact commands; paste the report into a bug report.")

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_TORCH_VERSION,
                                                 self.tr("PyTorch version")))
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_DEVICES, self.tr("Compute devices")))
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_ONNXRUNTIME_VERSION,
                                                 self.tr("ONNX Runtime version")))
        self.addOutput(QgsProcessingOutputString(self.OUTPUT_REPORT, self.tr("Diagnostics report")))

    def perform(self, parameters: dict[str, Any], context: QgsProcessingContext,
            feedback: QgsProcessingFeedback) -> dict[str, Any]:
        report = qgis_diagnostics()
        text = report.as_text()
        for line in text.splitlines():
            feedback.pushInfo(line)
        folder = packages_folder() or suggested_packages_folder()
        for warning in missing_runtime_warnings(report, folder):
            feedback.pushWarning(warning)
        return {self.OUTPUT_TORCH_VERSION: report.version("torch"),
                self.OUTPUT_ONNXRUNTIME_VERSION: report.version("onnxruntime"),
                self.OUTPUT_DEVICES: ", ".join(report.devices), self.OUTPUT_REPORT: text}
