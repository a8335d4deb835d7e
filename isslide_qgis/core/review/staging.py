"""Writing a run's files all or nothing: scratch files in a hidden folder beside their
targets, moved into place only when the whole run succeeded."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType

from ..errors import IsslideError
from ..messages import translate


class StagedOutputs:
    """Scratch paths for final files in one folder, committed together.

    Use as a context manager: :meth:`scratch` gives where to write each file; :meth:`commit`
    moves them into place (in the order they were asked for); leaving the block without a
    commit, or with an error, removes every scratch file and leaves the targets untouched.
    A commit that fails half-way removes the files it already moved.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self._targets: dict[Path, Path] = {}
        self._scratch_dir: Path | None = None

    def __enter__(self) -> "StagedOutputs":
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._scratch_dir = Path(tempfile.mkdtemp(prefix=".isslide-run-", dir=self.folder))
        except OSError as exc:
            raise self._error(self.folder, exc) from exc
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._scratch_dir is not None:
            shutil.rmtree(self._scratch_dir, ignore_errors=True)
            self._scratch_dir = None

    def scratch(self, target: str | Path) -> Path:
        """Where to write the file that will become ``target`` (in :attr:`folder`)."""
        target = Path(target)
        path = self.temporary(target.name)
        self._targets[target] = path
        return path

    def temporary(self, name: str) -> Path:
        """A scratch file ``name`` that is never moved into place (removed with the rest)."""
        if self._scratch_dir is None:
            raise RuntimeError("StagedOutputs.temporary() outside its with block")
        return self._scratch_dir / name

    def commit(self) -> list[Path]:
        """Move every scratch file that exists into place; return the targets written."""
        moved: list[Path] = []
        try:
            for target, path in self._targets.items():
                if path.exists():
                    os.replace(path, target)
                    moved.append(target)
        except OSError as exc:
            for target in moved:
                target.unlink(missing_ok=True)
            raise self._error(target, exc) from exc
        return moved

    @staticmethod
    def _error(path: Path, exc: OSError) -> IsslideError:
        return IsslideError(translate(
            "IsslideCore", "Cannot write '{path}': {error}. Check that the folder exists, is "
            "writable and has free space.").format(path=path, error=exc))
