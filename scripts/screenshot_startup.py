"""Run inside QGIS desktop (``qgis.bin --code scripts/screenshot_startup.py``): open the bundled
sample, run a detection from the ISSLIDE dock, review a few areas, and then either save a
screenshot of the main window (``scripts/screenshot.py``) or quit QGIS the way an analyst
does, File > Exit (``scripts/desktop_session.py``). The driver passes, in the environment:

* ``ISSLIDE_SAMPLE``: folder with optical.tif, coherence.tif, phase.tif (copies);
* ``ISSLIDE_WORK``: folder for the corrections file and result rasters;
* ``ISSLIDE_STATUS``: a JSON report; ``ISSLIDE_MODEL``: the shipped model to run;
* ``ISSLIDE_MODE``: ``screenshot`` (default; ``ISSLIDE_SCREENSHOT``: the PNG to write) or
  ``session`` (accept the first area, then File > Exit).

QGIS quits when done (exit code 0), or after an error (exit code 1, traceback in the report).
"""
import os
import sys
import time
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsSettings
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget

sys.path.insert(0, os.environ["ISSLIDE_SCRIPTS"])
from startup_steps import guarded, report, write_report  # noqa: E402

SAMPLE = Path(os.environ["ISSLIDE_SAMPLE"])
WORK = Path(os.environ["ISSLIDE_WORK"])
MODEL = os.environ.get("ISSLIDE_MODEL", "sepunet_w8")
MODE = os.environ.get("ISSLIDE_MODE", "screenshot")
#: statuses given to the first areas, by decreasing score (the rest stay unreviewed)
REVIEW = ("accepted",) if MODE == "session" else ("accepted", "accepted", "rejected", "uncertain")
#: width of the dock in the picture (pixels)
DOCK_WIDTH = 500
STEP_MS = 250
TIMEOUT_S = 400


class Scenario:
    """The analyst's gestures, one timer step after another (QGIS stays responsive)."""

    def __init__(self) -> None:
        self.iface = qgis.utils.iface
        self.started = time.monotonic()
        self.dock = None
        self.layers = {}

    @guarded
    def start(self) -> None:
        window = self.iface.mainWindow()
        window.resize(1400, 900)
        window.showMaximized()
        project = QgsProject.instance()
        for name in ("optical", "coherence", "phase"):
            layer = QgsRasterLayer(str(SAMPLE / f"{name}.tif"), name)
            assert layer.isValid(), f"cannot open {SAMPLE / name}.tif"
            project.addMapLayer(layer)
            self.layers[name] = layer
        root = project.layerTreeRoot()
        for name in ("coherence", "phase"):  # keep the optical image visible below
            root.findLayer(self.layers[name].id()).setItemVisibilityChecked(False)
        plugin = qgis.utils.plugins.get("isslide_qgis")
        assert plugin is not None, f"isslide_qgis not started; plugins: {list(qgis.utils.plugins)}"
        self.dock = plugin.dock
        self.dock.show()
        self.dock.raise_()
        form = self.dock.detection_panel
        form.interferogram_combo.setLayer(self.layers["phase"])
        form.coherence_combo.setLayer(self.layers["coherence"])
        form.optical_combo.setLayer(self.layers["optical"])
        assert form.model_picker.select_name(MODEL), f"model {MODEL} is not shipped"
        form.corrections_widget.setFilePath(str(WORK / "review.gpkg"))
        self.dock.run_button.click()
        QTimer.singleShot(STEP_MS, self.wait_for_detection)

    @guarded
    def wait_for_detection(self) -> None:
        if time.monotonic() - self.started > TIMEOUT_S:
            raise TimeoutError("the detection did not finish: " + self.dock.message_label.text())
        if QgsApplication.taskManager().countActiveTasks() or self.dock.task is not None:
            QTimer.singleShot(STEP_MS, self.wait_for_detection)
            return
        assert self.dock.editor is not None, self.dock.message_label.text()
        QTimer.singleShot(STEP_MS, self.review)

    @guarded
    def review(self) -> None:
        panel = self.dock.review_panel
        reviewed = {}
        for status in REVIEW[:panel.model.rowCount()]:
            panel.go(1)
            panel.set_status(status)
            reviewed[panel.current_fid()] = status
        if MODE == "session":
            QTimer.singleShot(STEP_MS, lambda: self.exit_qgis(reviewed))
            return
        panel.go(1)  # the next area to review, selected on the map
        self.tidy()
        QTimer.singleShot(1000, self.frame)

    @guarded
    def frame(self) -> None:
        """Once the layout has settled: the whole sample in view, the review group open."""
        canvas = self.iface.mapCanvas()
        extent = self.layers["optical"].extent()
        extent.scale(1.02)
        canvas.setExtent(extent)
        canvas.refresh()
        for group in QgsProject.instance().layerTreeRoot().findGroups():
            group.setExpanded(True)
        self.iface.setActiveLayer(self.dock.editor.layer)
        QTimer.singleShot(3000, self.shoot)

    def tidy(self) -> None:
        """The picture's layout: the dock wide enough, the layer tree short, no messages."""
        window = self.iface.mainWindow()
        for dock in window.findChildren(QDockWidget):
            if dock.objectName() == "Browser":
                dock.hide()
        window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        for name in ("isslideDisplayBox", "isslideFinetuneBox"):
            box = self.dock.findChild(QgsCollapsibleGroupBox, name)
            if box is not None:
                box.setCollapsed(True)
        root = QgsProject.instance().layerTreeRoot()
        for node in root.findLayers():
            node.setExpanded(False)
        self.iface.messageBar().clearWidgets()

    @guarded
    def exit_qgis(self, reviewed: dict) -> None:
        """Quit as an analyst does (File > Exit) once the project needs no saving."""
        write_report(True, areas=self.dock.review_panel.model.rowCount(),
                     reviewed={str(fid): status for fid, status in reviewed.items()},
                     corrections=str(self.dock.session_path),
                     message=self.dock.message_label.text())
        QgsProject.instance().setDirty(False)  # no "save the project?" dialog
        # nor "save the temporary layers?": the sample's copies lie in the temp folder
        QgsSettings().setValue("askToSaveMemoryLayers", False, QgsSettings.Section.App)
        self.iface.actionExit().trigger()

    @guarded
    def shoot(self) -> None:
        canvas = self.iface.mapCanvas()
        if canvas.isDrawing() and time.monotonic() - self.started < TIMEOUT_S:
            QTimer.singleShot(STEP_MS, self.shoot)
            return
        QApplication.processEvents()
        image = self.iface.mainWindow().grab().toImage()
        output = os.environ["ISSLIDE_SCREENSHOT"]
        assert image.save(output, "PNG"), f"cannot write {output}"
        report(True, areas=self.dock.review_panel.model.rowCount(),
               message=self.dock.message_label.text(), size=[image.width(), image.height()])


SCENARIO = Scenario()
QTimer.singleShot(2000, SCENARIO.start)
