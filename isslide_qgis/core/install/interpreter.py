"""Finding the Python interpreter that QGIS embeds, from the running process' layout.

Inside QGIS, ``sys.executable`` is often not a Python at all. Layouts, and what they were
checked against (public sources read with the project's search tool, December 2026):

* Windows (OSGeo4W network installer and the standalone installer, an OSGeo4W tree): QGIS
  runs ``<root>\\bin\\qgis-bin.exe`` (``qgis-ltr-bin.exe`` for the LTR); the interpreter is
  ``<root>\\apps\\Python3XX\\python.exe``, which is ``sys.exec_prefix``. Checked against
  qgis/QGIS issue #45646 (cited by OnroerendErfgoed/brdrQ: ``sys.executable`` is qgis-bin.exe,
  look for a ``python.exe`` instead) and scripts that recreate QGIS' environment after
  ``o4w_env.bat`` (GeoDanmarkGeoFA/QGIS_GeoFA ``PyQGIS.bat``: ``PYTHONHOME=%OSGEO4W_ROOT%\\apps\\
  Python312``; CCOMJHC/VBI-Compare ``cmd-qgis.cmd``: ``apps\\Python39``). It must run with QGIS'
  own environment (PATH, PYTHONHOME set by QGIS' launcher and ``o4w_env.bat``), which is the
  environment of the QGIS process: :func:`qgis_python_environment`.
* macOS (the bundle of qgis/QGIS-Mac-Packager): the interpreter is
  ``QGIS.app/Contents/MacOS/bin/python3`` (also ``python3.X``); ``sys.executable`` is
  ``QGIS.app/Contents/MacOS/QGIS``. Checked against ePublicHealth/GeoPublicHealth
  ``MAC_INSTALL_TECHNICAL.md`` (``/Applications/QGIS.app/Contents/MacOS/bin/python3``),
  joeberkovitz/qgis-noaa-marine-data ``test/runpy.sh`` (``PYTHONHOME=.../Contents/MacOS``) and
  DaijiMaps/svgmapviewer-demos ``common.sh`` (``QGIS-LTR.app/Contents/MacOS/bin/python3.9``).
  ``<sys.exec_prefix>/bin/python3`` is also tried, for bundles that ship a Python.framework
  (not verified against a real bundle).
* Linux (Debian/Ubuntu/Fedora packages): QGIS embeds the system Python, ``/usr/bin/python3``
  (``sys.base_exec_prefix`` is ``/usr``), as this project's docs/environment.md records. In the
  desktop ``sys.executable`` is the first ``python3`` on PATH, which may be another Python (a
  pyenv shim here, found by the install dialog's screenshot run): it is trusted only when it
  lies under the running interpreter's prefix (:func:`runs_this_python`).

The discovery takes the layout as an argument, so that each platform is testable anywhere.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputDataError
from ..messages import translate

_PYTHON_NAME = re.compile(r"^python(3(\.\d+)?)?(\.exe)?$", re.IGNORECASE)


@dataclass(frozen=True)
class ProcessLayout:
    """What the running process knows about its interpreter (``sys``'s values by default)."""

    platform: str = field(default_factory=lambda: sys.platform)
    executable: str = field(default_factory=lambda: sys.executable)
    exec_prefix: str = field(default_factory=lambda: sys.exec_prefix)
    base_exec_prefix: str = field(default_factory=lambda: sys.base_exec_prefix)
    version: tuple[int, int] = field(default_factory=lambda: sys.version_info[:2])


def is_python_executable(path: str | Path) -> bool:
    """Tell whether ``path`` names a Python interpreter (python, python3, python3.11, .exe)."""
    return bool(_PYTHON_NAME.match(Path(path).name))


def _windows_candidates(layout: ProcessLayout) -> list[Path]:
    prefixes = [Path(layout.exec_prefix), Path(layout.base_exec_prefix)]
    candidates = [prefix / "python.exe" for prefix in prefixes]
    root = Path(layout.executable).parent.parent  # <root>\bin\qgis-bin.exe -> <root>
    major, minor = layout.version
    candidates.append(root / "apps" / f"Python{major}{minor}" / "python.exe")
    candidates.extend(sorted((root / "apps").glob("Python3*/python.exe"), reverse=True))
    return candidates


def _macos_candidates(layout: ProcessLayout) -> list[Path]:
    major, minor = layout.version
    names = ("python3", f"python{major}.{minor}")
    executable = Path(layout.executable)
    bundle_macos = next((p for p in executable.parents if p.name == "MacOS"
                         and p.parent.name == "Contents"), None)
    prefixes = [Path(layout.exec_prefix), Path(layout.base_exec_prefix)]
    if bundle_macos is not None:
        prefixes.insert(0, bundle_macos)
    return [prefix / "bin" / name for prefix in prefixes for name in names]


def _linux_candidates(layout: ProcessLayout) -> list[Path]:
    major, minor = layout.version
    prefixes = [Path(layout.base_exec_prefix), Path("/usr")]
    return [prefix / "bin" / name for prefix in prefixes
            for name in ("python3", f"python{major}.{minor}")]


#: platform prefix (``sys.platform.startswith``) -> where that platform's QGIS keeps its Python
_CANDIDATES = {
    "win": _windows_candidates,
    "darwin": _macos_candidates,
    "linux": _linux_candidates,
}


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def runs_this_python(layout: ProcessLayout) -> bool:
    """Whether ``layout.executable`` is the running interpreter itself: a Python program that
    lies under ``exec_prefix`` or ``base_exec_prefix`` (a virtual environment's ``python``
    resolves into its base).

    Embedded in QGIS desktop on Linux, ``sys.executable`` is whatever ``python3`` comes first on
    PATH (seen here: a pyenv shim with numpy 2), not the interpreter QGIS embeds.
    """
    if not is_python_executable(layout.executable):
        return False
    executable = Path(layout.executable)
    prefixes = [Path(layout.exec_prefix), Path(layout.base_exec_prefix)]
    paths = [executable]
    try:
        paths.append(executable.resolve())
    except OSError:
        pass
    return any(_inside(path, prefix) for path in paths for prefix in prefixes)


def candidate_pythons(layout: ProcessLayout) -> list[Path]:
    """Interpreters to try, best first, for the process described by ``layout``."""
    candidates = []
    if runs_this_python(layout):
        candidates.append(Path(layout.executable))
    for prefix, finder in _CANDIDATES.items():
        if layout.platform.startswith(prefix):
            candidates.extend(finder(layout))
            break
    else:
        candidates.extend(_linux_candidates(layout))
    unique: list[Path] = []
    for path in candidates:
        if path not in unique:
            unique.append(path)
    return unique


def find_qgis_python(layout: ProcessLayout | None = None) -> Path:
    """Return the Python interpreter of the QGIS described by ``layout`` (this process' default).

    Raises:
        InputDataError: when no candidate exists, with the paths looked at.
    """
    layout = layout or ProcessLayout()
    candidates = candidate_pythons(layout)
    for path in candidates:
        if path.is_file():
            return path
    raise InputDataError(translate(
        "IsslideCore", "Cannot find the Python interpreter of QGIS (looked for: {paths}). "
        "Give it explicitly with --python PATH.").format(
        paths=", ".join(str(p) for p in candidates)))


def qgis_python_environment() -> dict[str, str]:
    """The environment to run QGIS' interpreter with: the QGIS process' own.

    QGIS (``qgis-bin.bat`` on Windows) sets PATH and PYTHONHOME for its interpreter; keeping
    them lets ``python.exe`` find its DLLs and standard library. PYTHONPATH is kept too (QGIS'
    own packages); PYTHONNOUSERSITE keeps the user's site-packages out of the verification.
    """
    env = dict(os.environ)
    env["PYTHONNOUSERSITE"] = "1"
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env
