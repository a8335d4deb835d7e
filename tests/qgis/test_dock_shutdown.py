"""The plugin unloads (or QGIS quits) in the middle of a review: the dock stops its task,
saves the review and leaves nothing connected to QGIS, the project or the message bar."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject

from tests.qgis.test_dock_crash import make_corrections
from tests.qgis.test_dock_support import (  # noqa: F401 (fixtures)
    click,
    dock_session,
    dock_settings,
    wait_for_tasks,
)


def _project_receivers() -> int:
    project = QgsProject.instance()
    return project.receivers(project.layersWillBeRemoved)


def test_shutdown_during_detection_stops_the_task_quietly(dock_session, tmp_path: Path) -> None:
    session, dock = dock_session, dock_session.dock
    session.fill_form(tmp_path / "review.gpkg")
    click(dock.run_button)
    task = dock.task
    assert task is not None
    dock.shutdown()
    assert dock.task is None and task.isCanceled()
    wait_for_tasks()
    # the task no longer reports to the dock (which is about to be deleted)
    assert dock.message_label.text().startswith("Detecting"), dock.message_label.text()
    assert list(tmp_path.iterdir()) == []  # cancelled: nothing written
    dock.shutdown()  # a second call (unload after QGIS' aboutToQuit) does nothing more


def test_shutdown_saves_the_review_and_disconnects(dock_session, tmp_path: Path) -> None:
    session, dock = dock_session, dock_session.dock
    path = make_corrections(tmp_path)
    before = _project_receivers()
    dock.detection_panel.corrections_widget.setFilePath(str(path))
    click(dock.open_button)
    assert _project_receivers() == before + 1
    layer = dock.editor.layer
    click(session.edit_button("edit"))
    fid = next(layer.getFeatures()).id()
    layer.beginEditCommand("Grow")
    layer.changeGeometry(fid, layer.getFeature(fid).geometry().buffer(50.0, 4))
    layer.endEditCommand()
    dock.show_message("an error for the message bar", error=True)
    bar = session.iface.messageBar()
    assert len(bar.items()) == 1
    dock.shutdown()
    assert not layer.isModified()  # the pending edit was saved
    assert dock.editor is None and _project_receivers() == before
    assert bar.items() == [] and dock.bar_items == []
