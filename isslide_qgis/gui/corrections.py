"""The corrections layer while the analyst reviews it.

Saving follows what the issue promises the analyst: a status or comment is written to the
GeoPackage at once (through the data provider, outside the edit buffer); geometry edits (QGIS'
own reshape, split, merge, delete and add tools) stay in the layer's edit buffer, undoable,
until *Save edits*, the auto-save timer, or the layer / project / dock closing writes them.
A crash therefore loses at most the geometry edits since the last save.
"""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QObject, QTimer, pyqtSignal

from ..core.review.vocabulary import ADDED, REVIEW_STATUSES, STATUS_TITLES



def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class CorrectionsEditor(QObject):
    """Status, comment and saving of one corrections layer.

    Signals:
        changed: features or their review attributes changed (refresh views).
        saved: geometry edits were written to the file.
        failed(str): a write failed (message for the analyst).
        removed: the layer is leaving the project (its pending edits were saved first).
    """

    changed = pyqtSignal()
    saved = pyqtSignal()
    failed = pyqtSignal(str)
    removed = pyqtSignal()

    def __init__(self, layer: QgsVectorLayer, reviewer: Callable[[], str],
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self._reviewer = reviewer
        self.timer = QTimer(self)
        self.timer.setObjectName("isslideAutosaveTimer")
        self.timer.timeout.connect(self.save)
        self._setup_fields()
        for signal in (layer.featureAdded, layer.featureDeleted, layer.geometryChanged,
                       layer.attributeValueChanged, layer.afterCommitChanges,
                       layer.afterRollBack, layer.editingStarted, layer.editingStopped):
            signal.connect(self._emit_changed)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_will_be_removed)

    # -- set-up ---------------------------------------------------------------------------
    def _setup_fields(self) -> None:
        """Defaults of areas drawn in QGIS (origin, status, reviewer, time) and a status list."""
        fields = self.layer.fields()
        defaults = {"reviewer": (_quoted(self._reviewer()), False),
                    "reviewed_at": ("now()", False), "origin": (_quoted(ADDED), False)}
        for name, (expression, on_update) in defaults.items():
            index = fields.indexOf(name)
            if index >= 0:
                self.layer.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))
        index = fields.indexOf("review_status")
        if index >= 0:
            choices = [{QCoreApplication.translate("IsslideReview", STATUS_TITLES[status]): status}
                       for status in REVIEW_STATUSES]
            self.layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap",
                                                                        {"map": choices}))

    def set_autosave_interval(self, seconds: int) -> None:
        """Save geometry edits every ``seconds`` (0: only on demand and on close)."""
        self.timer.stop()
        if seconds > 0:
            self.timer.start(int(seconds) * 1000)

    # -- review attributes, written at once -----------------------------------------------
    def set_status(self, fid: int, status: str) -> bool:
        """Give feature ``fid`` the review ``status`` (written to the file at once)."""
        return self._write_now(fid, {"review_status": status})

    def set_comment(self, fid: int, comment: str) -> bool:
        """Give feature ``fid`` the analyst's ``comment`` (written to the file at once)."""
        return self._write_now(fid, {"comment": comment})

    def _write_now(self, fid: int, values: dict[str, object]) -> bool:
        values = {**values, "reviewer": self._reviewer(),
                  "reviewed_at": QDateTime.currentDateTimeUtc()}
        fields = self.layer.fields()
        changes = {fields.indexOf(name): value for name, value in values.items()
                   if fields.indexOf(name) >= 0}
        buffer = self.layer.editBuffer()
        if buffer is not None and fid in buffer.addedFeatures():
            # an area drawn since the last save: its row exists only in the edit buffer
            for index, value in changes.items():
                self.layer.changeAttributeValue(fid, index, value)
            self.changed.emit()
            return True
        if not self.layer.dataProvider().changeAttributeValues({fid: changes}):
            self.failed.emit(self.tr("The review of area {fid} could not be written to '{path}': "
                                 "is the file read-only or open elsewhere?").format(
                fid=fid, path=self.layer.source().split("|")[0]))
            return False
        if buffer is not None and fid in buffer.changedAttributeValues():
            pending = buffer.changedAttributeValues()[fid]
            for index, value in changes.items():  # keep the buffer from restoring old values
                if index in pending:
                    self.layer.changeAttributeValue(fid, index, value)
        self.layer.triggerRepaint()
        self.changed.emit()
        return True

    # -- geometry edits ---------------------------------------------------------------------
    def start_editing(self) -> bool:
        """Put the layer in edit mode (QGIS' digitizing tools then act on it)."""
        return self.layer.isEditable() or self.layer.startEditing()

    def save(self) -> bool:
        """Write the pending geometry edits, staying in edit mode; True when nothing is left."""
        layer = self.layer
        if not layer.isEditable() or not layer.isModified():
            return True
        if layer.commitChanges(False):
            self.saved.emit()
            return True
        self.failed.emit(self.tr("The edits of the corrections layer could not be saved: {errors}. "
                             "They are still pending: check the file and save again.").format(
            errors="; ".join(layer.commitErrors())))
        return False

    def undo(self) -> None:
        """Undo the last geometry edit (if any)."""
        if self.layer.isEditable():
            self.layer.undoStack().undo()

    def redo(self) -> None:
        """Redo the last undone geometry edit (if any)."""
        if self.layer.isEditable():
            self.layer.undoStack().redo()

    def close(self) -> None:
        """Save pending edits and stop watching the layer (dock closed, session changed)."""
        self.timer.stop()
        try:
            self.save()
        finally:
            self.detach()

    def detach(self) -> None:
        """Stop reacting to the layer and the project."""
        self.timer.stop()
        try:
            QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_will_be_removed)
        except TypeError:
            pass

    # -- signals ----------------------------------------------------------------------------
    def _emit_changed(self, *args) -> None:
        self.changed.emit()

    def _layers_will_be_removed(self, layer_ids: list[str]) -> None:
        """The project closes or the layer is removed: save what is pending first."""
        if self.layer.id() in layer_ids:
            self.timer.stop()
            self.save()
            self.detach()
            self.removed.emit()
