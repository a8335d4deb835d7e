"""The layers of a review session in the project: one group above the optical image with the
corrections polygons (styled by review status), the CAM raster (optional) and the probability
raster (transparent colour ramp)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.cam.registry import CAM_METHOD_TITLES
from ..core.review.schema import CORRECTIONS_LAYER, ReviewSession
from ..paths import style_path

#: custom layer property naming a layer's role in a session, and the session's file
ROLE_PROPERTY = "isslide/role"
SESSION_PROPERTY = "isslide/session"
#: role -> QML style of the shipped resources
STYLES = {"corrections": "corrections.qml", "cam": "cam.qml", "probability": "probability.qml"}
#: roles whose opacity the dock's slider sets
TRANSPARENT_ROLES = ("probability", "cam")



@dataclass
class SessionLayers:
    """The layers of one session in the project (``cam`` may be None)."""

    group: QgsLayerTreeGroup
    corrections: QgsVectorLayer
    probability: Optional[QgsRasterLayer]
    cam: Optional[QgsRasterLayer]

    def transparent(self) -> list[QgsRasterLayer]:
        """The raster layers whose opacity the slider sets."""
        return [layer for layer in (self.probability, self.cam) if layer is not None]


def corrections_uri(path: str | Path) -> str:
    """OGR data source of the corrections layer of ``path``."""
    return f"{path}|layername={CORRECTIONS_LAYER}"


def _tag(layer: QgsMapLayer, role: str, session_path: str) -> QgsMapLayer:
    layer.setCustomProperty(ROLE_PROPERTY, role)
    layer.setCustomProperty(SESSION_PROPERTY, session_path)
    layer.loadNamedStyle(str(style_path(STYLES[role])))
    return layer


def _session_layers(project: QgsProject, session_path: str) -> dict[str, QgsMapLayer]:
    return {layer.customProperty(ROLE_PROPERTY): layer
            for layer in project.mapLayers().values()
            if layer.customProperty(SESSION_PROPERTY) == session_path}


def find_session_layers(project: QgsProject, corrections_path: str | Path
                        ) -> Optional[SessionLayers]:
    """The layers of the session ``corrections_path`` already in ``project``, if any."""
    layers = _session_layers(project, str(corrections_path))
    corrections = layers.get("corrections")
    if corrections is None:
        return None
    node = project.layerTreeRoot().findLayer(corrections.id())
    group = node.parent() if node is not None else project.layerTreeRoot()
    return SessionLayers(group, corrections, layers.get("probability"), layers.get("cam"))


def _insert_group(project: QgsProject, name: str, above: Optional[QgsMapLayer]
                  ) -> QgsLayerTreeGroup:
    root = project.layerTreeRoot()
    node = root.findLayer(above.id()) if above is not None else None
    if node is None or node.parent() is None:
        return root.insertGroup(0, name)
    parent = node.parent()
    return parent.insertGroup(parent.children().index(node), name)


def add_session_layers(project: QgsProject, corrections_path: str | Path,
                       session: ReviewSession, above: Optional[QgsMapLayer],
                       opacity: float) -> SessionLayers:
    """Add the session's layers as a new group above ``above`` (top of the tree when None).

    Raises:
        ValueError: the corrections layer cannot be opened (message for the analyst).
    """
    path = str(corrections_path)
    folder = Path(path).parent
    corrections = QgsVectorLayer(corrections_uri(path), QCoreApplication.translate(
        "IsslideResults", "Corrections"), "ogr")
    if not corrections.isValid():
        raise ValueError(QCoreApplication.translate(
            "IsslideResults", "The corrections layer of '{path}' cannot be opened: is the file "
            "a GeoPackage written by the review dock?").format(path=path))
    titles = {"cam": QCoreApplication.translate(
                  "IsslideResults", "Class activation map ({method})").format(
                  method=CAM_METHOD_TITLES.get(session.cam_method, session.cam_method)),
              "probability": QCoreApplication.translate("IsslideResults",
                                                        "Probability of movement")}
    rasters: dict[str, Optional[QgsRasterLayer]] = {}
    for role, title in titles.items():
        file = session.resolve(role, folder)
        layer = QgsRasterLayer(str(file), title) if file and file.is_file() else None
        rasters[role] = layer if layer is not None and layer.isValid() else None
    group = _insert_group(project, QCoreApplication.translate(
        "IsslideResults", "ISSLIDE review: {name} ({model})").format(
        name=Path(path).stem, model=session.model), above)
    for role, layer in (("corrections", corrections), ("cam", rasters["cam"]),
                        ("probability", rasters["probability"])):
        if layer is None:
            continue
        _tag(layer, role, path)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    layers = SessionLayers(group, corrections, rasters["probability"], rasters["cam"])
    set_opacity(layers, opacity)
    if layers.cam is not None:
        group.findLayer(layers.cam.id()).setItemVisibilityChecked(False)
    return layers


def set_opacity(layers: SessionLayers, opacity: float) -> None:
    """Set the opacity (0-1) of the probability and CAM rasters and redraw them."""
    for layer in layers.transparent():
        layer.renderer().setOpacity(opacity)
        layer.triggerRepaint()


def set_cam_visible(layers: SessionLayers, visible: bool) -> None:
    """Show or hide the CAM raster (when the session has one)."""
    if layers.cam is None:
        return
    node = layers.group.findLayer(layers.cam.id())
    if node is not None:
        node.setItemVisibilityChecked(visible)
