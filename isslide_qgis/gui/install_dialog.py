"""Plugins ▸ ISSLIDE ▸ Install dependencies…: the plan first, then pip in a QgsTask with
progress and Cancel. The packages-folder setting is set once the new folder is verified;
everything else (finding QGIS' Python, the PyTorch build, versioned folders) is the core's
(:mod:`isslide_qgis.core.install`)."""
from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtNetwork import QNetworkProxy
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import IsslideError
from ..core.install.installer import InstallResult, install
from ..core.install.pip import proxy_url, redacted
from ..core.install.plan import InstallPlan, make_plan, verified_packages
from ..core.install.profiles import PROFILES
from ..settings import install_log_folder, packages_folder, set_packages_folder
from ..settings import suggested_packages_folder
from .run_task import IsslideTask


#: QGIS' proxy types (Settings ▸ Options ▸ Network) -> the kinds pip can use
PROXY_KINDS = {QNetworkProxy.ProxyType.HttpProxy: "http",
               QNetworkProxy.ProxyType.HttpCachingProxy: "http"}


def qgis_proxy() -> Optional[str]:
    """The proxy of QGIS' network settings as a URL for pip (None: none, the system's, or a
    kind pip cannot use; pip then follows the environment's HTTPS_PROXY)."""
    proxy = QgsNetworkAccessManager.instance().fallbackProxy()
    kind = PROXY_KINDS.get(proxy.type())
    if kind is None:
        return None
    return proxy_url(kind, proxy.hostName(), proxy.port(), proxy.user(), proxy.password())


class InstallTask(IsslideTask):
    """pip into a new versioned folder, verification, then the switch (all in the core).

    Signals:
        lineReceived(str): one line of pip's output (emitted from the task's thread).
    """

    lineReceived = pyqtSignal(str)

    def __init__(self, plan: InstallPlan, log_dir: Path, on_done) -> None:
        super().__init__(QCoreApplication.translate("InstallTask", "ISSLIDE: installing "
                                                    "Python packages"), on_done)
        self.plan = plan
        self.log_dir = log_dir
        self.result: Optional[InstallResult] = None
        self._pending: list[str] = []
        self._lock = threading.Lock()
        self._seen = 0

    def _collect(self, line: str) -> None:  # pip's reader thread: only store the line
        with self._lock:
            self._pending.append(line)

    def _poll(self) -> bool:
        """Called by the core while pip runs: forward the lines, answer 'cancelled?'."""
        with self._lock:
            lines, self._pending = self._pending, []
        for line in lines:
            self._seen += 1
            self.lineReceived.emit(line)
        if lines:
            self.setProgress(min(90.0, 5.0 + 2.0 * self._seen))
        return self.isCanceled()

    def work(self) -> None:
        self.result = install(self.plan, self.log_dir, on_line=self._collect, cancel=self._poll)
        self._poll()
        self.setProgress(100.0)


