"""Cancelling a run from the dock leaves the project and the disk as they were."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject

from tests.qgis.test_dock_support import (  # noqa: F401 (fixtures)
    click,
    dock_session,
    dock_settings,
    wait_for_tasks,
)


def _snapshot(project: QgsProject) -> tuple:
    root = project.layerTreeRoot()
    return (sorted(project.mapLayers()), [node.name() for node in root.children()],
            root.findGroups())


def test_cancel_during_detection_changes_nothing(dock_session, tmp_path: Path) -> None:
    session, dock = dock_session, dock_session.dock
    project = QgsProject.instance()
    before = _snapshot(project)
    path = tmp_path / "cancelled.gpkg"
    session.fill_form(path)
    cancelled = []

    def cancel_once_running(value: int) -> None:
        if value > 0 and not cancelled:
            cancelled.append(value)
            click(dock.cancel_button)

    dock.progress_bar.valueChanged.connect(cancel_once_running)
    click(dock.run_button)
    assert not dock.run_button.isEnabled() and dock.cancel_button.isEnabled()
    wait_for_tasks()
    assert cancelled, "the run ended before it could be cancelled"
    assert dock.task is None and dock.run_button.isEnabled()
    assert _snapshot(project) == before
    assert list(tmp_path.iterdir()) == []  # no GeoPackage, raster or scratch folder
    assert "Cancelled" in dock.message_label.text()
    assert dock.review_panel.model.rowCount() == 0


def test_cancel_before_the_task_starts_changes_nothing(dock_session, tmp_path: Path) -> None:
    session, dock = dock_session, dock_session.dock
    project = QgsProject.instance()
    before = _snapshot(project)
    session.fill_form(tmp_path / "cancelled.gpkg")
    click(dock.run_button)
    click(dock.cancel_button)
    wait_for_tasks()
    assert _snapshot(project) == before and list(tmp_path.iterdir()) == []
    assert dock.run_button.isEnabled() and "Cancelled" in dock.message_label.text()


def test_run_refuses_to_overwrite_a_review(dock_session, tmp_path: Path) -> None:
    session, dock = dock_session, dock_session.dock
    existing = tmp_path / "review.gpkg"
    existing.write_bytes(b"a review of yesterday")
    session.fill_form(existing)
    click(dock.run_button)
    wait_for_tasks()
    assert "already exists" in dock.message_label.text()
    assert existing.read_bytes() == b"a review of yesterday"
    assert dock.task is None and [p.name for p in tmp_path.iterdir()] == ["review.gpkg"]


def test_run_explains_what_is_missing(dock_session, tmp_path: Path) -> None:
    session, dock = dock_session, dock_session.dock
    form = dock.detection_panel
    form.corrections_widget.setFilePath("")
    form.interferogram_combo.setLayer(session.layers["phase"])
    click(dock.run_button)
    assert "corrections file" in dock.message_label.text() and dock.task is None
    form.interferogram_combo.setLayer(None)
    form.corrections_widget.setFilePath(str(tmp_path / "r"))
    click(dock.run_button)
    assert "interferogram" in dock.message_label.text() and dock.task is None
    assert form.corrections_path() == tmp_path / "r.gpkg" and list(tmp_path.iterdir()) == []
