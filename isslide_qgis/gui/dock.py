"""The ISSLIDE dock: detection and review of moving areas (filled in by later work)."""
from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.dependencies import TORCH_VERSION, torch_available


class IsslideDock(QgsDockWidget):
    """Dock widget where an analyst runs detection and reviews moving areas."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("IsslideDock")
        self.setWindowTitle(self.tr("ISSLIDE detection and review"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.status_label = QLabel(self._status_text(), body)
        self.status_label.setObjectName("isslideStatusLabel")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.setWidget(body)

    def _status_text(self) -> str:
        if torch_available():
            return self.tr("PyTorch found: detection and training are available.")
        return self.tr("PyTorch {version} was not found: detection and training need it. "
                       "Run the Processing algorithm 'Check installation' for the fix.").format(
            version=TORCH_VERSION)
