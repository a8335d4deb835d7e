"""The packaged plugin loads, starts and unloads through qgis.utils, leaving nothing behind."""
from __future__ import annotations

import sys
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication

from tests.qgis.recording_iface import flush_deletions

PLUGIN = "isslide_qgis"
MENU = "&ISSLIDE"


def test_zip_contents(plugin_zip: Path) -> None:
    import zipfile

    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
    assert all(name.startswith(f"{PLUGIN}/") for name in names)
    for required in ("__init__.py", "metadata.txt", "LICENSE",
                     "i18n/isslide_qgis_fr.qm", "resources/icons/isslide.svg"):
        assert f"{PLUGIN}/{required}" in names, required
    # Qt6 has no pyrcc: no compiled resource module (icons are loaded from files)
    assert not [n for n in names if n.endswith("_rc.py") or n.endswith(".qrc")], names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
    assert plugin_zip.stat().st_size <= 25 * 1024 * 1024


def test_plugin_from_zip_starts_and_unloads_cleanly(zip_plugin) -> None:
    iface = zip_plugin.iface
    iface.main_window.show()
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("isslide") is None
    app = QgsApplication.instance()
    quit_receivers = app.receivers(app.aboutToQuit)

    assert qgis.utils.loadPlugin(PLUGIN)
    assert qgis.utils.startPlugin(PLUGIN)
    assert app.receivers(app.aboutToQuit) == quit_receivers + 1  # the review is saved on quit
    assert Path(sys.modules[PLUGIN].__file__).parent == zip_plugin.folder  # the packaged copy

    provider = registry.providerById("isslide")
    assert provider is not None and provider.name() == "ISSLIDE"
    assert registry.algorithmById("isslide:checkinstallation") is not None
    menu = iface.submenu(MENU)
    assert menu is not None
    assert [a.objectName() for a in menu.actions()] == ["isslideDockAction",
                                                        "isslideInstallAction"]
    action = menu.actions()[0]
    assert action in iface.plugin_toolbar.actions()
    docks = iface.docks()
    assert [dock.objectName() for dock in docks] == ["IsslideDock"]
    dock = docks[0]
    assert not dock.isVisible()
    action.trigger()
    assert dock.isVisible() and action.isChecked()
    dock.close()  # closing the dock unchecks the action
    assert not action.isChecked()

    assert qgis.utils.unloadPlugin(PLUGIN)
    flush_deletions()
    assert registry.providerById("isslide") is None
    assert registry.algorithmById("isslide:checkinstallation") is None
    assert iface.submenu(MENU) is None
    assert iface.plugin_menu.actions() == []
    assert iface.plugin_toolbar.actions() == []
    assert iface.docks() == []
    assert app.receivers(app.aboutToQuit) == quit_receivers
    assert PLUGIN not in sys.modules


def test_plugin_can_be_reloaded(zip_plugin) -> None:
    for _ in range(2):
        assert qgis.utils.loadPlugin(PLUGIN)
        assert qgis.utils.startPlugin(PLUGIN)
        assert len(zip_plugin.iface.docks()) == 1
        assert qgis.utils.unloadPlugin(PLUGIN)
        assert zip_plugin.iface.docks() == []


def test_dock_settings_open_the_installer_and_copy_diagnostics(zip_plugin) -> None:
    from qgis.PyQt.QtGui import QGuiApplication

    assert qgis.utils.loadPlugin(PLUGIN) and qgis.utils.startPlugin(PLUGIN)
    plugin = qgis.utils.plugins[PLUGIN]
    settings = plugin.dock.settings_panel
    settings.install_button.click()  # the same dialog as Plugins > ISSLIDE > Install dependencies…
    dialog = plugin.install_dialog
    assert dialog is not None and dialog.isVisible()
    QGuiApplication.clipboard().clear()
    settings.diagnostics_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("QGIS: 3.") and "Plugin version: " in copied
    assert "onnxruntime: " in copied and "Last install log: " in copied
    assert "Diagnostics copied to the clipboard" in plugin.dock.message_label.text()
    QGuiApplication.clipboard().clear()
    dialog.diagnostics_button.click()
    assert QGuiApplication.clipboard().text() == dialog.log_view.toPlainText().split("\n", 1)[1]
    assert QGuiApplication.clipboard().text().startswith("QGIS: 3.")
    dialog.close()
