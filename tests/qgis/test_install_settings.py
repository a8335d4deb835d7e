"""The packages-folder setting resolves an installer-managed root to its active folder, which
goes on sys.path after QGIS' own paths; checkinstallation reports the diagnostics."""
from __future__ import annotations

import sys
from pathlib import Path

from isslide_qgis.core.install.folders import new_version_folder, write_pointer


def test_managed_root_resolves_to_active_folder_appended_last(qgis_app, tmp_path: Path):
    from isslide_qgis import settings

    root = tmp_path / "packages"
    old, active = new_version_folder(root), new_version_folder(root)
    write_pointer(root, active, {"profile": "detection"})
    previous, saved_path = settings.packages_folder(), list(sys.path)
    try:
        settings.set_packages_folder(str(root))
        assert sys.path[-1] == str(active) and str(old) not in sys.path
        assert sys.path[:len(saved_path)] == saved_path  # QGIS' own paths keep precedence
    finally:
        settings.set_packages_folder(previous)
        sys.path[:] = saved_path


def test_a_new_installation_replaces_the_previous_folder_on_sys_path(qgis_app, tmp_path: Path):
    from isslide_qgis import settings

    root = tmp_path / "packages"
    first = new_version_folder(root)
    write_pointer(root, first, {"profile": "detection"})
    previous, saved_path = settings.packages_folder(), list(sys.path)
    try:
        settings.set_packages_folder(str(root))
        assert sys.path[-1] == str(first)
        second = new_version_folder(root)  # what the installer does next, then the dialog
        (second / "isslide_probe_module.py").write_text("VALUE = 2\n", encoding="utf-8")
        write_pointer(root, second, {"profile": "everything"})
        settings.set_packages_folder(str(root))
        assert sys.path[-1] == str(second) and str(first) not in sys.path
        import isslide_probe_module  # importable at once: no restart for a new module

        assert isslide_probe_module.VALUE == 2
    finally:
        sys.modules.pop("isslide_probe_module", None)
        settings.set_packages_folder(previous)
        sys.path[:] = saved_path


def test_switching_folders_removes_only_the_folder_the_plugin_appended(qgis_app,
                                                                       tmp_path: Path):
    from isslide_qgis import settings

    by_hand, root = tmp_path / "by-hand", tmp_path / "packages"
    by_hand.mkdir()
    active = new_version_folder(root)
    write_pointer(root, active)
    previous, saved_path = settings.packages_folder(), list(sys.path)
    try:
        settings.set_packages_folder(str(by_hand))
        assert sys.path[-1] == str(by_hand)
        settings.set_packages_folder(str(root))
        assert sys.path[-1] == str(active) and str(by_hand) not in sys.path
        settings.set_packages_folder(saved_path[-1])  # already on sys.path: never removed
        settings.set_packages_folder(str(by_hand))
        assert sys.path[:len(saved_path)] == saved_path and str(active) not in sys.path
    finally:
        settings.set_packages_folder(previous)
        sys.path[:] = saved_path


def test_checkinstallation_returns_the_diagnostics_report(isslide_provider):
    import processing

    result = processing.run("isslide:checkinstallation", {})
    report = result["REPORT"]
    assert report.startswith("QGIS: 3.") and "Qt: 5." in report
    assert "numpy: 1." in report and "GDAL: " in report and "Last install log:" in report
    assert result["TORCH_VERSION"].startswith("2.13.0")
