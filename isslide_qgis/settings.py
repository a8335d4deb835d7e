"""The plugin's persistent settings (QgsSettings, per QGIS profile).

The extra Python packages folder is the way torch reaches QGIS' embedded Python: it is
appended to ``sys.path`` *after* QGIS' own paths, so Debian's numpy (< 2) keeps precedence.
"""
from __future__ import annotations

import os
import sys

from qgis.core import QgsApplication, QgsSettings

SETTINGS_GROUP = "isslide_qgis"
PACKAGES_FOLDER_KEY = f"{SETTINGS_GROUP}/packages_folder"


def packages_folder() -> str:
    """Return the configured extra packages folder ('' when none is set)."""
    return str(QgsSettings().value(PACKAGES_FOLDER_KEY, "", type=str) or "")


def set_packages_folder(folder: str) -> None:
    """Store the extra packages folder and make it importable at once."""
    QgsSettings().setValue(PACKAGES_FOLDER_KEY, folder)
    apply_packages_folder()


def suggested_packages_folder() -> str:
    """Return the configured folder, or a sensible one inside the active QGIS profile."""
    configured = packages_folder()
    if configured:
        return configured
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "isslide_packages")


def apply_packages_folder() -> None:
    """Append the configured packages folder to ``sys.path`` (once, after QGIS' paths)."""
    folder = packages_folder()
    if folder and os.path.isdir(folder) and folder not in sys.path:
        sys.path.append(folder)
