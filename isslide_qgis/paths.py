"""Where the plugin's files are, in a packaged plugin and in a source checkout.

A packaged plugin (the zip, ``make deploy``) holds ``resources/`` and ``i18n/`` inside the
``isslide_qgis/`` folder; a checkout keeps them beside it at the repository root.
"""
from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    return [PLUGIN_DIR / name, PLUGIN_DIR.parent / name]


def resources_dir() -> Path:
    """Return the folder holding icons, styles, sample data and shipped models."""
    for folder in _candidates("resources"):
        if folder.is_dir():
            return folder
    return _candidates("resources")[0]


def translation_dirs() -> list[Path]:
    """Return the folders that may hold compiled translations (``.qm``), best first."""
    return [folder for folder in _candidates("i18n") if folder.is_dir()]


def icon_path(name: str = "isslide.svg") -> str:
    """Return the path of an icon file in ``resources/icons``.

    Icons are plain files: Qt6 (QGIS 4) has no ``pyrcc`` compiled resource modules.
    """
    return str(resources_dir() / "icons" / name)


def models_dir() -> Path:
    """Return the folder of the shipped default models (checkpoints)."""
    return resources_dir() / "models"


def style_path(name: str) -> Path:
    """Return the path of a QML style shipped in ``resources/styles``."""
    return resources_dir() / "styles" / name


def plugin_version() -> str:
    """Return the plugin version from metadata.txt (packaged copy or checkout)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    for candidate in _candidates("metadata.txt"):
        if candidate.is_file():
            parser.read(candidate, encoding="utf-8")
            return parser.get("general", "version", fallback="")
    return ""
