"""The folder layout of an ISSLIDE patch dataset, as the authors' loaders expect it.

Positive patches (around annotated moving areas)::

    <root>/<delay>/<zone>/<ifg>/phase/<zone>_<k:03d>.tif
    <root>/<delay>/<zone>/<ifg>/coherence/<zone>_<k:03d>.tif
    <root>/<delay>/<zone>/Segmentations/<ifg>/<zone>_<k:03d>.tif      (uint8 mask)

Negative patches ("no movement"; the authors keep them in a separate root, "root0", which
here is the ``negatives`` folder of the same root)::

    <root>/negatives/<delay>/<ifg>/phase/<zone>_neg_<k:03d>.tif
    <root>/negatives/<delay>/<ifg>/coherence/<zone>_neg_<k:03d>.tif

``<delay>`` is the temporal baseline in days (6, 12, 18...), ``<ifg>`` the interferogram name
(its first YYYYMMDD is its date, e.g. ``20200701_20200707``), ``k`` counts from 0.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.messages import translate

PHASE_DIR = "phase"
COHERENCE_DIR = "coherence"
MASKS_DIR = "Segmentations"
NEGATIVES_DIR = "negatives"
NEGATIVE_TAG = "_neg_"
_RESERVED = {PHASE_DIR, COHERENCE_DIR, MASKS_DIR, NEGATIVES_DIR}
_DATE = re.compile(r"(?<!\d)(\d{8})(?!\d)")


def ifg_dates(ifg: str) -> list[dt.date]:
    """Valid YYYYMMDD dates found in an interferogram name, in order of appearance."""
    dates = []
    for token in _DATE.findall(ifg):
        try:
            dates.append(dt.datetime.strptime(token, "%Y%m%d").date())
        except ValueError:
            continue
    return dates


@dataclass
class PatchRecord:
    """One patch of an ISSLIDE dataset (its files and where it comes from).

    Attributes:
        delay: Temporal baseline in days.
        zone: Study zone (e.g. "Queyras").
        ifg: Interferogram name.
        name: Patch name (file stem), the same at every date for a positive patch.
        phase_path: Wrapped-phase patch (float32 radians, NaN nodata).
        coherence_path: Coherence patch, ``None`` when the dataset has none.
        mask_path: Annotation mask (uint8), ``None`` for negatives.
        positive: True for a patch around annotations, False for a "no movement" patch.
    """

    delay: int
    zone: str
    ifg: str
    name: str
    phase_path: Path
    coherence_path: Path | None
    mask_path: Path | None
    positive: bool

    @property
    def date(self) -> dt.date | None:
        """First YYYYMMDD date in the interferogram name (``None`` if there is none)."""
        dates = ifg_dates(self.ifg)
        return dates[0] if dates else None

    @property
    def second_date(self) -> dt.date | None:
        """Second YYYYMMDD date in the interferogram name (``None`` if there is none)."""
        dates = ifg_dates(self.ifg)
        return dates[1] if len(dates) > 1 else None


def _folder_kind(what: str) -> str:
    """``what`` ("zone", "interferogram") in the analyst's language, for messages."""
    labels = {
        "zone": translate("IsslideCore", "zone"),
        "interferogram": translate("IsslideCore", "interferogram"),
    }
    return labels.get(what, what)


def check_folder_name(value: str, what: str) -> str:
    """Return ``value`` if it can name a dataset folder; raise InputDataError otherwise."""
    if not value or value.strip() != value or re.search(r"[\\/:*?\"<>|]", value) or value in {".", ".."}:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The {what} name {value} cannot be used as a folder name of the ISSLIDE dataset: "
                "use letters, digits, '-' or '_' (e.g. 'Queyras', '20200701_20200707')."
            ).format(what=_folder_kind(what), value=repr(value))
        )
    if value in _RESERVED or NEGATIVE_TAG in value:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The {what} name {value} is reserved by the ISSLIDE layout ({reserved}, "
                "'{tag}'): choose another name."
            ).format(what=_folder_kind(what), value=repr(value),
                     reserved=", ".join(sorted(_RESERVED)), tag=NEGATIVE_TAG)
        )
    return value


def positive_name(zone: str, index: int) -> str:
    """File stem of the ``index``-th positive patch of ``zone``."""
    return f"{zone}_{index:03d}"


def negative_name(zone: str, index: int) -> str:
    """File stem of the ``index``-th negative patch of ``zone``."""
    return f"{zone}{NEGATIVE_TAG}{index:03d}"


def zone_of_negative(stem: str) -> str:
    """The zone encoded in a negative patch name ("" when the name carries none)."""
    return stem.rsplit(NEGATIVE_TAG, 1)[0] if NEGATIVE_TAG in stem else ""


def positive_record(root: Path, delay: int, zone: str, ifg: str, name: str, coherence: bool) -> PatchRecord:
    """The record (file paths) of a positive patch."""
    folder = Path(root) / str(delay) / zone
    return PatchRecord(
        delay, zone, ifg, name,
        folder / ifg / PHASE_DIR / f"{name}.tif",
        folder / ifg / COHERENCE_DIR / f"{name}.tif" if coherence else None,
        folder / MASKS_DIR / ifg / f"{name}.tif",
        True,
    )


def negative_record(root: Path, delay: int, zone: str, ifg: str, name: str, coherence: bool) -> PatchRecord:
    """The record (file paths) of a negative patch."""
    folder = Path(root) / NEGATIVES_DIR / str(delay) / ifg
    return PatchRecord(
        delay, zone, ifg, name,
        folder / PHASE_DIR / f"{name}.tif",
        folder / COHERENCE_DIR / f"{name}.tif" if coherence else None,
        None,
        False,
    )


def default_ifg_name(phase_path: str | Path) -> str:
    """Name an interferogram after its file when the analyst gives no name.

    The file stem is used when it can name a dataset folder; files called after the layout's
    own folders (``phase.tif``, ``coherence.tif``) take their parent folder's name instead
    (``.../20200701_20200707/phase.tif`` -> ``20200701_20200707``), else ``ifg_<stem>``.
    """
    path = Path(phase_path)
    for candidate in (path.stem, path.parent.name, f"ifg_{path.stem}"):
        try:
            return check_folder_name(candidate, "interferogram")
        except InputDataError:
            continue
    return "ifg"
