"""The ISSLIDE Processing provider (id ``isslide``)."""
from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..paths import icon_path, plugin_version
from .algorithms import ALGORITHMS


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
