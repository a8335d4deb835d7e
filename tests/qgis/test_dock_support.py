"""What the dock tests share: an interface with a real canvas and QGIS' own digitizing map
tool, the bundled sample in a project, and helpers that drive the dock like an analyst.

pytest-qgis' ``qgis_iface`` is a stub (no active layer, no digitizing actions). The
:class:`EditingInterface` adds to the recording interface what the dock's editing buttons
use: the active layer and ``actionAddFeature``, which arms ``QgsMapToolDigitizeFeature`` on
the real ``QgsMapCanvas`` and adds the drawn polygon through the layer's edit buffer with
its default values, as QGIS' *Add Polygon Feature* tool does.
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest
from qgis.core import (
    QgsApplication,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.gui import (
    QgsAdvancedDigitizingDockWidget,
    QgsMapMouseEvent,
    QgsMapToolCapture,
    QgsMapToolDigitizeFeature,
    QgsMessageBar,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAction, QApplication, QToolButton

from tests.qgis.recording_iface import RecordingInterface

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
#: the smallest, fastest shipped model
FAST_MODEL = "sepunet_w8"
#: the dock's settings keys the tests may change (restored afterwards)
DOCK_SETTINGS = ("checkpoints", "last_corrections", "autosave_seconds", "finetune_epochs",
                 "reviewer", "opacity")


class EditingInterface(RecordingInterface):
    """A recording interface with an active layer and QGIS' digitizing tool."""

    def __init__(self, canvas, message_bar) -> None:
        super().__init__(canvas, message_bar)
        self._active = None
        self.cad = QgsAdvancedDigitizingDockWidget(canvas, self.main_window)
        self.digitize_tool: QgsMapToolDigitizeFeature | None = None
        self.add_feature_action = QAction("Add Polygon Feature", self.main_window)
        self.add_feature_action.triggered.connect(self._arm_digitizing)

    def activeLayer(self):  # noqa: N802
        return self._active

    def setActiveLayer(self, layer) -> bool:  # noqa: N802
        self._active = layer
        self._canvas.setCurrentLayer(layer)
        return True

    def actionAddFeature(self) -> QAction:  # noqa: N802
        return self.add_feature_action

    def _arm_digitizing(self) -> None:
        tool = QgsMapToolDigitizeFeature(self._canvas, self.cad, QgsMapToolCapture.CapturePolygon)
        tool.setLayer(self._active)
        tool.digitizingCompleted.connect(self._add_feature)
        self._canvas.setMapTool(tool)
        if self.digitize_tool is None:
            QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)
        self.digitize_tool = tool

    def close(self) -> None:
        """Release the digitizing tool and the CAD dock with the main window.

        Both hold a raw pointer to the session's canvas, which pytest-qgis deletes just
        before ``QgsApplication.exitQgis()``; the CAD dock also answers the project's
        ``snappingConfigChanged``, which ``exitQgis()`` emits while destroying the project:
        left alive, it dereferences the deleted canvas (the segmentation fault at exit).
        """
        if self.digitize_tool is not None:
            self._canvas.unsetMapTool(self.digitize_tool)
            QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_removed)
            self.digitize_tool = self._active = None
        super().close()

    def _layers_removed(self, layer_ids) -> None:
        """As QGIS does: a map tool never outlives the layer it edits."""
        if self._active is not None and self._active.id() in layer_ids:
            self._canvas.unsetMapTool(self.digitize_tool)
            self.digitize_tool = self._active = None
            QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_removed)

    def _add_feature(self, feature) -> None:
        layer = self._active
        layer.beginEditCommand("Add feature")
        new = QgsVectorLayerUtils.createFeature(layer, feature.geometry(), {},
                                                layer.createExpressionContext())
        layer.addFeature(new)
        layer.endEditCommand()


def click_map(canvas, point: QgsPointXY, button=Qt.MouseButton.LeftButton) -> None:
    """Click the active map tool at map coordinates ``point``."""
    pixel = canvas.getCoordinateTransform().transform(point)
    position = QPoint(int(round(pixel.x())), int(round(pixel.y())))
    tool = canvas.mapTool()
    for kind, handler in ((QEvent.Type.MouseButtonPress, tool.canvasPressEvent),
                          (QEvent.Type.MouseButtonRelease, tool.canvasReleaseEvent)):
        handler(QgsMapMouseEvent(canvas, kind, position, button, button, Qt.KeyboardModifier.NoModifier))


def draw_polygon(canvas, points: list[QgsPointXY]) -> None:
    """Digitize a polygon with the active map tool: left clicks, then a right click."""
    for point in points:
        click_map(canvas, point)
    click_map(canvas, points[-1], Qt.MouseButton.RightButton)


