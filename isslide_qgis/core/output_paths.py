"""Output paths: a file the analyst chose, never a folder.

Every atomic writer (GeoTIFF, GeoPackage, reports) calls :func:`output_file` before it writes a
temporary file beside the destination: a path that names a folder (``.``, ``out/``, an existing
directory) is an input error, so no temporary file lands in the current folder and nothing is
renamed over a directory.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from .errors import InputDataError, OutputWriteError
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


def new_file_mode() -> int:
    """The permissions a plain ``open(path, "w")`` gives a new file here (0o666 less the umask).

    Temporary files from :func:`tempfile.mkstemp` are private (0o600); outputs moved into place
    from them get these instead, so that a colleague, QGIS Server or a shared folder can read
    them like any other file the analyst writes."""
    try:  # Linux: read without changing the process-wide umask (other threads may write)
        line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("Umask:"))
        mask = int(line.split()[1], 8)
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def move_into_place(temporary: str | os.PathLike, path: str | os.PathLike) -> None:
    """Give a finished temporary file the usual permissions of a new file, then rename it over
    ``path`` (atomic on one file system)."""
    os.chmod(temporary, new_file_mode())
    os.replace(temporary, path)


def check_not_input(output: str | os.PathLike, inputs: Iterable[str | os.PathLike | None]) -> None:
    """Raise :class:`InputDataError` when ``output`` is one of the ``inputs`` (same file).

    Called before anything is written: writing an output over the file being read would
    destroy the analyst's data.
    """
    target = Path(output).resolve()
    for source in filter(None, inputs):
        if Path(source).resolve() == target:
            raise InputDataError(translate(
                "IsslideCore",
                "The output '{path}' is also an input of this run: writing it would destroy the "
                "data being read. Choose another file name for the output.").format(path=output))


def write_failed(path: str | os.PathLike, error: BaseException) -> OutputWriteError:
    """The error to raise when writing ``path`` failed (disk full, folder not writable...)."""
    return OutputWriteError(translate(
        "IsslideCore",
        "Writing '{path}' failed ({error}). Check that the disk has free space and that the "
        "folder is writable, then run again; no partial file was left.").format(
        path=path, error=str(error).strip() or type(error).__name__))
