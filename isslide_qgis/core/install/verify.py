"""Checking what a Python can import, in a fresh interpreter (never in the running QGIS).

The probe runs QGIS' interpreter with its own ``sys.path`` and the packages folder *appended*,
exactly as the plugin does, imports each module and reports its version and file. A folder is
good when every pinned package imports at its pinned version and numpy still comes from QGIS'
Python (not from the folder).
"""
from __future__ import annotations

import json
import subprocess  # nosec B404
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import MissingDependencyError
from ..messages import translate
from .interpreter import qgis_python_environment
from .profiles import Package

_MARK = "ISSLIDE-PROBE "
_PROBE = f"""
import importlib, json, sys
extra, names = sys.argv[1], sys.argv[2:]
if extra:
    sys.path.append(extra)
found = {{}}
for name in names:
    try:
        module = importlib.import_module(name)
    except Exception as exc:
        found[name] = {{"error": type(exc).__name__ + ": " + str(exc)}}
    else:
        found[name] = {{"version": str(getattr(module, "__version__", "")),
                       "file": str(getattr(module, "__file__", "") or "")}}
print({_MARK!r} + json.dumps(found))
"""


@dataclass(frozen=True)
class Imported:
    """What one import gave: the version and file, or the error."""

    version: str = ""
    file: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        """Whether the module was imported."""
        return not self.error


def probe(python: Path, modules: Sequence[str], extra: Path | None = None,
          timeout: float = 600.0) -> dict[str, Imported]:
    """Import ``modules`` in a fresh ``python`` (``extra`` appended to its sys.path)."""
    command = [str(python), "-c", _PROBE, str(extra or ""), *modules]
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout,  # nosec B603
                              env=qgis_python_environment(), check=False, text=True,
                              encoding="utf-8", errors="replace")
    except (OSError, subprocess.SubprocessError) as exc:
        raise MissingDependencyError(translate(
            "IsslideCore", "Cannot run the Python of QGIS ({python}): {error}").format(
            python=python, error=exc)) from None
    lines = [line for line in done.stdout.splitlines() if line.startswith(_MARK)]
    if not lines:
        raise MissingDependencyError(translate(
            "IsslideCore", "The Python of QGIS ({python}) failed to start: {error}").format(
            python=python, error=done.stderr.strip()[-2000:] or done.returncode))
    found = json.loads(lines[-1][len(_MARK):])
    return {name: Imported(**found.get(name, {"error": "not probed"})) for name in modules}


def _inside(file: str, folder: Path) -> bool:
    try:
        Path(file).resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def folder_problems(found: dict[str, Imported], packages: Iterable[Package], folder: Path,
                    numpy_from_qgis: bool) -> list[str]:
    """What is wrong with ``folder`` given a probe of it (empty: the folder is good)."""
    problems = []
    for package in packages:
        result = found.get(package.module, Imported(error="not probed"))
        if not result.ok:
            problems.append(f"{package.name}: {result.error}")
        elif package.version and not result.version.startswith(package.version):
            problems.append(f"{package.name}: {result.version} instead of {package.version}")
    numpy = found.get("numpy")
    if numpy_from_qgis and numpy is not None and numpy.ok and _inside(numpy.file, folder):
        problems.append(f"numpy comes from the packages folder ({numpy.file}), not from QGIS")
    return problems


def verify_folder(python: Path, folder: Path, packages: Sequence[Package],
                  numpy_from_qgis: bool) -> dict[str, Imported]:
    """Probe ``folder`` and raise MissingDependencyError when it is not good."""
    found = probe(python, [p.module for p in packages] + ["numpy"], folder)
    problems = folder_problems(found, packages, folder, numpy_from_qgis)
    if problems:
        raise MissingDependencyError(translate(
            "IsslideCore", "The new packages do not work with the Python of QGIS ({python}): "
            "{problems}. The previous installation was kept.").format(
            python=python, problems="; ".join(problems)))
    return found
