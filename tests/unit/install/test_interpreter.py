"""Finding QGIS' Python on fake Windows (OSGeo4W), macOS (bundle) and Linux layouts."""
from __future__ import annotations

from pathlib import Path

import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.install.interpreter import (
    ProcessLayout,
    find_qgis_python,
    is_python_executable,
)


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize("qgis_exe", ["qgis-bin.exe", "qgis-ltr-bin.exe"])
def test_windows_osgeo4w_python_under_exec_prefix(tmp_path: Path, qgis_exe: str) -> None:
    root = tmp_path / "QGIS 3.44.2"
    executable = _touch(root / "bin" / qgis_exe)
    python = _touch(root / "apps" / "Python312" / "python.exe")
    layout = ProcessLayout("win32", str(executable), str(root / "apps" / "Python312"),
                           str(root / "apps" / "Python312"), (3, 12))
    assert find_qgis_python(layout) == python


def test_windows_python_found_under_apps_when_prefix_is_elsewhere(tmp_path: Path) -> None:
    root = tmp_path / "OSGeo4W"
    executable = _touch(root / "bin" / "qgis-bin.exe")
    python = _touch(root / "apps" / "Python312" / "python.exe")
    layout = ProcessLayout("win32", str(executable), str(root), str(root), (3, 12))
    assert find_qgis_python(layout) == python


def test_macos_bundle_python(tmp_path: Path) -> None:
    macos = tmp_path / "QGIS-LTR.app" / "Contents" / "MacOS"
    executable = _touch(macos / "QGIS")
    python = _touch(macos / "bin" / "python3")
    layout = ProcessLayout("darwin", str(executable), str(tmp_path / "elsewhere"),
                           str(tmp_path / "elsewhere"), (3, 12))
    assert find_qgis_python(layout) == python


def test_macos_versioned_python_under_exec_prefix(tmp_path: Path) -> None:
    prefix = tmp_path / "QGIS.app" / "Contents" / "Frameworks" / "Python.framework"
    python = _touch(prefix / "bin" / "python3.12")
    layout = ProcessLayout("darwin", str(tmp_path / "QGIS.app" / "Contents" / "MacOS" / "QGIS"),
                           str(prefix), str(prefix), (3, 12))
    assert find_qgis_python(layout) == python


def test_linux_desktop_uses_system_python(tmp_path: Path) -> None:
    python = _touch(tmp_path / "usr" / "bin" / "python3")
    layout = ProcessLayout("linux", "/usr/bin/qgis", str(tmp_path / "usr"),
                           str(tmp_path / "usr"), (3, 11))
    assert find_qgis_python(layout) == python


def test_a_python_executable_is_used_as_it_is(tmp_path: Path) -> None:
    python = _touch(tmp_path / "venv" / "bin" / "python")
    layout = ProcessLayout("linux", str(python), str(tmp_path / "venv"), "/nonexistent", (3, 11))
    assert find_qgis_python(layout) == python


def test_linux_desktop_ignores_another_python_first_on_path(tmp_path: Path) -> None:
    # embedded in QGIS desktop, sys.executable is the first python3 on PATH (a pyenv shim here)
    shim = _touch(tmp_path / "home" / ".pyenv" / "shims" / "python3")
    python = _touch(tmp_path / "usr" / "bin" / "python3")
    layout = ProcessLayout("linux", str(shim), str(tmp_path / "usr"), str(tmp_path / "usr"),
                           (3, 11))
    assert find_qgis_python(layout) == python


def test_missing_interpreter_names_the_paths_and_the_option(tmp_path: Path) -> None:
    layout = ProcessLayout("win32", str(tmp_path / "bin" / "qgis-bin.exe"), str(tmp_path),
                           str(tmp_path), (3, 12))
    with pytest.raises(InputDataError, match="--python PATH") as caught:
        find_qgis_python(layout)
    assert "python.exe" in str(caught.value)


@pytest.mark.parametrize("name,expected", [
    ("python3", True), ("python3.12", True), ("python.exe", True), ("Python.EXE", True),
    ("qgis-bin.exe", False), ("QGIS", False), ("qgis_process", False)])
def test_is_python_executable(name: str, expected: bool) -> None:
    assert is_python_executable(name) is expected
