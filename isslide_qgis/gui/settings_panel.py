"""The dock's settings (packages folder, device, threads, default folder, auto-save interval,
reviewer), stored with QgsSettings as soon as they change; buttons for the dependency
installer and the diagnostics report."""
from __future__ import annotations

from typing import Optional

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core.inference.backends import BACKEND_CHOICES
from ..settings import packages_folder, set_packages_folder, set_setting, setting

#: devices offered (the core picks CUDA for "auto" when torch has it)
DEVICES = ("auto", "cpu", "cuda")


class SettingsPanel(QWidget):
    """Form of the persistent settings.

    Signals:
        autosaveChanged(int): the auto-save interval (seconds) changed.
        installRequested(): *Install dependencies…* was clicked (the plugin opens its dialog).
        diagnosticsCopied(str): *Copy diagnostics* put this report on the clipboard.
    """

    autosaveChanged = pyqtSignal(int)
    installRequested = pyqtSignal()
    diagnosticsCopied = pyqtSignal(str)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.packages_widget = QgsFileWidget(self)
        self.packages_widget.setObjectName("isslidePackagesFolder")
        self.packages_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.packages_widget.setFilePath(packages_folder())
        self.packages_widget.setToolTip(self.tr("Folder of extra Python packages (torch, ONNX "
                                                "Runtime) for QGIS' Python, set by Install "
                                                "dependencies… or by hand; restart QGIS after "
                                                "changing it by hand"))
        self.packages_widget.fileChanged.connect(set_packages_folder)
        form.addRow(self.tr("Python packages folder"), self.packages_widget)
        # one button a row: side by side they would widen the dock (its width is the widest row)
        self.install_button = self._button(self.tr("Install dependencies…"),
                                           "isslideSettingsInstall", self.installRequested.emit)
        form.addRow(self.install_button)
        self.diagnostics_button = self._button(self.tr("Copy diagnostics"),
                                               "isslideSettingsDiagnostics", self.copy_diagnostics)
        form.addRow(self.diagnostics_button)
        self.device_combo = QComboBox(self)
        self.device_combo.setObjectName("isslideDevice")
        self.device_combo.addItems(list(DEVICES))
        self.device_combo.setCurrentText(str(setting("device")))
        self.device_combo.currentTextChanged.connect(lambda text: set_setting("device", text))
        form.addRow(self.tr("Device"), self.device_combo)
        self.backend_combo = QComboBox(self)
        self.backend_combo.setObjectName("isslideBackend")
        self.backend_combo.addItems(list(BACKEND_CHOICES))
        self.backend_combo.setCurrentText(str(setting("backend")))
        self.backend_combo.setToolTip(self.tr("auto: ONNX Runtime when it is installed and the "
                                              "model has an ONNX file, else PyTorch"))
        self.backend_combo.currentTextChanged.connect(lambda text: set_setting("backend", text))
        form.addRow(self.tr("Inference backend"), self.backend_combo)
        self.threads_spin = self._spin("threads", 0, 256, self.tr("all"), "isslideThreads")
        form.addRow(self.tr("CPU threads"), self.threads_spin)
        self.folder_widget = QgsFileWidget(self)
        self.folder_widget.setObjectName("isslideDefaultFolder")
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(str(setting("default_folder")))
        self.folder_widget.fileChanged.connect(lambda path: set_setting("default_folder", path))
        form.addRow(self.tr("Default folder"), self.folder_widget)
        self.autosave_spin = self._spin("autosave_seconds", 0, 3600, self.tr("off"),
                                        "isslideAutosave")
        self.autosave_spin.setSuffix(self.tr(" s"))
        self.autosave_spin.setToolTip(self.tr("Geometry edits are saved this often (statuses "
                                              "and comments are saved at once)"))
        self.autosave_spin.valueChanged.connect(self.autosaveChanged)
        form.addRow(self.tr("Auto-save every"), self.autosave_spin)
        self.reviewer_edit = QLineEdit(str(setting("reviewer")), self)
        self.reviewer_edit.setObjectName("isslideReviewer")
        self.reviewer_edit.setPlaceholderText(self.tr("your login name"))
        self.reviewer_edit.textChanged.connect(lambda text: set_setting("reviewer", text))
        form.addRow(self.tr("Reviewer"), self.reviewer_edit)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def copy_diagnostics(self) -> None:
        """Put the diagnostics report on the clipboard (for a bug report)."""
        from ..diagnostics import copy_diagnostics

        self.diagnosticsCopied.emit(copy_diagnostics())

    def _spin(self, name: str, low: int, high: int, special: str, object_name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(object_name)
        spin.setRange(low, high)
        spin.setSpecialValueText(special)
        spin.setValue(int(setting(name)))
        spin.valueChanged.connect(lambda value: set_setting(name, value))
        return spin
