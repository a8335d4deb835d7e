"""The pairs table: a CSV telling each interferogram's dates when its name does not.

Columns (header required, comma or semicolon separated, UTF-8)::

    interferogram,coherence,date_first,date_second
    ifg_a.tif,coh_a.tif,2020-01-01,2020-01-13

``interferogram`` is required; ``coherence`` may be empty; dates are ``YYYY-MM-DD`` or
``YYYYMMDD``; a ``baseline_days`` column may replace ``date_second``. Relative paths are taken
from the table's folder.
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputDataError
from ..messages import translate

REQUIRED_COLUMNS = ("interferogram", "date_first")


@dataclass(frozen=True)
class TableRow:
    """One pair of the table (paths resolved against the table's folder)."""

    phase_path: Path
    coherence_path: Path | None
    date_first: dt.date
    date_second: dt.date


def _date(text: str, table: Path, line: int, column: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise InputDataError(translate(
        "IsslideCore", "Pairs table '{table}', line {line}: '{value}' in column {column} is not "
        "a date; write YYYY-MM-DD or YYYYMMDD.").format(table=table, line=line, value=text,
                                                       column=column))


def _existing(text: str, table: Path, line: int) -> Path:
    path = Path(text.strip())
    path = path if path.is_absolute() else table.parent / path
    if not path.is_file():
        raise InputDataError(translate(
            "IsslideCore", "Pairs table '{table}', line {line}: the file '{path}' does not "
            "exist. Paths are absolute or relative to the table's folder.").format(
            table=table, line=line, path=path))
    return path


def _second_date(row: dict[str, str], first: dt.date, table: Path, line: int) -> dt.date:
    if (row.get("date_second") or "").strip():
        second = _date(row["date_second"], table, line, "date_second")
    elif (row.get("baseline_days") or "").strip().isdigit():
        second = first + dt.timedelta(days=int(row["baseline_days"]))
    else:
        raise InputDataError(translate(
            "IsslideCore", "Pairs table '{table}', line {line}: give date_second (or "
            "baseline_days).").format(table=table, line=line))
    if second <= first:
        raise InputDataError(translate(
            "IsslideCore", "Pairs table '{table}', line {line}: date_second must come after "
            "date_first.").format(table=table, line=line))
    return second


def read_pairs_table(table: Path) -> list[TableRow]:
    """Read and check a pairs table.

    Raises:
        InputDataError: unreadable file, missing column, bad date, or missing raster; the
            message names the table and line.
    """
    try:
        text = Path(table).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputDataError(translate(
            "IsslideCore", "Cannot read the pairs table '{table}': {error}.").format(
            table=table, error=exc)) from exc
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InputDataError(translate(
            "IsslideCore", "The pairs table '{table}' has no column {columns}; its first line "
            "must name the columns interferogram, coherence, date_first, date_second.").format(
            table=table, columns=", ".join(missing)))
    rows = []
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "") for k, v in raw.items()}
        if not row.get("interferogram", "").strip():
            continue
        first = _date(row["date_first"], table, line, "date_first")
        coherence = row.get("coherence", "").strip()
        rows.append(TableRow(_existing(row["interferogram"], table, line),
                             _existing(coherence, table, line) if coherence else None,
                             first, _second_date(row, first, table, line)))
    return rows
