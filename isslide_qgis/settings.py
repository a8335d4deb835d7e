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


def install_log_folder() -> str:
    """Where the dependency installer writes its logs: a folder of the active QGIS profile."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "isslide_install_logs")


#: the folders :func:`apply_packages_folder` appended to ``sys.path`` (and only those leave it)
_APPENDED: list[str] = []


def apply_packages_folder() -> None:
    """Append the configured packages folder to ``sys.path`` (once, after QGIS' paths).

    A folder filled by the installer (``python -m isslide_qgis install``) holds versioned
    sub-folders and a ``current.json`` naming the active one: that one is appended. The
    folders it replaces (older versions, a previously configured folder that this function
    appended) leave ``sys.path``; modules already imported from them stay loaded until QGIS
    restarts.
    """
    import importlib
    from pathlib import Path

    from .core.install.folders import resolve_packages_folder, superseded_entries

    root = packages_folder()
    folder = resolve_packages_folder(root)
    stale = superseded_entries(Path(root), sys.path) if root else []
    stale += [entry for entry in _APPENDED if entry != folder and entry not in stale]
    for entry in stale:
        while entry in sys.path:
            sys.path.remove(entry)
        if entry in _APPENDED:
            _APPENDED.remove(entry)
    if folder and os.path.isdir(folder) and folder not in sys.path:
        sys.path.append(folder)
        _APPENDED.append(folder)
        importlib.invalidate_caches()


class Setting:
    """One persistent setting of the plugin: its QgsSettings key, type and default."""

    def __init__(self, name: str, default: object, kind: type) -> None:
        self.key = f"{SETTINGS_GROUP}/{name}"
        self.default = default
        self.kind = kind

    def value(self):
        """The stored value (the default when unset or unreadable)."""
        value = QgsSettings().value(self.key, self.default, type=self.kind)
        return self.default if value is None else value

    def set_value(self, value: object) -> None:
        """Store ``value``."""
        QgsSettings().setValue(self.key, value)


#: The dock's settings by name (the settings panel reads and writes them).
SETTINGS: dict[str, Setting] = {
    "device": Setting("device", "auto", str),
    "backend": Setting("backend", "auto", str),
    "threads": Setting("threads", 0, int),  # 0: all cores
    "default_folder": Setting("default_folder", "", str),
    "autosave_seconds": Setting("autosave_seconds", 120, int),  # 0: no timed save
    "reviewer": Setting("reviewer", "", str),
    "opacity": Setting("opacity", 70, int),  # percent, probability and CAM layers
    "finetune_epochs": Setting("finetune_epochs", 10, int),
    "last_corrections": Setting("review/last_corrections", "", str),
    "checkpoints": Setting("review/checkpoints", [], list),
}


def setting(name: str):
    """The value of the setting ``name`` (a key of :data:`SETTINGS`)."""
    return SETTINGS[name].value()


def set_setting(name: str, value: object) -> None:
    """Store the setting ``name`` (a key of :data:`SETTINGS`)."""
    SETTINGS[name].set_value(value)


def default_reviewer() -> str:
    """The reviewer's name: the setting, else the login name."""
    import getpass

    name = str(setting("reviewer") or "")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers): stay anonymous
        return ""


def known_checkpoints() -> list[str]:
    """Checkpoint files the analyst added to the dock (e.g. fine-tuned), still on disk."""
    return [path for path in (setting("checkpoints") or []) if path and os.path.isfile(path)]


def remember_checkpoint(path: str) -> None:
    """Add ``path`` to :func:`known_checkpoints` (once)."""
    paths = [p for p in known_checkpoints() if p != path] + [path]
    set_setting("checkpoints", paths)
