"""The review part of the dock: the table of areas, Next / Previous (zooming the canvas), the
status buttons and comment with keyboard shortcuts, and the corrections layer's editing
tools (QGIS' own add / vertex / split / delete tools, undo, redo, save)."""
from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtGui import QAction, QIcon, QKeySequence  # QAction: QtGui in Qt6
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.review.areas import step
from ..core.review.vocabulary import ACCEPTED, REJECTED, UNCERTAIN, UNREVIEWED
from .corrections import CorrectionsEditor
from .review_table import ReviewTableModel

#: margin around an area when zooming to it (share of its size)
ZOOM_MARGIN = 1.5
#: QGIS theme icons of the editing buttons
ICONS = {"edit": "/mActionToggleEditing.svg", "add": "/mActionCapturePolygon.svg",
         "vertex": "/mActionVertexToolActiveLayer.svg", "split": "/mActionSplitFeatures.svg",
         "delete": "/mActionDeleteSelectedFeatures.svg", "undo": "/mActionUndo.svg",
         "redo": "/mActionRedo.svg", "save": "/mActionSaveEdits.svg"}
#: editing button -> QGIS interface action it triggers on the corrections layer
QGIS_TOOLS = {"add": "actionAddFeature", "vertex": "actionVertexTool",
              "split": "actionSplitFeatures", "delete": "actionDeleteSelected"}


def theme_icon(name: str) -> QIcon:
    """A QGIS theme icon (empty outside QGIS' themes)."""
    from qgis.core import QgsApplication

    return QgsApplication.getThemeIcon(name)


