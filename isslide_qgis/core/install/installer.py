"""Carrying out an :class:`~.plan.InstallPlan`: never a half-installed packages folder.

pip installs into a new versioned folder; numpy (pip copies one in) is removed when QGIS has
its own; the folder is verified in a fresh interpreter; only then does the pointer switch to
it. Any failure, a cancellation or Ctrl-C removes the new folder and leaves the previous
state (pointer, active folder) untouched. Old folders are removed once nothing uses them.
"""
from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..errors import InputDataError, MissingDependencyError
from ..messages import translate
from .folders import new_version_folder, remove_unused_folders, utc_stamp, write_pointer
from .pip import Cancel, LineCallback, log_tail, run_pip
from .plan import InstallPlan, verified_packages
from .verify import verify_folder

#: what pip copies in for numpy (folder, metadata, bundled libraries, scripts: pip --target
#: puts them in bin/, Scripts/ on Windows)
NUMPY_PATTERNS = ("numpy", "numpy-*.dist-info", "numpy.libs", "numpy-*.data",
                  "bin/f2py*", "bin/numpy-config*", "Scripts/f2py*", "Scripts/numpy-config*")


@dataclass
class InstallResult:
    """What :func:`install` did."""

    status: str  # "installed" or "up to date"
    folder: Path | None
    log: Path | None = None
    versions: dict[str, str] = field(default_factory=dict)
    removed: list[Path] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The result as plain data (JSON output)."""
        return {"status": self.status, "folder": str(self.folder or ""),
                "log": str(self.log or ""), "versions": self.versions,
                "removed": [str(p) for p in self.removed]}


def remove_numpy(folder: Path) -> list[Path]:
    """Delete the numpy pip put into ``folder`` (QGIS' own must be the one imported)."""
    removed = []
    for pattern in NUMPY_PATTERNS:
        for path in folder.glob(pattern):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def check_free_space(plan: InstallPlan, factor: float = 5.0) -> None:
    """Raise InputDataError when the target's disk cannot hold the installation.

    Installed packages take about ``factor`` times their download (wheels are compressed;
    CPU torch: 200 MB of wheel, 1 GB installed).
    """
    existing = next(p for p in (plan.target, *plan.target.parents) if p.exists())
    free_mb = shutil.disk_usage(existing).free // 2**20
    needed_mb = int(plan.download_mb * factor)
    if free_mb < needed_mb:
        raise InputDataError(translate(
            "IsslideCore", "Not enough free disk space for the installation in {target}: "
            "{free} MB free, about {needed} MB needed. Free some space or choose another "
            "folder.").format(target=plan.target, free=free_mb, needed=needed_mb))


def install(plan: InstallPlan, log_dir: Path, on_line: LineCallback | None = None,
            cancel: Cancel | None = None, in_use: Iterable[str] | None = None) -> InstallResult:
    """Install ``plan`` into a new versioned folder of ``plan.target`` and activate it.

    Args:
        plan: from :func:`~.plan.make_plan` (shown to the analyst first).
        log_dir: where ``install-<time>.log`` is written (the QGIS profile, in the plugin).
        on_line: receives pip's output lines (from a reader thread).
        cancel: polled while pip runs; True stops pip and raises OperationCanceled.
        in_use: sys.path entries of running processes, whose folders are kept
            (default: this process' ``sys.path``).

    Raises:
        InputDataError: not enough free disk space (nothing is changed).
        MissingDependencyError: pip failed or the result does not import; the message names
            the log. OperationCanceled: cancelled. The previous state is kept in every case.
    """
    if plan.up_to_date:
        return InstallResult("up to date", plan.active)
    check_free_space(plan)
    log = Path(log_dir) / f"install-{utc_stamp()}.log"
    folder = new_version_folder(plan.target)
    try:
        status = run_pip(plan.command(folder), log, on_line, cancel, plan.environment())
        if status != 0:
            raise MissingDependencyError(translate(
                "IsslideCore", "pip failed (exit status {status}); the previous installation "
                "was kept. Log: {log}\n{tail}").format(status=status, log=log,
                                                       tail=log_tail(log, 15)))
        if plan.qgis_numpy:
            remove_numpy(folder)
        found = verify_folder(plan.python, folder, verified_packages(plan), bool(plan.qgis_numpy))
        write_pointer(plan.target, folder, {
            "profile": plan.profile, "installed": utc_stamp(),
            "torch": plan.flavour.name if plan.flavour else None,
            "versions": {name: imported.version for name, imported in found.items()}})
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    removed = remove_unused_folders(plan.target, sys.path if in_use is None else in_use)
    return InstallResult("installed", folder, log,
                         {name: imported.version for name, imported in found.items()}, removed)
