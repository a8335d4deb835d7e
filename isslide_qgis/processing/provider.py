"""The ISSLIDE Processing provider (id ``isslide``)."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..paths import icon_path, plugin_version, resources_dir
from .algorithms import ALGORITHMS
from .base import accepted_values_help
from .groups import group_name

#: where the shipped graphical models lie (``<name>.model3`` becomes ``isslide:<name>``)
WORKFLOWS_FOLDER = "workflows"


def workflow_texts() -> dict[str, tuple[str, str]]:
    """``{model file stem: (translated title, translated help)}`` of the shipped models."""
    return {
        "detectexplainvectorize": (
            QCoreApplication.translate("IsslideWorkflows", "Detect, explain and vectorise"),
            QCoreApplication.translate(
                "IsslideWorkflows",
                "A graphical model of the whole ISSLIDE chain on one interferogram: prepare "
                "the network's input channels, detect moving areas (probability of movement), "
                "explain the detection with a class activation map, then vectorise the "
                "probability into moving-area polygons at the detection's threshold (the "
                "model's own, from its card, unless you give one). Open it in the "
                "graphical modeler to adapt it, and save your copy under another name. From "
                "the command line, its outputs are named prepare:CHANNELS, "
                "detect:PROBABILITY, cam:CAM and vectorize:AREAS.")),
    }


class ShippedWorkflow(QgsProcessingModelAlgorithm):
    """A graphical model shipped with the plugin, offered as ``isslide:<file stem>``.

    It is read from the plugin's own folder: nothing is installed in the user's profile.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = Path(path)
        self.fromFile(str(self._path))

    def name(self) -> str:
        return self._path.stem

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        return workflow_texts().get(self.name(), (super().displayName(), ""))[0]

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        text = workflow_texts().get(self.name(), ("", super().shortHelpString()))[1]
        return "\n".join(filter(None, [text, accepted_values_help(self)]))

    def group(self) -> str:
        return group_name("workflows")

    def groupId(self) -> str:  # noqa: N802 (QGIS API name)
        return "workflows"

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def createInstance(self) -> "ShippedWorkflow":  # noqa: N802 (QGIS API name)
        return ShippedWorkflow(self._path)


def shipped_workflows() -> list[Path]:
    """The ``.model3`` files shipped in ``resources/workflows``, sorted."""
    return sorted((resources_dir() / WORKFLOWS_FOLDER).glob("*.model3"))


class IsslideProvider(QgsProcessingProvider):
    """Offers the ISSLIDE algorithms in the Toolbox, the modeler and qgis_process."""

    def id(self) -> str:
        return "isslide"

    def name(self) -> str:
        return "ISSLIDE"

    def longName(self) -> str:  # noqa: N802 (QGIS API name)
        return QCoreApplication.translate(
            "IsslideProvider", "ISSLIDE: slow ground movements on InSAR interferograms")

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def versionInfo(self) -> str:  # noqa: N802 (QGIS API name)
        return plugin_version()

    def supportedOutputRasterLayerExtensions(self) -> list[str]:  # noqa: N802
        return ["tif"]  # the core writes tiled, compressed GeoTIFFs

    def supportedOutputVectorLayerExtensions(self) -> list[str]:  # noqa: N802
        return ["gpkg"]  # the core writes GeoPackages (with styles)

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS API name)
        for algorithm_class in ALGORITHMS:
            self.addAlgorithm(algorithm_class())
        for path in shipped_workflows():
            self.addAlgorithm(ShippedWorkflow(path))
