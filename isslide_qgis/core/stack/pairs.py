"""The pairs of a stack: which interferograms, their coherence, dates and baselines.

:func:`discover_pairs` takes a folder (scanned recursively) or a list of files, reads each
pair's dates from its name (:mod:`.naming`) or from a pairs table (:mod:`.pairs_table`), and
returns :class:`Pair` records in date order with unique, folder-safe names
(``<YYYYMMDD>_<YYYYMMDD>``) under which their outputs are written.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..errors import InputDataError
from ..messages import translate
from .naming import RASTER_SUFFIXES, NamedPair, convention_examples, parse_pair_name
from .pairs_table import TableRow, read_pairs_table


@dataclass(frozen=True)
class Pair:
    """One interferogram of the stack.

    Attributes:
        name: Folder-safe unique name (``20200101_20200113``), the key of its outputs.
        phase_path: The wrapped-phase (or complex) raster.
        coherence_path: Its coherence raster, ``None`` when there is none.
        date_first, date_second: Acquisition dates (first < second).
        convention: Where the dates came from (a product of the registry: ``licsar``,
            ``hyp3``, ``pyrate``, ``snap``, ``isslide``; or ``table``).
    """

    name: str
    phase_path: Path
    coherence_path: Path | None
    date_first: dt.date
    date_second: dt.date
    convention: str

    @property
    def baseline_days(self) -> int:
        """Temporal baseline in days."""
        return (self.date_second - self.date_first).days

    def to_dict(self) -> dict[str, object]:
        """JSON-friendly description (for manifests and done-markers)."""
        return {"name": self.name, "phase": str(self.phase_path),
                "coherence": str(self.coherence_path) if self.coherence_path else None,
                "date_first": self.date_first.isoformat(), "date_second": self.date_second.isoformat(),
                "baseline_days": self.baseline_days, "convention": self.convention}


def list_rasters(folder: Path, exclude: Iterable[Path] = ()) -> list[Path]:
    """Raster files under ``folder`` (recursively), sorted, outside the ``exclude`` folders."""
    skipped = [Path(p).resolve() for p in exclude]
    found = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in RASTER_SUFFIXES:
            continue
        resolved = path.resolve()
        if any(resolved.is_relative_to(skip) for skip in skipped):
            continue
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        found.append(path)
    return found


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "ifg"


def _unique_names(items: list[tuple[Path, Path | None, dt.date, dt.date, str]]) -> list[Pair]:
    counts: dict[str, int] = {}
    for _, _, first, second, _ in items:
        key = f"{first:%Y%m%d}_{second:%Y%m%d}"
        counts[key] = counts.get(key, 0) + 1
    pairs, used = [], set()
    for phase, coherence, first, second, convention in items:
        name = f"{first:%Y%m%d}_{second:%Y%m%d}"
        if counts[name] > 1:
            stem = phase.parent.name if phase.stem.lower() == "phase" else phase.name.split(".")[0]
            name = f"{name}_{_safe(stem)}"
        base, index = name, 2
        while name in used:
            name, index = f"{base}_{index}", index + 1
        used.add(name)
        pairs.append(Pair(name, phase, coherence, first, second, convention))
    return pairs


def _from_table(rows: Sequence[TableRow]) -> dict[Path, TableRow]:
    return {row.phase_path.resolve(): row for row in rows}


def _skipped(info: NamedPair, scanned: set[Path]) -> bool:
    better = info.superseded_by
    return not info.is_phase or (better is not None and better.resolve() in scanned)


def discover_pairs(inputs: str | Path | Sequence[str | Path], pairs_table: str | Path | None = None,
                   exclude: Iterable[Path] = ()) -> list[Pair]:
    """The pairs of a stack, sorted by first date, baseline and name.

    Args:
        inputs: A folder (scanned recursively for rasters whose names tell dates), or a list
            of interferogram files and folders; empty when ``pairs_table`` lists every pair.
        pairs_table: Optional CSV telling dates (and coherence) where names do not.
        exclude: Folders not to scan (e.g. the output folder inside the input folder).

    Raises:
        InputDataError: no interferogram, a file missing, or a name that tells no dates and is
            not in the table.
    """
    rows = read_pairs_table(Path(pairs_table)) if pairs_table else []
    table = _from_table(rows)
    listed = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    files, scanned = [], set()  # a folder's rasters count only when their names tell dates
    for entry in (Path(p) for p in listed if str(p)):
        if entry.is_dir():
            found = list_rasters(entry, exclude)
            files += found
            scanned |= {path.resolve() for path in found}
        else:
            files.append(entry)
    missing = [str(p) for p in files if not p.is_file()]
    if missing:
        raise InputDataError(translate(
            "IsslideCore", "These interferograms do not exist: {files}. Check the paths (or "
            "give the folder holding them).").format(files=", ".join(missing)))
    items: dict[Path, tuple[Path, Path | None, dt.date, dt.date, str]] = {}
    unnamed = []
    named = {path.resolve(): parse_pair_name(path) for path in files}
    coherences = {n.coherence_path.resolve() for n in named.values() if n and n.coherence_path}
    coherences |= {row.coherence_path.resolve() for row in rows if row.coherence_path}
    for path in files:
        key = path.resolve()
        if key in table or key in coherences:
            continue
        info = named[key]
        if info is not None and key in scanned and _skipped(info, scanned):
            continue  # a displacement map, or a sibling the processor prefers is read instead
        if info is None:
            if key not in scanned:
                unnamed.append(path)
        else:
            items[key] = (path, info.coherence_path, info.date_first, info.date_second,
                          info.convention)
    if unnamed:
        raise InputDataError(translate(
            "IsslideCore", "The dates of {files} cannot be read from their names (recognised "
            "names: {examples}). Give a pairs table (CSV with columns interferogram, "
            "coherence, date_first, date_second).").format(
            files=", ".join(str(p) for p in unnamed), examples=convention_examples()))
    for key, row in table.items():
        items[key] = (row.phase_path, row.coherence_path, row.date_first, row.date_second, "table")
    if not items:
        raise InputDataError(translate(
            "IsslideCore", "No interferogram found in {inputs}: recognised names are {examples}; "
            "other names need a pairs table.").format(inputs=inputs, examples=convention_examples()))
    ordered = sorted(items.values(), key=lambda i: (i[2], i[3], str(i[0])))
    return _unique_names(ordered)
