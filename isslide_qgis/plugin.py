"""The QGIS plugin object: menus, toolbar, dock and Processing provider. No logic here."""
from __future__ import annotations

from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QAction, QIcon  # QAction lives in QtGui in Qt6

from .gui.dock import IsslideDock
from .translation import install_translator, remove_translator
from .paths import icon_path
from .processing.provider import IsslideProvider


class IsslidePlugin:
    """Wires the plugin into QGIS; QGIS calls initProcessing, initGui and unload."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = install_translator()
        self.provider: Optional[IsslideProvider] = None
        self.dock: Optional[IsslideDock] = None
        self.dock_action: Optional[QAction] = None
        self.install_action: Optional[QAction] = None
        self.install_dialog = None

    @staticmethod
    def tr(text: str) -> str:
        """Translate a user-visible string of the plugin object."""
        return QCoreApplication.translate("IsslidePlugin", text)

    @property
    def menu_name(self) -> str:
        """The plugin's entry in the Plugins menu."""
        return self.tr("&ISSLIDE")

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API name)
        """Register the Processing provider (desktop and qgis_process)."""
        if self.provider is None:
            self.provider = IsslideProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS API name)
        """Create the dock and the action that toggles it (toolbar and menu)."""
        self.initProcessing()
        self.dock = IsslideDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        action = QAction(QIcon(icon_path()), self.tr("ISSLIDE detection and review"),
                         self.iface.mainWindow())
        action.setObjectName("isslideDockAction")
        action.setCheckable(True)
        action.setToolTip(self.tr("Show or hide the ISSLIDE detection and review panel"))
        QgsApplication.instance().aboutToQuit.connect(self._quitting)
        action.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(action.setChecked)
        self.iface.addToolBarIcon(action)
        self.iface.addPluginToMenu(self.menu_name, action)
        self.dock_action = action
        self.install_action = QAction(self.tr("Install dependencies…"), self.iface.mainWindow())
        self.install_action.setObjectName("isslideInstallAction")
        self.install_action.triggered.connect(self.show_install_dialog)
        self.iface.addPluginToMenu(self.menu_name, self.install_action)
        self.dock.settings_panel.installRequested.connect(self.show_install_dialog)

    def show_install_dialog(self) -> None:
        """Open the dependency installer (created on first use: it imports nothing heavy)."""
        if self.install_dialog is None:
            from .gui.install_dialog import InstallDialog

            self.install_dialog = InstallDialog(self.iface.mainWindow())
        self.install_dialog.show()
        self.install_dialog.raise_()

    def _quitting(self) -> None:
        """QGIS quits (whether or not it unloads the plugin first): stop the dock's task and
        save its review while QGIS, the project and its layers are still there."""
        if self.dock is not None:
            self.dock.shutdown()

    def unload(self) -> None:
        """Remove everything initGui and initProcessing added."""
        app = QgsApplication.instance()
        if self.dock is not None and app is not None:
            try:
                app.aboutToQuit.disconnect(self._quitting)
            except TypeError:  # not connected
                pass
        if self.install_action is not None:
            self.iface.removePluginMenu(self.menu_name, self.install_action)
            self.install_action.deleteLater()
            self.install_action = None
        if self.install_dialog is not None:
            self.install_dialog.cancel_install()
            self.install_dialog.deleteLater()
            self.install_dialog = None
        if self.dock_action is not None:
            self.iface.removePluginMenu(self.menu_name, self.dock_action)
            self.iface.removeToolBarIcon(self.dock_action)
            self.dock_action.deleteLater()
            self.dock_action = None
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