def wait_until(condition: Callable[[], bool], timeout: float = 180.0) -> None:
    """Process events until ``condition()`` holds (fails after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the dock"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def wait_for_tasks(timeout: float = 180.0) -> None:
    """Wait until QGIS' task manager has no active task and its results reached the dock."""
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout)
    for _ in range(20):
        QCoreApplication.processEvents()


def click(widget) -> None:
    """Click a button with the mouse."""
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def sample_layers(project: QgsProject, folder: Path) -> dict[str, QgsRasterLayer]:
    """The bundled sample's optical image, coherence and interferogram in ``project``, read
    from copies in ``folder`` (QGIS writes statistics beside the rasters it draws)."""
    layers = {}
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("optical", "coherence", "phase"):
        for file in SAMPLE.glob(f"{name}.tif*"):
            shutil.copy(file, folder / file.name)
        layer = QgsRasterLayer(str(folder / f"{name}.tif"), name)
        assert layer.isValid(), name
        project.addMapLayer(layer)
        layers[name] = layer
    return layers


class DockSession:
    """The dock in a main window, the sample layers, and the analyst's usual gestures."""

    def __init__(self, dock, iface: EditingInterface, layers: dict, folder: Path) -> None:
        self.dock, self.iface, self.layers, self.folder = dock, iface, layers, folder

    @property
    def panel(self):
        return self.dock.review_panel

    def fill_form(self, corrections: Path, model: str = FAST_MODEL) -> None:
        form = self.dock.detection_panel
        form.interferogram_combo.setLayer(self.layers["phase"])
        form.coherence_combo.setLayer(self.layers["coherence"])
        form.optical_combo.setLayer(self.layers["optical"])
        combo = form.model_picker.combo
        combo.setCurrentIndex(combo.findText(model))
        assert form.model_picker.model_name() == model
        form.corrections_widget.setFilePath(str(corrections))

    def run_detection(self, corrections: Path, model: str = FAST_MODEL) -> None:
        self.fill_form(corrections, model)
        click(self.dock.run_button)
        wait_for_tasks()

    def button(self, name: str):
        """A review button by its action name (next, previous, accepted...)."""
        return self.dock.findChild(QToolButton, f"isslideButton_{name}")

    def edit_button(self, name: str):
        return self.panel.edit_buttons[name]


@pytest.fixture
def dock_settings(qgis_app) -> Iterator[None]:
    """Keep the dock's settings as they were before the test."""
    from isslide_qgis.settings import SETTINGS

    saved = {name: SETTINGS[name].value() for name in DOCK_SETTINGS}
    yield
    for name, value in saved.items():
        SETTINGS[name].set_value(value)


@pytest.fixture
def dock_session(qgis_app, qgis_canvas, dock_settings, tmp_path_factory
                 ) -> Iterator[DockSession]:
    """The dock docked in a real main window, with the sample in a fresh project."""
    from isslide_qgis.gui.dock import IsslideDock

    project = QgsProject.instance()
    project.clear()
    iface = EditingInterface(qgis_canvas, QgsMessageBar())
    data = tmp_path_factory.mktemp("sample")
    layers = sample_layers(project, data)
    qgis_canvas.resize(600, 600)
    qgis_canvas.setDestinationCrs(layers["optical"].crs())
    qgis_canvas.setLayers(list(layers.values()))
    qgis_canvas.setExtent(layers["optical"].extent())
    dock = IsslideDock(iface, iface.main_window)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    iface.main_window.show()
    dock.show()
    QApplication.setActiveWindow(iface.main_window)  # keyboard shortcuts need an active window
    try:
        yield DockSession(dock, iface, layers, data)
    finally:
        wait_for_tasks()
        dock.shutdown()
        iface.removeDockWidget(dock)
        dock.deleteLater()
        if qgis_canvas.mapTool() is not None:
            qgis_canvas.unsetMapTool(qgis_canvas.mapTool())
        project.clear()
        iface.close()


def read_corrections(path: Path) -> dict[int, dict]:
    """The corrections layer as the file holds it (a separate OGR connection): fid -> row."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    rows = {}
    for feature in ds.GetLayerByName("corrections"):
        row = feature.items()
        geometry = feature.GetGeometryRef()
        row["wkt"] = geometry.ExportToWkt() if geometry is not None else None
        row["area"] = geometry.GetArea() if geometry is not None else 0.0
        rows[feature.GetFID()] = row
    ds = None
    return rows


def corrections_layer(path: Path) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername=corrections", "check", "ogr")
    assert layer.isValid()
    return layer


def translated(geometry: QgsGeometry, dx: float, dy: float) -> QgsGeometry:
    moved = QgsGeometry(geometry)
    moved.translate(dx, dy)
    return moved
