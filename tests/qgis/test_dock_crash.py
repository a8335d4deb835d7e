"""A crash loses at most the geometry edits since the last save, nothing else.

A separate QGIS process opens a review in the dock, saves one geometry edit, sets statuses
and a comment, leaves another geometry edit pending, and is killed (SIGKILL: no handler
runs). The file then holds every status, the comment and the saved edit, and not the
pending one.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.qgis.test_dock_support import ROOT, SAMPLE, read_corrections

#: printed by the child once everything is set up, just before it is killed
READY = "READY-TO-CRASH"


def make_corrections(folder: Path) -> Path:
    """A corrections file from the sample's truth (as if detected), without torch."""
    import rasterio

    from isslide_qgis.core.insar.grid import RasterGrid
    from isslide_qgis.core.review import ReviewSession, create_corrections
    from isslide_qgis.core.vectorize import vectorize_probability

    areas = folder / "areas.gpkg"
    vectorize_probability(SAMPLE / "truth.tif", areas, threshold=0.5, min_area_m2=0.0,
                          model_name="truth")
    with rasterio.open(SAMPLE / "truth.tif") as ds:
        grid = RasterGrid.from_dataset(ds)
    path = folder / "review.gpkg"
    create_corrections(areas, path, ReviewSession(interferogram=str(SAMPLE / "phase.tif"),
                                                  probability="", model="truth"), grid)
    areas.unlink()
    return path


def test_a_killed_session_keeps_statuses_and_saved_edits(tmp_path: Path) -> None:
    path = make_corrections(tmp_path)
    before = read_corrections(path)
    assert len(before) >= 3
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, __file__, str(path)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    for line in child.stdout:
        lines.append(line)
        if line.startswith(READY):
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=120)
    assert child.returncode == -signal.SIGKILL, "".join(lines)
    fids = [int(value) for value in lines[-1].split()[1:]]
    saved_fid, pending_fid, status_fid = fids

    after = read_corrections(path)
    assert after.keys() == before.keys()
    assert after[saved_fid]["area"] > before[saved_fid]["area"] * 1.2  # the saved edit
    assert after[pending_fid]["wkt"] == before[pending_fid]["wkt"]     # lost: not saved
    assert after[status_fid]["review_status"] == "rejected"            # written at once
    assert after[pending_fid]["review_status"] == "accepted"
    assert after[pending_fid]["comment"] == "written before the crash"


def _crash_session(path: Path) -> None:
    """The child: open the review in the dock, edit, save, edit again, and wait to be killed."""
    import time

    from qgis.core import QgsApplication, QgsProject
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtCore import QCoreApplication, Qt
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QToolButton

    app = QgsApplication([], True)
    app.initQgis()
    from isslide_qgis.gui.dock import IsslideDock
    from tests.qgis.test_dock_support import EditingInterface

    iface = EditingInterface(QgsMapCanvas(), QgsMessageBar())
    dock = IsslideDock(iface, iface.main_window)
    dock.detection_panel.corrections_widget.setFilePath(str(path))
    dock.open_button.click()
    panel, layer = dock.review_panel, dock.editor.layer
    saved, pending, status = (area.fid for area in panel.model.areas[:3])
    panel.edit_buttons["edit"].click()
    layer.beginEditCommand("Grow")
    layer.changeGeometry(saved, layer.getFeature(saved).geometry().buffer(50.0, 4))
    layer.endEditCommand()
    panel.edit_buttons["save"].click()
    panel.table.selectRow(panel.model.row_of(pending))
    dock.findChild(QToolButton, "isslideButton_accepted").click()
    QTest.keyClicks(panel.comment_edit, "written before the crash")
    QTest.keyClick(panel.comment_edit, Qt.Key_Return)
    panel.table.selectRow(panel.model.row_of(status))
    dock.findChild(QToolButton, "isslideButton_rejected").click()
    layer.beginEditCommand("Grow")
    layer.changeGeometry(pending, layer.getFeature(pending).geometry().buffer(80.0, 4))
    layer.endEditCommand()
    assert layer.isModified() and QgsProject.instance().count() == 1
    print(READY, saved, pending, status, flush=True)
    while True:  # the parent kills this process now
        QCoreApplication.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    _crash_session(Path(sys.argv[1]))
