"""A QGIS interface that really holds menus, toolbar icons and docks.

pytest-qgis 2.1.0's ``qgis_iface`` is a stub without menus or docks (and without the remove
methods), so it cannot show that a plugin's ``unload`` removes everything. This interface
keeps them in a real ``QMainWindow`` (menu bar with a Plugins menu, a Plugins toolbar, dock
areas), the way QGIS desktop does, so a test can look for leftovers.
"""
from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMainWindow, QMenu, QToolBar


class RecordingInterface:
    """The subset of ``QgisInterface`` a plugin uses to add and remove its GUI."""

    def __init__(self, canvas, message_bar) -> None:
        self._canvas = canvas
        self._message_bar = message_bar
        self.main_window = QMainWindow()
        self.plugin_menu = self.main_window.menuBar().addMenu("&Plugins")
        self.plugin_toolbar = QToolBar("Plugins", self.main_window)
        self.main_window.addToolBar(self.plugin_toolbar)

    # -- queries the tests use ------------------------------------------------------------
    def submenu(self, name: str) -> QMenu | None:
        """Return the Plugins submenu called ``name``, if any."""
        for action in self.plugin_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def docks(self) -> list[QDockWidget]:
        """Return the dock widgets still attached to the main window."""
        flush_deletions()
        return [dock for dock in self.main_window.findChildren(QDockWidget)
                if self.main_window.dockWidgetArea(dock) != 0]

    def close(self) -> None:
        """Close and delete the main window and everything docked in it.

        Fixtures call this in their teardown: pytest keeps a fixture's value (and so this
        interface) referenced until after the session's ``qgis_app`` teardown has run
        ``QgsApplication.exitQgis()``, so a window left alive would outlive QGIS.
        """
        self.main_window.close()
        self.main_window.deleteLater()
        flush_deletions()

    # -- QgisInterface API ----------------------------------------------------------------
    def mainWindow(self) -> QMainWindow:  # noqa: N802
        return self.main_window

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._message_bar

    def pluginMenu(self) -> QMenu:  # noqa: N802
        return self.plugin_menu

    def addPluginToMenu(self, name: str, action: QAction) -> None:  # noqa: N802
        menu = self.submenu(name) or self.plugin_menu.addMenu(name)
        menu.addAction(action)

    def removePluginMenu(self, name: str, action: QAction) -> None:  # noqa: N802
        menu = self.submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.plugin_menu.removeAction(menu.menuAction())
            menu.deleteLater()

    def addToolBarIcon(self, action: QAction) -> int:  # noqa: N802
        self.plugin_toolbar.addAction(action)
        return 0

    def removeToolBarIcon(self, action: QAction) -> None:  # noqa: N802
        self.plugin_toolbar.removeAction(action)

    def addDockWidget(self, area, dock: QDockWidget) -> None:  # noqa: N802
        self.main_window.addDockWidget(area, dock)

    def removeDockWidget(self, dock: QDockWidget) -> None:  # noqa: N802
        self.main_window.removeDockWidget(dock)


def flush_deletions() -> None:
    """Run pending ``deleteLater`` calls, as the QGIS event loop would."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
