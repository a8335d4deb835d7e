"""Versioned packages folders under a target root, and the pointer naming the active one.

A packages folder in use cannot be changed in place (Windows locks loaded DLLs; a running
QGIS has imported from it), so each installation goes into a new
``<root>/packages-<UTC time>-<random>/`` folder and, once verified, ``<root>/current.json`` is
replaced atomically to name it. The plugin's packages-folder setting names the root;
:func:`resolve_packages_folder` turns it into the active folder. Folders no longer named by
the pointer (nor by its ``previous`` entry, which a QGIS started earlier may still use) are
removed when the installing process does not have them on ``sys.path``.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import shutil
from pathlib import Path
from typing import Any, Iterable

POINTER = "current.json"
FOLDER_PREFIX = "packages-"


def utc_stamp() -> str:
    """The current UTC time as ``20261206T171500Z`` (sortable, valid in file names)."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def new_version_folder(root: Path) -> Path:
    """Create and return a new, empty, uniquely named folder under ``root``.

    The folder is permanent once activated, so it gets the usual permissions (umask), not the
    private ones of a temporary folder: other accounts may run the same QGIS installation.
    """
    root.mkdir(parents=True, exist_ok=True)
    while True:
        folder = root / f"{FOLDER_PREFIX}{utc_stamp()}-{secrets.token_hex(3)}"
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder


def read_pointer(root: Path) -> dict[str, Any] | None:
    """The content of ``root/current.json`` (None when absent or unreadable)."""
    try:
        content = json.loads((root / POINTER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return content if isinstance(content, dict) and content.get("folder") else None


def active_folder(root: Path) -> Path | None:
    """The folder ``root/current.json`` names, when it exists."""
    pointer = read_pointer(root)
    if pointer is None:
        return None
    folder = root / str(pointer["folder"])
    return folder if folder.is_dir() and folder.parent == root else None


def write_pointer(root: Path, folder: Path, info: dict[str, Any] | None = None) -> None:
    """Make ``folder`` (inside ``root``) the active one, atomically (write aside, then rename)."""
    previous = active_folder(root)
    content = {"folder": folder.name, **(info or {})}
    if previous is not None and previous != folder:
        content["previous"] = previous.name
    aside = root / f".{POINTER}.{secrets.token_hex(4)}.tmp"
    try:
        with open(aside, "x", encoding="utf-8") as handle:
            json.dump(content, handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(aside, root / POINTER)
    except BaseException:
        aside.unlink(missing_ok=True)
        raise


def resolve_packages_folder(path: str) -> str:
    """The folder to put on ``sys.path`` for the configured ``path``.

    A root managed by the installer (holding ``current.json``) resolves to its active folder;
    any other folder (set by hand, a virtual environment's site-packages) is used as it is.
    """
    if not path:
        return path
    folder = active_folder(Path(path))
    return str(folder) if folder is not None else path


def superseded_entries(root: Path, paths: Iterable[str]) -> list[str]:
    """The entries of ``paths`` (``sys.path``) that are versioned folders of ``root`` other than
    the active one: after an installation they must leave ``sys.path``, so that modules not
    imported yet come from the new folder."""
    active = active_folder(root)
    stale = []
    for entry in paths:
        folder = Path(entry) if entry else None
        if folder is not None and folder.parent == root and folder.name.startswith(FOLDER_PREFIX) \
                and folder != active:
            stale.append(entry)
    return stale


def _in_use(folder: Path, paths: Iterable[str]) -> bool:
    for entry in paths:
        try:
            if entry and Path(entry).resolve() == folder.resolve():
                return True
        except OSError:
            continue
    return False


def remove_unused_folders(root: Path, in_use: Iterable[str] = ()) -> list[Path]:
    """Remove the versioned folders of ``root`` no process should be using.

    Kept: the active folder, the previously active one (a QGIS started before this
    installation still imports from it until restarted; the command line cannot see it) and
    any folder in ``in_use`` (this process' ``sys.path``). Returns the folders removed; one
    that cannot be removed (a DLL still loaded on Windows) is left for the next installation.
    """
    pointer = read_pointer(root) or {}
    keep = {root / str(name) for name in (pointer.get("folder"), pointer.get("previous")) if name}
    in_use = list(in_use)
    removed = []
    for folder in sorted(root.glob(f"{FOLDER_PREFIX}*")):
        if not folder.is_dir() or folder in keep or _in_use(folder, in_use):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed
