"""The round trip in one click on the sample: review, export, extract patches, fine-tune
(one epoch), and the new model is selectable in the dock and detects."""
from __future__ import annotations

from pathlib import Path

from tests.qgis.test_dock_support import (  # noqa: F401 (fixtures)
    click,
    dock_session,
    dock_settings,
    wait_for_tasks,
)


def test_fine_tune_on_the_review_and_select_the_new_model(dock_session, isslide_provider,
                                                          tmp_path: Path) -> None:
    from osgeo import ogr

    from isslide_qgis.core.models import load_checkpoint

    session, dock = dock_session, dock_session.dock
    path = tmp_path / "review.gpkg"
    session.run_detection(path)
    assert dock.finetune_button.isEnabled()

    # nothing accepted yet: the round trip explains and leaves nothing behind
    click(dock.finetune_button)
    wait_for_tasks()
    assert "accepted or added" in dock.message_label.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.gpkg", "review_probability.tif"]

    click(session.button("next"))
    click(session.button("accepted"))
    click(session.button("next"))
    click(session.button("accepted"))
    click(session.button("next"))
    click(session.button("rejected"))
    dock.epochs_spin.setValue(1)
    click(dock.finetune_button)
    assert dock.cancel_button.isEnabled()
    wait_for_tasks(timeout=600)

    picker = dock.detection_panel.model_picker
    checkpoint = Path(picker.checkpoint())
    assert checkpoint.is_file() and "finetuned" in checkpoint.name, dock.message_label.text()
    assert picker.combo.currentText().startswith(checkpoint.stem)
    run_folder = checkpoint.parent
    assert run_folder.parent == tmp_path / "review_training"
    ds = ogr.Open(str(run_folder / "annotations.gpkg"))
    assert ds.GetLayerByName("annotations").GetFeatureCount() == 2
    ds = None
    assert any((run_folder / "dataset").rglob("*.tif"))
    _, card = load_checkpoint(checkpoint)
    assert card.architecture == "sepunet_w8"

    # the new model is remembered (a new dock offers it), and it detects
    from isslide_qgis.gui.dock import IsslideDock

    fresh = IsslideDock(session.iface, session.iface.main_window)
    assert fresh.detection_panel.model_picker.combo.findData(str(checkpoint)) >= 0
    fresh.deleteLater()
    second = tmp_path / "second.gpkg"
    dock.detection_panel.corrections_widget.setFilePath(str(second))
    click(dock.run_button)
    wait_for_tasks()
    assert second.is_file(), dock.message_label.text()
    assert dock.session.checkpoint == str(checkpoint)
