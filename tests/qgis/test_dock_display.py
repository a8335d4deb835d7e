"""The CAM layer and the display controls; the settings panel; timed and on-close saving."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsGeometry, QgsProject

from tests.qgis.test_dock_crash import make_corrections
from tests.qgis.test_dock_support import (  # noqa: F401 (fixtures)
    click,
    dock_session,
    dock_settings,
    read_corrections,
    translated,
    wait_until,
)


def test_cam_layer_is_added_and_toggled(dock_session, tmp_path: Path) -> None:
    session, dock = dock_session, dock_session.dock
    session.fill_form(tmp_path / "review.gpkg")
    form = dock.detection_panel
    form.cam_method_combo.setCurrentIndex(form.cam_method_combo.findData("layercam"))
    click(form.cam_check)
    assert form.cam_check.isChecked()
    click(dock.run_button)
    wait_until(lambda: dock.editor is not None or "rror" in dock.message_label.text())
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "review.gpkg", "review_cam.tif", "review_probability.tif"], dock.message_label.text()
    layers = dock.layers
    assert layers.cam is not None and layers.cam.renderer().type() == "singlebandpseudocolor"
    assert "Layer-CAM" in layers.cam.name()
    node = layers.group.findLayer(layers.cam.id())
    assert dock.show_cam_check.isChecked() and node.itemVisibilityChecked()
    click(dock.show_cam_check)
    assert not node.itemVisibilityChecked()
    dock.opacity_slider.setValue(25)
    assert layers.cam.renderer().opacity() == layers.probability.renderer().opacity() == 0.25
    assert dock.session.cam_method == "layercam"


def test_settings_timed_save_and_save_on_close(dock_session, tmp_path: Path) -> None:
    from isslide_qgis.settings import setting

    session, dock = dock_session, dock_session.dock
    path = make_corrections(tmp_path)
    settings = dock.settings_panel
    settings.reviewer_edit.setText("Ana Lyst")
    settings.device_combo.setCurrentText("cpu")
    settings.threads_spin.setValue(1)
    assert (setting("reviewer"), setting("device"), setting("threads")) == ("Ana Lyst", "cpu", 1)

    dock.detection_panel.corrections_widget.setFilePath(str(path))
    click(dock.open_button)
    layer, panel = dock.editor.layer, session.panel
    click(session.button("next"))
    click(session.button("accepted"))
    fid = panel.current_fid()
    assert read_corrections(path)[fid]["reviewer"] == "Ana Lyst"

    settings.autosave_spin.setValue(1)  # seconds
    assert setting("autosave_seconds") == 1 and dock.editor.timer.interval() == 1000
    click(session.edit_button("edit"))
    moved = translated(layer.getFeature(fid).geometry(), 25.0, 0.0)
    layer.beginEditCommand("Move")
    layer.changeGeometry(fid, moved)
    layer.endEditCommand()
    wait_until(lambda: QgsGeometry.fromWkt(read_corrections(path)[fid]["wkt"]).equals(moved),
               timeout=10)
    assert not layer.isModified() and layer.isEditable()  # saved, still editing

    settings.autosave_spin.setValue(0)
    assert not dock.editor.timer.isActive()
    again = translated(moved, 0.0, 25.0)
    layer.beginEditCommand("Move")
    layer.changeGeometry(fid, again)
    layer.endEditCommand()
    dock.close()  # closing the dock saves the pending edit
    assert QgsGeometry.fromWkt(read_corrections(path)[fid]["wkt"]).equals(again)
    assert QgsProject.instance().mapLayer(layer.id()) is layer  # the layers stay