class InstallDialog(QDialog):
    """Choose a profile and a folder, read the plan, install, watch pip, cancel."""

    def __init__(self, parent: Optional[QWidget] = None, python: Optional[Path] = None,
                 pip: Optional[Sequence[str]] = None) -> None:
        super().__init__(parent)
        self.setObjectName("IsslideInstallDialog")
        self.setWindowTitle(self.tr("ISSLIDE: install Python packages"))
        self.python, self.pip = python, pip
        self.plan: Optional[InstallPlan] = None
        self.task: Optional[InstallTask] = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("isslideInstallProfile")
        for name in PROFILES:
            self.profile_combo.addItem(self._profile_label(name), name)
        form.addRow(self.tr("Install"), self.profile_combo)
        self.target_widget = self._folder("isslideInstallTarget", packages_folder()
                                          or suggested_packages_folder())
        form.addRow(self.tr("Packages folder"), self.target_widget)
        self.wheels_widget = self._folder("isslideInstallWheels", "")
        self.wheels_widget.setToolTip(self.tr("Optional: a folder of wheel files, for a "
                                              "computer without internet"))
        form.addRow(self.tr("Wheels folder (offline)"), self.wheels_widget)
        self.proxy_label = QLabel(self)
        self.proxy_label.setObjectName("isslideInstallProxy")
        self.proxy_label.setToolTip(self.tr("From QGIS' network settings (Settings ▸ Options ▸ "
                                            "Network); given to pip as HTTPS_PROXY"))
        form.addRow(self.tr("Proxy"), self.proxy_label)
        self._show_proxy()
        layout.addLayout(form)
        self.log_view = QPlainTextEdit(self)
        self.log_view.setObjectName("isslideInstallLog")
        self.log_view.setReadOnly(True)
        self.log_view.setMinimumSize(640, 280)
        layout.addWidget(self.log_view)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.plan_button = self._button(buttons, "isslidePlanButton", self.tr("Show plan"),
                                        self.show_plan)
        self.install_button = self._button(buttons, "isslideInstallButton", self.tr("Install"),
                                           self.start_install)
        self.cancel_button = self._button(buttons, "isslideCancelInstallButton",
                                          self.tr("Cancel installation"), self.cancel_install)
        self.diagnostics_button = self._button(buttons, "isslideCopyDiagnostics",
                                               self.tr("Copy diagnostics"), self.copy_diagnostics)
        self.diagnostics_button.setToolTip(self.tr("Versions, paths, devices and the end of the "
                                                   "last install log, for a bug report"))
        self.install_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.profile_combo.currentIndexChanged.connect(self._forget_plan)
        self.target_widget.fileChanged.connect(self._forget_plan)
        self.wheels_widget.fileChanged.connect(self._forget_plan)

    def _profile_label(self, name: str) -> str:
        labels = {"detection": self.tr("Detection only: ONNX Runtime (small download)"),
                  "everything": self.tr("Everything: PyTorch, ONNX Runtime, ONNX export "
                                        "(large download)")}
        return labels.get(name, name)

    def _folder(self, name: str, path: str) -> QgsFileWidget:
        widget = QgsFileWidget(self)
        widget.setObjectName(name)
        widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        widget.setFilePath(path)
        return widget

    def _button(self, box: QDialogButtonBox, name: str, text: str, slot) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _show_proxy(self) -> Optional[str]:
        proxy = qgis_proxy()
        self.proxy_label.setText(redacted(proxy) if proxy else self.tr(
            "none (QGIS' network settings; pip follows HTTPS_PROXY if set)"))
        return proxy

    def _forget_plan(self, *args) -> None:
        self.plan = None
        self.install_button.setEnabled(False)

    def show_plan(self) -> None:
        """Probe QGIS' Python and show what would be installed (nothing downloads)."""
        wheels = self.wheels_widget.filePath().strip()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = make_plan(self.profile_combo.currentData(),
                                  Path(self.target_widget.filePath().strip()),
                                  python=self.python, wheels=Path(wheels) if wheels else None,
                                  pip=self.pip, proxy=self._show_proxy())
        except IsslideError as exc:
            self.plan = None
            self.log_view.setPlainText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.log_view.setPlainText(self.plan.as_text())
        if self.plan.up_to_date:
            self.log_view.appendPlainText(self.tr("Everything is already installed: nothing "
                                                  "to do."))
        self.install_button.setEnabled(not self.plan.up_to_date)

    def start_install(self) -> None:
        """Run the plan in a background task."""
        if self.plan is None or self.task is not None:
            return
        self.task = InstallTask(self.plan, Path(install_log_folder()), self._done)
        self.task.lineReceived.connect(self.log_view.appendPlainText)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        for widget in (self.install_button, self.plan_button, self.profile_combo,
                       self.target_widget, self.wheels_widget):
            widget.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.log_view.appendPlainText("")
        QgsApplication.taskManager().addTask(self.task)

    def copy_diagnostics(self) -> None:
        """Put the diagnostics report on the clipboard and show it."""
        from ..diagnostics import copy_diagnostics

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text = copy_diagnostics()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.log_view.setPlainText(self.tr("Copied to the clipboard:") + "\n" + text)

    def cancel_install(self) -> None:
        """Stop pip; the previous packages folder stays as it was."""
        if self.task is not None:
            self.task.cancel()

    def _done(self, task: IsslideTask, ok: bool) -> None:
        result = self.task.result if self.task is not None else None
        self.task = None
        for widget in (self.plan_button, self.profile_combo, self.target_widget,
                       self.wheels_widget):
            widget.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if ok and result is not None:
            set_packages_folder(str(self.plan.target))
            self.progress.setValue(100)
            self.log_view.appendPlainText(self.tr(
                "Installed into {folder}. The plugin's packages folder is now {target}.").format(
                folder=result.folder, target=self.plan.target))
            self.log_view.appendPlainText(self._usable_now())
        elif task.error:
            self.log_view.appendPlainText(task.error)
        else:
            self.log_view.appendPlainText(self.tr("Installation cancelled; the previous "
                                                  "packages folder is unchanged."))
        self._forget_plan()

    def _usable_now(self) -> str:
        """Whether the new packages can be used without restarting QGIS: yes, unless this
        QGIS has already imported one of them (Python cannot unload a module)."""
        loaded = [p.name for p in verified_packages(self.plan)
                  if sys.modules.get(p.module) is not None]
        if loaded:
            return self.tr("Restart QGIS to use the new packages: this QGIS has already loaded "
                           "{names} from elsewhere.").format(names=", ".join(loaded))
        return self.tr("The new packages are usable now, without restarting QGIS.")

    def reject(self) -> None:  # noqa: D102 (Qt API): closing does not stop a running install
        if self.task is None:
            super().reject()
