"""The model picker: the shipped default models, then checkpoint files the analyst added
(browsed, or written by fine-tuning), remembered across sessions."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QToolButton, QWidget

from ..core.models.shipped import shipped_models
from ..paths import models_dir
from ..settings import known_checkpoints, remember_checkpoint


class ModelPicker(QWidget):
    """A combo box of models (item data: the checkpoint path) and a browse button."""

    modelChanged = pyqtSignal()

    def __init__(self, default: str = "", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.setObjectName("isslideModelCombo")
        self.combo.setToolTip(self.tr("Shipped models first, then the checkpoint files you "
                                      "added or fine-tuned"))
        self.browse_button = QToolButton(self)
        self.browse_button.setObjectName("isslideBrowseModel")
        self.browse_button.setText("…")
        self.browse_button.setToolTip(self.tr("Add a checkpoint file (.pt) made by the "
                                              "training algorithms"))
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.browse_button)
        self.browse_button.clicked.connect(self._browse)
        self.combo.currentIndexChanged.connect(self.modelChanged)
        self.reload()
        self.select_name(default)

    def reload(self) -> None:
        """Fill the list again (shipped models, then remembered checkpoints)."""
        current = self.checkpoint()
        self.combo.blockSignals(True)
        self.combo.clear()
        for name, path in shipped_models(models_dir()).items():
            self.combo.addItem(name, str(path))
        for path in known_checkpoints():
            self.combo.addItem(self.tr("{name} (file)").format(name=Path(path).stem), path)
            self.combo.setItemData(self.combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        self.combo.blockSignals(False)
        if current:
            self.select_checkpoint(current)

    def add_checkpoint(self, path: str) -> None:
        """Remember the checkpoint ``path``, list it and select it."""
        remember_checkpoint(str(path))
        self.reload()
        self.select_checkpoint(str(path))

    def select_name(self, name: str) -> bool:
        """Select the model shown as ``name``; False when it is not listed."""
        index = self.combo.findText(name)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def select_checkpoint(self, path: str) -> bool:
        """Select the model whose checkpoint is ``path``; False when it is not listed."""
        index = self.combo.findData(str(path))
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def checkpoint(self) -> str:
        """The selected checkpoint file ('' when none)."""
        return str(self.combo.currentData() or "")

    def model_name(self) -> str:
        """A short name of the selected model (its file stem)."""
        return Path(self.checkpoint()).stem if self.checkpoint() else ""

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a checkpoint"), "",
                                              self.tr("isslide checkpoint (*.pt)"))
        if path:
            self.add_checkpoint(path)
