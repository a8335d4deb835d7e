#!/usr/bin/env python3
"""Install the plugin zip into a QGIS profile, enable it, and point its extra packages folder
at a Python site-packages holding torch (``make deploy`` uses the project's .venv).

Usage: deploy.py --zip dist/isslide_qgis.zip --profile <profile dir> [--packages <folder>]
The profile dir is e.g. ~/.local/share/QGIS/QGIS3/profiles/default, or
<QGIS_CUSTOM_CONFIG_PATH>/profiles/default for an isolated profile.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import zipfile
from pathlib import Path

from PyQt5.QtCore import QSettings  # plain PyQt5: runs outside QGIS, with the system Python

PLUGIN = "isslide_qgis"


def install_zip(zip_path: Path, profile: Path) -> Path:
    """Unpack the zip into ``<profile>/python/plugins``, replacing a previous install."""
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=plugins) as staging:
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(staging)
        target = plugins / PLUGIN
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(Path(staging) / PLUGIN), str(target))
    return target


def configure_profile(profile: Path, packages: str | None) -> Path:
    """Enable the plugin and set its packages folder in the profile's QGIS3.ini."""
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.IniFormat)
    settings.setValue(f"PythonPlugins/{PLUGIN}", True)
    if packages is not None:
        settings.setValue(f"{PLUGIN}/packages_folder", packages)
    settings.sync()
    return ini


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, required=True)
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--packages", default=None, help="extra Python packages folder (torch)")
    args = parser.parse_args()
    target = install_zip(args.zip, args.profile)
    ini = configure_profile(args.profile, args.packages)
    print(f"installed {target}; settings in {ini}")


if __name__ == "__main__":
    main()
