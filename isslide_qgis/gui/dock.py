"""The ISSLIDE dock: run a detection in the background, review its moving areas over the
optical image, correct them, and fine-tune the model on the corrections.

This module only wires the parts together: :mod:`.detection_panel` (inputs),
:mod:`.run_task` (the background detection), :mod:`.results` (layers and styles),
:mod:`.review_panel` and :mod:`.corrections` (review and saving), :mod:`.round_trip`
(fine-tuning) and :mod:`.settings_panel`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget, QgsMessageBarItem
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.dependencies import TORCH_VERSION, install_menu_entry, torch_available
from ..core.errors import IsslideError
from ..settings import default_reviewer, set_setting, setting
from .corrections import CorrectionsEditor
from .detection_panel import DetectionPanel
from .results import (
    SessionLayers,
    add_session_layers,
    find_session_layers,
    set_cam_visible,
    set_opacity,
)
from .review_panel import ReviewPanel
from .round_trip import RoundTripTask
from .run_task import DetectionTask, IsslideTask
from .settings_panel import SettingsPanel


#: how long the dock waits for a cancelled task when the plugin unloads (milliseconds)
TASK_STOP_MS = 10_000


class IsslideDock(QgsDockWidget):
    """Dock widget where an analyst runs detection and reviews moving areas."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.setObjectName("IsslideDock")
        self.setWindowTitle(self.tr("ISSLIDE detection and review"))
        self.task: Optional[IsslideTask] = None
        self.session_path: Optional[Path] = None
        self.session = None
        self.layers: Optional[SessionLayers] = None
        self.editor: Optional[CorrectionsEditor] = None
        self.bar_items: list[QgsMessageBarItem] = []  # errors pushed to QGIS' message bar
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.status_label = QLabel(self._status_text(), body)
        self.status_label.setObjectName("isslideStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(not torch_available())  # only the fix-it message
        layout.addWidget(self.status_label)
        layout.addWidget(self._detection_box(body))
        layout.addWidget(self._display_box(body))
        self.review_panel = ReviewPanel(iface, body)
        self.review_panel.message.connect(self.show_message)
        self.addActions(list(self.review_panel.actions_by_name.values()))  # keys work dock-wide
        layout.addWidget(self._box(self.tr("Review"), self.review_panel, body, "isslideReviewBox"))
        layout.addWidget(self._finetune_box(body))
        self.settings_panel = SettingsPanel(body)
        self.settings_panel.autosaveChanged.connect(self._autosave_changed)
        self.settings_panel.diagnosticsCopied.connect(
            lambda text: self.show_message(self.tr("Diagnostics copied to the clipboard: paste "
                                                   "them into your bug report.")))
        settings_box = self._box(self.tr("Settings"), self.settings_panel, body,
                                 "isslideSettingsBox")
        settings_box.setCollapsed(True)
        layout.addWidget(settings_box)
        self.message_label = QLabel("", body)
        self.message_label.setObjectName("isslideMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._set_running(False)

    # -- construction -----------------------------------------------------------------------
    def _box(self, title: str, content: QWidget, parent: QWidget, name: str
             ) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(title, parent)
        box.setObjectName(name)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(content)
        return box

    def _detection_box(self, parent: QWidget) -> QgsCollapsibleGroupBox:
        content = QWidget(parent)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detection_panel = DetectionPanel(content)
        layout.addWidget(self.detection_panel)
        buttons = QHBoxLayout()
        self.run_button = self._push(self.tr("Run detection"), "isslideRun", self.run_detection,
                                     self.tr("Detect moving areas in the background and start "
                                             "a review"))
        self.cancel_button = self._push(self.tr("Cancel"), "isslideCancel", self.cancel_task,
                                        self.tr("Stop the running task; nothing is added"))
        self.open_button = self._push(self.tr("Open review"), "isslideOpen", self.open_review,
                                      self.tr("Continue the review saved in the corrections "
                                              "file"))
        for button in (self.run_button, self.cancel_button, self.open_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.progress_bar = QProgressBar(content)
        self.progress_bar.setObjectName("isslideProgress")
        self.progress_bar.setRange(0, 100)
        layout.addWidget(self.progress_bar)
        return self._box(self.tr("Detection"), content, parent, "isslideDetectionBox")

    def _push(self, text: str, name: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _display_box(self, parent: QWidget) -> QgsCollapsibleGroupBox:
        content = QWidget(parent)
        form = QFormLayout(content)
        self.opacity_slider = QSlider(Qt.Orientation.Horizontal, content)
        self.opacity_slider.setObjectName("isslideOpacity")
        self.opacity_slider.setRange(0, 100)
        self.opacity_slider.setValue(int(setting("opacity")))
        self.opacity_slider.setToolTip(self.tr("Opacity of the probability and CAM layers"))
        self.opacity_slider.valueChanged.connect(self._opacity_changed)
        form.addRow(self.tr("Opacity"), self.opacity_slider)
        self.show_cam_check = QCheckBox(self.tr("Show the CAM layer"), content)
        self.show_cam_check.setObjectName("isslideShowCam")
        self.show_cam_check.toggled.connect(self._show_cam)
        form.addRow("", self.show_cam_check)
        return self._box(self.tr("Display"), content, parent, "isslideDisplayBox")

    def _finetune_box(self, parent: QWidget) -> QgsCollapsibleGroupBox:
        content = QWidget(parent)
        form = QFormLayout(content)
        self.epochs_spin = QSpinBox(content)
        self.epochs_spin.setObjectName("isslideEpochs")
        self.epochs_spin.setRange(1, 1000)
        self.epochs_spin.setValue(int(setting("finetune_epochs")))
        self.epochs_spin.valueChanged.connect(lambda value: set_setting("finetune_epochs", value))
        form.addRow(self.tr("Epochs"), self.epochs_spin)
        self.finetune_button = self._push(
            self.tr("Fine-tune on my corrections"), "isslideFinetune", self.fine_tune,
            self.tr("Accepted and added areas become training annotations; the fine-tuned "
                    "model is then offered in the model list"))
        form.addRow(self.finetune_button)
        return self._box(self.tr("Fine-tuning"), content, parent, "isslideFinetuneBox")

    # -- messages ---------------------------------------------------------------------------
    def _status_text(self) -> str:
        if torch_available():
            return self.tr("PyTorch found: detection and training are available.")
        return self.tr("PyTorch {version} was not found: training, explanations and ECSPLAIN "
                       "need it (the other models detect with ONNX Runtime). Install it with "
                       "{menu}.").format(version=TORCH_VERSION, menu=install_menu_entry())

    def show_message(self, text: str, error: bool = False) -> None:
        """Tell the analyst ``text`` in the dock (and in QGIS' message bar for errors)."""
        self.message_label.setText(text)
        bar = self.iface.messageBar() if hasattr(self.iface, "messageBar") else None
        if error and bar is not None:
            item = QgsMessageBarItem(self.tr("ISSLIDE"), text, Qgis.MessageLevel.Critical, 0)
            bar.pushItem(item)
            self.bar_items = [kept for kept in self.bar_items if not sip.isdeleted(kept)]
            self.bar_items.append(item)

    def _clear_bar_items(self) -> None:
        """Take the dock's messages out of QGIS' message bar (the plugin unloads)."""
        bar = self.iface.messageBar() if hasattr(self.iface, "messageBar") else None
        for item in self.bar_items:
            if bar is not None and not sip.isdeleted(item) and not sip.isdeleted(bar):
                bar.popWidget(item)
        self.bar_items = []

    # -- tasks ------------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        for widget in (self.run_button, self.open_button, self.finetune_button,
                       self.detection_panel):
            widget.setEnabled(not running)
        self.finetune_button.setEnabled(not running and self.editor is not None)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running)
        if not running:
            self.progress_bar.setValue(0)

    def _start(self, task: IsslideTask) -> None:
        self.task = task
        task.progressChanged.connect(self._progress)
        self._set_running(True)
        QgsApplication.taskManager().addTask(task)

    def _progress(self, value: float) -> None:
        self.progress_bar.setValue(int(value))

    def cancel_task(self) -> None:
        """Cancel the running task (its files are removed, nothing is added)."""
        if self.task is not None:
            self.task.cancel()

    def run_detection(self) -> None:
        """Start a detection with the form's inputs."""
        try:
            job = self.detection_panel.job()
        except ValueError as exc:
            self.show_message(str(exc), error=True)
            return
        if job.corrections.exists():
            self.show_message(self.tr("'{path}' already exists: press 'Open review' to continue "
                                      "its review, or choose a new corrections file.").format(
                path=job.corrections), error=True)
            return
        set_setting("last_corrections", str(job.corrections))
        self.show_message(self.tr("Detecting moving areas with {model}…").format(
            model=self.detection_panel.model_picker.model_name()))
        self._start(DetectionTask(job, self._detection_done))

    def _detection_done(self, task: IsslideTask, ok: bool) -> None:
        if not self._task_ended(task, ok):
            return
        optical = self.detection_panel.optical_combo.currentLayer()
        if task.job.cam_layer:
            self.show_cam_check.setChecked(True)
        self.open_review(task.job.corrections, above=optical)
        notes = " ".join(task.notes)
        self.show_message(self.tr("{count} moving areas found: review them below.").format(
            count=task.areas) + (f" {notes}" if notes else ""))

    def _task_ended(self, task: IsslideTask, ok: bool) -> bool:
        """Back to idle; tell why when the task failed or was cancelled. Returns ``ok``."""
        self.task = None
        self._set_running(False)
        if task.error:
            self.show_message(task.error, error=True)
        elif not ok:
            self.show_message(self.tr("Cancelled: nothing was added to the project."))
        return ok

    def fine_tune(self) -> None:
        """Start the round trip: annotations, patches, fine-tuning of the session's model."""
        from ..core.review.training import plan_round_trip

        if self.editor is None or self.session is None:
            self.show_message(self.tr("Open a review first."), error=True)
            return
        if not self.editor.save():
            return
        plan = plan_round_trip(self.session_path, self.session)
        self.show_message(self.tr("Fine-tuning {model} on the accepted and added areas…").format(
            model=self.session.model))
        self._start(RoundTripTask(self.session_path, self.session, plan,
                                  self.epochs_spin.value(), self._fine_tune_done))

    def _fine_tune_done(self, task: IsslideTask, ok: bool) -> None:
        if not self._task_ended(task, ok):
            return
        self.detection_panel.model_picker.add_checkpoint(str(task.checkpoint))
        self.show_message(self.tr("Fine-tuned on {count} areas: the model '{name}' is selected; "
                                  "run the detection again to use it.").format(
            count=task.annotations, name=task.checkpoint.stem))

    # -- review sessions ----------------------------------------------------------------------
    def open_review(self, path: Optional[Path] = None, above=None) -> bool:
        """Open (or restore) the review saved in the corrections file ``path`` (default: the
        form's file). Its layers are added once, above the optical image."""
        from ..core.review.store import read_session, upgrade_corrections

        path = Path(path) if path else self.detection_panel.corrections_path()
        if path is None:
            self.show_message(self.tr("Choose the corrections file to open."), error=True)
            return False
        try:
            session = read_session(path)
            upgrade_corrections(path)  # an older file gains the new columns (kinematics)
        except IsslideError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.close_review()
        project = QgsProject.instance()
        layers = find_session_layers(project, path)
        if layers is None:
            above = above or self._optical_layer(session.optical)
            try:
                layers = add_session_layers(project, path, session, above,
                                            self.opacity_slider.value() / 100.0)
            except ValueError as exc:
                self.show_message(str(exc), error=True)
                return False
        self.session_path, self.session, self.layers = path, session, layers
        self.editor = CorrectionsEditor(layers.corrections, default_reviewer, self)
        self.editor.set_autosave_interval(int(setting("autosave_seconds")))
        self.editor.failed.connect(lambda text: self.show_message(text, error=True))
        self.editor.removed.connect(self._session_layer_removed)
        self.review_panel.set_editor(self.editor)
        self.detection_panel.restore(path, session)
        set_setting("last_corrections", str(path))
        self.show_cam_check.setEnabled(layers.cam is not None)
        set_cam_visible(layers, self.show_cam_check.isChecked())
        self._set_running(self.task is not None)
        self.show_message(self.tr("Review of '{name}' open.").format(name=path.name))
        return True

    def _optical_layer(self, source: str):
        """The optical image of a restored session: the project's layer, else added."""
        if not source:
            return None
        project = QgsProject.instance()
        for layer in project.mapLayers().values():
            if layer.source().split("|")[0] == source:
                return layer
        if not Path(source).is_file():
            return None
        layer = QgsRasterLayer(source, Path(source).stem)
        if not layer.isValid():
            return None
        project.addMapLayer(layer, False)
        project.layerTreeRoot().addLayer(layer)
        return layer

    def close_review(self) -> None:
        """Save and close the open review (its layers stay in the project)."""
        self._forget_review(save=True)

    def _session_layer_removed(self) -> None:
        """The corrections layer leaves the project (saved just before, see CorrectionsEditor)."""
        self._forget_review(save=False)

    def _forget_review(self, save: bool) -> None:
        if self.editor is not None:
            if save:
                self.editor.close()
            else:
                self.editor.detach()
            self.editor.deleteLater()
        self.editor, self.layers, self.session, self.session_path = None, None, None, None
        self.review_panel.set_editor(None)
        self._set_running(self.task is not None)

    # -- display ----------------------------------------------------------------------------
    def _opacity_changed(self, value: int) -> None:
        set_setting("opacity", value)
        if self.layers is not None:
            set_opacity(self.layers, value / 100.0)

    def _show_cam(self, visible: bool) -> None:
        if self.layers is not None:
            set_cam_visible(self.layers, visible)

    def _autosave_changed(self, seconds: int) -> None:
        if self.editor is not None:
            self.editor.set_autosave_interval(seconds)

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Closing the dock saves the pending geometry edits."""
        if self.editor is not None:
            self.editor.save()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """The plugin unloads or QGIS quits: stop the running task (it no longer reports to
        the dock), save and close the review, and take the dock's messages away. Nothing
        the dock made stays connected to QGIS, the project or its layers; calling it again
        does nothing more."""
        task, self.task = self.task, None
        if task is not None and not sip.isdeleted(task):
            task.detach()
            task.progressChanged.disconnect(self._progress)
            task.cancel()
            task.waitForFinished(TASK_STOP_MS)  # no plugin code left running in a thread
        self.close_review()
        self._clear_bar_items()