class ReviewPanel(QWidget):
    """Table, navigation, status and editing of the session's corrections layer.

    Signals:
        message(str): something to tell the analyst (status line).
    """

    message = pyqtSignal(str)

    def __init__(self, iface, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.editor: Optional[CorrectionsEditor] = None
        self.model = ReviewTableModel(self)
        self._current_fid: Optional[int] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self.tr("No review open: run a detection or open a "
                                            "corrections file."), self)
        self.summary_label.setObjectName("isslideReviewSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        self.actions_by_name: dict[str, QAction] = {}
        layout.addLayout(self._navigation_row())
        self.comment_edit = QLineEdit(self)
        self.comment_edit.setObjectName("isslideComment")
        self.comment_edit.setPlaceholderText(self.tr("Comment on this area (saved at once)"))
        self.comment_edit.editingFinished.connect(self._comment_edited)
        layout.addWidget(self.comment_edit)
        layout.addLayout(self._editing_row())
        self._update_enabled()

    # -- construction -------------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("isslideReviewTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        return table

    def _action(self, name: str, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"isslideReview_{name}")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(self.tr("{action} (key {key})").format(
            action=text, key=QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)))
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(action.objectName().replace("isslideReview_", "isslideButton_"))
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _navigation_row(self) -> QGridLayout:
        """Previous / Next on the first row, the status buttons on the second."""
        rows = ([("previous", self.tr("Previous"), "P", lambda: self.go(-1)),
                 ("next", self.tr("Next"), "N", lambda: self.go(1))],
                [("accepted", self.tr("Accept"), "A", lambda: self.set_status(ACCEPTED)),
                 ("rejected", self.tr("Reject"), "R", lambda: self.set_status(REJECTED)),
                 ("uncertain", self.tr("Uncertain"), "U", lambda: self.set_status(UNCERTAIN)),
                 ("unreviewed", self.tr("Reset"), "0", lambda: self.set_status(UNREVIEWED))])
        grid = QGridLayout()
        for row, specs in enumerate(rows):
            span = 4 // len(specs)
            for column, (name, text, key, slot) in enumerate(specs):
                button = self._button(self._action(name, text, key, slot))
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                grid.addWidget(button, row, column * span, 1, span)
        return grid

    def _editing_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        tips = {"edit": self.tr("Edit the corrections layer (QGIS' digitizing tools: reshape, "
                                "split, merge, delete, add)"),
                "add": self.tr("Draw a missing moving area"),
                "vertex": self.tr("Move the vertices of an area"),
                "split": self.tr("Split an area"),
                "delete": self.tr("Delete the selected areas"),
                "undo": self.tr("Undo the last geometry edit"),
                "redo": self.tr("Redo the last undone geometry edit"),
                "save": self.tr("Save the geometry edits (statuses and comments are saved "
                                "at once)")}
        self.edit_buttons: dict[str, QToolButton] = {}
        for name, tip in tips.items():
            button = QToolButton(self)
            button.setObjectName(f"isslideEdit_{name}")
            button.setIcon(theme_icon(ICONS[name]))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, n=name: self._edit(n))
            row.addWidget(button)
            self.edit_buttons[name] = button
        self.edit_buttons["edit"].setCheckable(True)
        row.addStretch(1)
        return row

    # -- session ------------------------------------------------------------------------------
    def set_editor(self, editor: Optional[CorrectionsEditor]) -> None:
        """Review the layer of ``editor`` (None: no session)."""
        if self.editor is not None:
            self._disconnect(self.editor)
        self.editor = editor
        self._current_fid = None
        self.model.set_layer(editor.layer if editor is not None else None)
        if editor is not None:
            editor.changed.connect(self.refresh)
            editor.layer.editingStarted.connect(self._update_enabled)
            editor.layer.editingStopped.connect(self._update_enabled)
        self.refresh()

    def _disconnect(self, editor: CorrectionsEditor) -> None:
        try:
            editor.changed.disconnect(self.refresh)
            editor.layer.editingStarted.disconnect(self._update_enabled)
            editor.layer.editingStopped.disconnect(self._update_enabled)
        except (RuntimeError, TypeError):  # the layer is already gone
            pass

    @property
    def layer(self) -> Optional[QgsVectorLayer]:
        """The corrections layer under review."""
        return self.editor.layer if self.editor is not None else None

    def refresh(self) -> None:
        """Re-read the table, keeping the current area selected."""
        fid = self._current_fid
        self.model.reload()
        row = self.model.row_of(fid) if fid is not None else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # the same area again: no new zoom
        if row is not None:
            self.table.selectRow(row)
        selection.blockSignals(False)
        self.table.viewport().update()
        if row is None:
            self._current_fid = None
        self._update_summary()
        self._update_enabled()

    def current_fid(self) -> Optional[int]:
        """Feature id of the area being reviewed (None when none is selected)."""
        return self._current_fid

    # -- navigation and status -------------------------------------------------------------------
    def go(self, offset: int) -> None:
        """Select the area ``offset`` rows away (Next: +1, Previous: -1) and zoom to it."""
        row = self.model.row_of(self._current_fid) if self._current_fid is not None else None
        target = step(row, offset, self.model.rowCount())
        if target is not None:
            self.table.selectRow(target)

    def set_status(self, status: str) -> None:
        """Give the current area ``status`` (saved at once)."""
        if self.editor is None or self._current_fid is None:
            self.message.emit(self.tr("Select an area first (Next / Previous or the table)."))
            return
        self.editor.set_status(self._current_fid, status)

    def _comment_edited(self) -> None:
        if self.editor is None or self._current_fid is None:
            return
        row = self.model.row_of(self._current_fid)
        text = self.comment_edit.text()
        if row is not None and self.model.areas[row].comment != text:
            self.editor.set_comment(self._current_fid, text)

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._current_fid = self.model.areas[current.row()].fid
        self.comment_edit.setText(self.model.areas[current.row()].comment)
        self.zoom_to(self._current_fid)
        self._update_enabled()

    def zoom_to(self, fid: int) -> None:
        """Select area ``fid`` on the map and zoom the canvas around it."""
        layer = self.layer
        feature = layer.getFeature(fid) if layer is not None else None
        if feature is None or not feature.hasGeometry():
            return
        layer.selectByIds([fid])
        canvas = self.iface.mapCanvas()
        box = QgsRectangle(feature.geometry().boundingBox())
        destination = canvas.mapSettings().destinationCrs()
        if layer.crs().isValid() and destination.isValid() and destination != layer.crs():
            box = QgsCoordinateTransform(layer.crs(), destination, QgsProject.instance()
                                         ).transformBoundingBox(box)
        box.scale(1.0 + ZOOM_MARGIN)
        canvas.setExtent(box)
        canvas.refresh()

    # -- editing ----------------------------------------------------------------------------------
    def _edit(self, name: str) -> None:
        editor = self.editor
        if editor is None:
            return
        if name == "edit":
            if self.edit_buttons["edit"].isChecked():
                editor.start_editing()
                self._activate_layer()
            elif editor.save():  # leave edit mode only when nothing is left unsaved
                editor.layer.commitChanges()
        elif name in ("undo", "redo", "save"):
            getattr(editor, name)()
        else:
            editor.start_editing()
            self._activate_layer()
            action = getattr(self.iface, QGIS_TOOLS[name], None)
            if callable(action) and action() is not None:
                action().trigger()
        self._update_enabled()

    def _activate_layer(self) -> None:
        if hasattr(self.iface, "setActiveLayer") and self.layer is not None:
            self.iface.setActiveLayer(self.layer)

    # -- state ------------------------------------------------------------------------------------
    def _update_summary(self) -> None:
        areas = self.model.areas
        if self.editor is None:
            return
        reviewed = sum(1 for area in areas if area.status != UNREVIEWED)
        self.summary_label.setText(self.tr("{reviewed} of {count} areas reviewed").format(
            reviewed=reviewed, count=len(areas)))

    def _update_enabled(self) -> None:
        has_session = self.editor is not None
        has_area = has_session and self._current_fid is not None
        for name, action in self.actions_by_name.items():
            action.setEnabled(has_session and (name in ("previous", "next") or has_area))
        self.comment_edit.setEnabled(has_area)
        editing = has_session and self.editor.layer.isEditable()
        for name, button in self.edit_buttons.items():
            available = (name not in QGIS_TOOLS
                         or callable(getattr(self.iface, QGIS_TOOLS[name], None)))
            button.setEnabled(has_session and available
                              and (name in ("edit", "save") or name in QGIS_TOOLS or editing))
        self.edit_buttons["edit"].setChecked(editing)
