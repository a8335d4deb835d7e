"""The analyst's day in the dock, driven through its widgets on the bundled sample:
detection in a background task, the result group above the optical image, stepping through
the areas, statuses and comments saved at once, a geometry edit undone, edits saved, the
project dropped without saving, and the review found again in a new project."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsGeometry, QgsLayerTreeGroup, QgsPointXY, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from isslide_qgis.core.kinematics.velocity_classes import CLASS_LABELS

from tests.qgis.test_dock_support import (  # noqa: F401 (fixtures)
    click,
    dock_session,
    dock_settings,
    draw_polygon,
    read_corrections,
    translated,
)


def _group(project: QgsProject) -> QgsLayerTreeGroup:
    groups = [node for node in project.layerTreeRoot().children()
              if isinstance(node, QgsLayerTreeGroup)]
    assert len(groups) == 1, [g.name() for g in groups]
    return groups[0]


def test_detect_review_edit_save_crash_and_restore(dock_session, tmp_path: Path) -> None:
    session, dock = dock_session, dock_session.dock
    panel = session.panel
    path = tmp_path / "review.gpkg"
    session.run_detection(path)
    assert dock.task is None and dock.run_button.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.gpkg", "review_probability.tif"]

    # the result group, above the optical image, with styled layers
    project = QgsProject.instance()
    group = _group(project)
    root_names = [node.name() for node in project.layerTreeRoot().children()]
    assert root_names.index(group.name()) < root_names.index("optical")
    layers = {layer.customProperty("isslide/role"): layer for layer in
              (node.layer() for node in group.findLayers())}
    assert set(layers) == {"corrections", "probability"}
    corrections, probability = layers["corrections"], layers["probability"]
    assert corrections.renderer().type() == "categorizedSymbol"
    assert corrections.renderer().classAttribute() == "review_status"
    assert isinstance(probability, QgsRasterLayer)
    assert probability.renderer().type() == "singlebandpseudocolor"
    shader = probability.renderer().shader().rasterShaderFunction()
    assert shader.colorRampItemList()[0].color.alpha() == 0  # transparent low probabilities
    dock.opacity_slider.setValue(40)
    assert probability.renderer().opacity() == 0.4

    # the table, by decreasing score; Next / Previous zoom to the areas
    model = panel.model
    count = model.rowCount()
    assert count >= 3, "the sample has at least three moving areas"
    scores = [area.score for area in model.areas]
    assert scores == sorted(scores, reverse=True)
    velocity = model.COLUMNS.index("velocity")  # each area's class, copied from the detection
    assert all(model.data(model.index(row, velocity)) in CLASS_LABELS for row in range(count))
    canvas = session.iface.mapCanvas()
    for row in range(3):
        click(session.button("next"))
        fid = panel.current_fid()
        assert fid == model.areas[row].fid
        assert canvas.extent().contains(corrections.getFeature(fid).geometry().boundingBox())
        assert corrections.selectedFeatureIds() == [fid]
    click(session.button("previous"))
    assert panel.current_fid() == model.areas[1].fid
    first, second, third = (area.fid for area in model.areas[:3])

    # statuses by button and by keyboard shortcut, a comment: in the file at once
    panel.table.selectRow(0)
    click(session.button("accepted"))
    panel.table.setFocus()
    click(session.button("next"))
    QTest.keyClick(panel.table, Qt.Key_R)
    QTest.keyClick(panel.table, Qt.Key_N)
    assert panel.current_fid() == third
    QTest.keyClick(panel.table, Qt.Key_U)
    panel.comment_edit.setFocus()
    QTest.keyClicks(panel.comment_edit, "atmosphere?")
    QTest.keyClick(panel.comment_edit, Qt.Key_Return)
    on_disk = read_corrections(path)
    assert (on_disk[first]["review_status"], on_disk[second]["review_status"],
            on_disk[third]["review_status"]) == ("accepted", "rejected", "uncertain")
    assert on_disk[third]["comment"] == "atmosphere?"
    assert on_disk[first]["reviewer"] and on_disk[first]["reviewed_at"]
    assert "3 of" in panel.summary_label.text()

    # a geometry edit in the edit buffer, undone with the dock's Undo
    click(session.edit_button("edit"))
    assert corrections.isEditable()
    original = QgsGeometry(corrections.getFeature(first).geometry())
    corrections.beginEditCommand("Move vertices")  # what QGIS' vertex tool does
    corrections.changeGeometry(first, original.buffer(100.0, 4))
    corrections.endEditCommand()
    assert corrections.getFeature(first).geometry().area() > original.area()
    click(session.edit_button("undo"))
    assert corrections.getFeature(first).geometry().equals(original)

    # a kept reshape and an area drawn with QGIS' digitizing tool, then Save
    corrections.beginEditCommand("Reshape")
    corrections.changeGeometry(second, translated(corrections.getFeature(second).geometry(),
                                                  60.0, 0.0))
    corrections.endEditCommand()
    kept_second = QgsGeometry(corrections.getFeature(second).geometry())
    click(session.edit_button("add"))
    box = corrections.extent()
    x0, y0 = box.xMinimum() + 100.0, box.yMinimum() + 100.0
    draw_polygon(canvas, [QgsPointXY(x0, y0), QgsPointXY(x0 + 400, y0),
                          QgsPointXY(x0 + 400, y0 + 300), QgsPointXY(x0, y0 + 300)])
    assert model.rowCount() == count + 1
    assert read_corrections(path).keys() == on_disk.keys()  # not saved yet
    click(session.edit_button("save"))
    saved = read_corrections(path)
    assert len(saved) == count + 1
    added = [row for fid, row in saved.items() if fid not in on_disk]
    assert len(added) == 1 and added[0]["origin"] == "added"
    assert added[0]["review_status"] == "accepted" and added[0]["area"] > 100_000.0
    assert QgsGeometry.fromWkt(saved[second]["wkt"]).equals(kept_second)
    assert QgsGeometry.fromWkt(saved[first]["wkt"]).equals(original)  # the undone edit

    # after the save: a status (written at once) and a pending geometry edit; then the
    # project is dropped without saving it (closing saves the pending edit, see the crash
    # test for a process killed before it can)
    panel.table.selectRow(3)
    fourth = panel.current_fid()
    click(session.button("rejected"))
    corrections.beginEditCommand("Reshape")
    corrections.changeGeometry(third, translated(corrections.getFeature(third).geometry(),
                                                 0.0, 30.0))
    corrections.endEditCommand()
    pending_third = QgsGeometry(corrections.getFeature(third).geometry())
    assert corrections.isModified()
    project.clear()
    assert dock.editor is None and panel.model.rowCount() == 0

    # a new project: the review comes back from the file, every status and saved edit
    dock.detection_panel.corrections_widget.setFilePath(str(path))
    click(dock.open_button)
    group = _group(project)
    restored = dock.editor.layer
    assert restored.featureCount() == count + 1
    statuses = {area.fid: area.status for area in panel.model.areas}
    assert (statuses[first], statuses[second], statuses[third], statuses[fourth]) == (
        "accepted", "rejected", "uncertain", "rejected")
    assert restored.getFeature(third)["comment"] == "atmosphere?"
    assert restored.getFeature(second).geometry().equals(kept_second)
    assert restored.getFeature(first).geometry().equals(original)
    assert restored.getFeature(third).geometry().equals(pending_third)
    optical = [layer for layer in project.mapLayers().values() if layer.name() == "optical"]
    assert len(optical) == 1  # the session's optical image is back, below the review group
    names = [node.name() for node in project.layerTreeRoot().children()]
    assert names.index(group.name()) < names.index("optical")
    assert dock.detection_panel.optical_combo.currentLayer() is optical[0]
    assert dock.detection_panel.model_picker.model_name() == "sepunet_w8"
