"""What makes a stack run resumable: a done-marker per pair and a manifest per stack.

A pair's folder ``<OUTPUT_FOLDER>/<pair>/`` holds its outputs and, once all of them are
complete, ``done.json`` (written atomically: a crash leaves either no marker or a whole one).
The marker records a *fingerprint* of what produced the outputs (input files, model
checkpoint, detection settings): a re-run skips a pair whose marker matches, and redoes a pair
without marker (never finished, or interrupted) or whose inputs or settings changed.
``stack_manifest.json`` sums up the last run: each pair's state and, for failed pairs, the error.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any, Mapping

from ..evaluation.atomic_files import write_atomically

DONE_MARKER = "done.json"
MANIFEST = "stack_manifest.json"
#: version of the marker's content; a marker of another version is redone
MARKER_VERSION = 1


def file_signature(path: Path | None) -> dict[str, Any] | None:
    """Size and modification time of a file (``None`` for no file): changes when it is rewritten."""
    if path is None:
        return None
    stat = Path(path).stat()
    return {"path": str(Path(path).resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def file_digest(path: Path) -> str:
    """SHA-256 of a (small) file, such as a model checkpoint."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_json(path: Path, content: Mapping[str, Any]) -> Path:
    """Write ``content`` as indented JSON, atomically."""
    text = json.dumps(content, indent=2, sort_keys=True, default=str)
    return write_atomically(path, text.encode("utf-8"))


def read_json(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path``; ``None`` when missing or unreadable (e.g. truncated)."""
    try:
        content = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return content if isinstance(content, dict) else None


def marker_path(pair_folder: Path) -> Path:
    """Where a pair's done-marker lies."""
    return Path(pair_folder) / DONE_MARKER


def write_done_marker(pair_folder: Path, fingerprint: Mapping[str, Any],
                      outputs: Mapping[str, str], summary: Mapping[str, Any]) -> Path:
    """Mark a pair done, after its ``outputs`` (name -> file name in the folder) are complete."""
    return write_json(marker_path(pair_folder), {
        "version": MARKER_VERSION, "fingerprint": dict(fingerprint), "outputs": dict(outputs),
        "summary": dict(summary), "finished": dt.datetime.now(dt.timezone.utc).isoformat()})


def done_marker(pair_folder: Path, fingerprint: Mapping[str, Any]) -> dict[str, Any] | None:
    """The pair's marker if the pair is done with this fingerprint and its outputs exist."""
    marker = read_json(marker_path(pair_folder))
    if not marker or marker.get("version") != MARKER_VERSION:
        return None
    if json.loads(json.dumps(dict(fingerprint), default=str)) != marker.get("fingerprint"):
        return None
    outputs = marker.get("outputs") or {}
    if not all((Path(pair_folder) / name).is_file() for name in outputs.values()):
        return None
    return marker
