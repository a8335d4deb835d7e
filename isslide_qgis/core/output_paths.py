"""Output paths: a file the analyst chose, never a folder.

Every atomic writer (GeoTIFF, GeoPackage, reports) calls :func:`output_file` before it writes a
temporary file beside the destination: a path that names a folder (``.``, ``out/``, an existing
directory) is an input error, so no temporary file lands in the current folder and nothing is
renamed over a directory.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import InputDataError
from .messages import translate


def output_file(path: str | os.PathLike) -> Path:
    """``path`` as a :class:`Path` once checked to name a file; else :class:`InputDataError`."""
    text = os.fspath(path)
    candidate = Path(text)
    if not text.strip() or text.endswith(("/", os.sep)) or candidate.name in ("", ".", "..") \
            or candidate.is_dir():
        raise InputDataError(translate(
            "IsslideCore",
            "The output '{path}' is a folder, not a file. Give a file name for this output "
            "(e.g. {example}), or leave it empty for a temporary file."
        ).format(path=text, example=str(Path(text or ".") / "result.tif")))
    return candidate
