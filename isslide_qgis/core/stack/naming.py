"""Reading pair dates from interferogram file names: one parser per processing chain.

A stack folder holds interferograms exported by SNAP, LiCSAR or the ISSLIDE chain; their names
tell the two acquisition dates (and so the temporal baseline) and where the coherence of the
same pair lies. Each convention is a :class:`NameConvention` in :data:`CONVENTIONS`, tried in
order; the first that recognises a file wins. A name none recognises needs a pairs table
(:mod:`.pairs_table`). Conventions:

``licsar``
    ``20200101_20200113.geo.diff_pha.tif`` (also ``.geo.diff_unfiltered_pha.tif``), coherence
    ``20200101_20200113.geo.cc.tif`` beside it (LiCSAR/COMET products).
``snap``
    band-named exports ``Phase_ifg_IW2_VV_01Jan2020_13Jan2020.tif``, coherence
    ``coh_IW2_VV_01Jan2020_13Jan2020.tif`` beside it (SNAP's ddMMMyyyy dates).
``isslide``
    ``<YYYYMMDD>_<YYYYMMDD>/phase.tif`` with ``coherence.tif`` beside it (the simulator's and
    the ISSLIDE chain's folders), or ``<YYYYMMDD>_<YYYYMMDD>[_phase].tif`` with
    ``<YYYYMMDD>_<YYYYMMDD>_coherence.tif`` (or ``_coh``) beside it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

#: raster file suffixes scanned in a stack folder
RASTER_SUFFIXES: tuple[str, ...] = (".tif", ".tiff", ".vrt", ".img")
_MONTHS = {name: index for index, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}


@dataclass(frozen=True)
class NamedPair:
    """What a file name tells about an interferogram."""

    date_first: dt.date
    date_second: dt.date
    coherence_path: Path | None
    convention: str


def _ymd(token: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(token, "%Y%m%d").date()
    except ValueError:
        return None


def _dmy(token: str) -> dt.date | None:
    match = re.fullmatch(r"(\d{2})([A-Za-z]{3})(\d{4})", token)
    if not match or match.group(2).lower() not in _MONTHS:
        return None
    try:
        return dt.date(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    except ValueError:
        return None


def _existing(*candidates: Path) -> Path | None:
    return next((path for path in candidates if path.is_file()), None)


def _pair(first: dt.date | None, second: dt.date | None, coherence: Path | None,
          convention: str) -> NamedPair | None:
    if first is None or second is None or first == second:
        return None
    return NamedPair(min(first, second), max(first, second), coherence, convention)


_LICSAR = re.compile(r"^(\d{8})_(\d{8})\.geo\.diff(?:_unfiltered)?_pha\.tiff?$", re.IGNORECASE)


def parse_licsar(path: Path) -> NamedPair | None:
    """LiCSAR: ``<d1>_<d2>.geo.diff_pha.tif`` + ``<d1>_<d2>.geo.cc.tif``."""
    match = _LICSAR.match(path.name)
    if not match:
        return None
    stem = f"{match.group(1)}_{match.group(2)}"
    coherence = _existing(path.with_name(f"{stem}.geo.cc.tif"), path.with_name(f"{stem}.geo.cc.tiff"))
    return _pair(_ymd(match.group(1)), _ymd(match.group(2)), coherence, "licsar")


_SNAP = re.compile(r"^(?:phase_ifg|phase)(?P<middle>_.*?)?_(?P<d1>\d{2}[A-Za-z]{3}\d{4})_"
                   r"(?P<d2>\d{2}[A-Za-z]{3}\d{4})(?P<rest>[^.]*)\.(?P<ext>[^.]+)$", re.IGNORECASE)


def parse_snap(path: Path) -> NamedPair | None:
    """SNAP band exports: ``Phase_ifg_<sw>_<pol>_<ddMMMyyyy>_<ddMMMyyyy>.tif`` + ``coh_...``."""
    match = _SNAP.match(path.name)
    if not match:
        return None
    tail = f"{match.group('middle') or ''}_{match.group('d1')}_{match.group('d2')}{match.group('rest')}"
    coherence = _existing(*(path.with_name(f"{prefix}{tail}.{match.group('ext')}")
                            for prefix in ("coh", "Coh", "coherence")))
    return _pair(_dmy(match.group("d1")), _dmy(match.group("d2")), coherence, "snap")


_ISSLIDE_PAIR = re.compile(r"^(\d{8})_(\d{8})$")
_ISSLIDE_FILE = re.compile(r"^(\d{8})_(\d{8})(?:[_.-]phase)?$", re.IGNORECASE)


def parse_isslide(path: Path) -> NamedPair | None:
    """ISSLIDE: ``<d1>_<d2>/phase.tif`` (+ ``coherence.tif``) or ``<d1>_<d2>[_phase].tif``."""
    if path.suffix.lower() not in RASTER_SUFFIXES:
        return None
    if path.stem.lower() == "phase":
        match = _ISSLIDE_PAIR.match(path.parent.name)
        coherence = _existing(path.with_name(f"coherence{path.suffix}"),
                              path.with_name(f"coh{path.suffix}"))
    else:
        match = _ISSLIDE_FILE.match(path.stem)
        coherence = None
        if match:
            stem = f"{match.group(1)}_{match.group(2)}"
            coherence = _existing(*(path.with_name(f"{stem}{tag}{path.suffix}")
                                    for tag in ("_coherence", "_coh", ".coherence", ".coh")))
    if not match:
        return None
    return _pair(_ymd(match.group(1)), _ymd(match.group(2)), coherence, "isslide")


@dataclass(frozen=True)
class NameConvention:
    """One processing chain's naming: its parser and a short description for messages."""

    name: str
    parse: Callable[[Path], NamedPair | None]
    example: str


#: the conventions, tried in this order (the most specific first)
CONVENTIONS: dict[str, NameConvention] = {
    convention.name: convention for convention in (
        NameConvention("licsar", parse_licsar, "20200101_20200113.geo.diff_pha.tif"),
        NameConvention("snap", parse_snap, "Phase_ifg_IW2_VV_01Jan2020_13Jan2020.tif"),
        NameConvention("isslide", parse_isslide, "20200101_20200113/phase.tif"),
    )
}


def parse_pair_name(path: str | Path) -> NamedPair | None:
    """What the first convention that recognises ``path`` tells (``None``: no convention does)."""
    path = Path(path)
    for convention in CONVENTIONS.values():
        named = convention.parse(path)
        if named is not None:
            return named
    return None


def convention_examples() -> str:
    """The recognised names, one example per convention (for messages)."""
    return "; ".join(f"{c.name}: {c.example}" for c in CONVENTIONS.values())
