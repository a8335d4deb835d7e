"""The diagnostics report of this QGIS (``isslide:checkinstallation``, and *Copy diagnostics*
in the install dialog and the dock's settings): QGIS and Qt versions come from QGIS, the rest
from :mod:`.core.install.diagnostics`."""
from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION_STR
from qgis.PyQt.QtGui import QGuiApplication

from .core.install.diagnostics import Diagnostics, diagnostics_report
from .paths import plugin_version
from .settings import install_log_folder, packages_folder


def qgis_diagnostics() -> Diagnostics:
    """The report for the running QGIS, its packages folder and the last install log."""
    folder = packages_folder()
    logs = [Path(install_log_folder())] + ([Path(folder)] if folder else [])
    return diagnostics_report(Qgis.version(), QT_VERSION_STR, plugin_version(), folder, logs)


def copy_diagnostics() -> str:
    """Put the report's text on the clipboard (to paste into a bug report); return it."""
    text = qgis_diagnostics().as_text()
    QGuiApplication.clipboard().setText(text)
    return text
