"""ISSLIDE patch datasets: write, list, load and split them (layout in :mod:`.isslide_layout`)."""
from __future__ import annotations

import datetime as dt
import math
import warnings
from pathlib import Path

import numpy as np
import rasterio
from rasterio.errors import NotGeoreferencedWarning

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.insar.isslide_layout import (
    COHERENCE_DIR,
    MASKS_DIR,
    NEGATIVES_DIR,
    PHASE_DIR,
    PatchRecord,
    ifg_dates,
    zone_of_negative,
)
from isslide_qgis.core.insar.isslide_writer import write_isslide_patches
from isslide_qgis.core.messages import translate

__all__ = [
    "PatchRecord",
    "load_patch",
    "read_isslide_dataset",
    "split_by_zone_and_date",
    "write_isslide_patches",
]

def _layout() -> str:
    """The expected folder layout, for error messages."""
    return translate(
        "IsslideCore",
        "expected <root>/<delay>/<zone>/<ifg>/phase/<zone>_000.tif with coherence/ beside phase/ "
        "and masks in <root>/<delay>/<zone>/Segmentations/<ifg>/, negatives in "
        "<root>/negatives/<delay>/<ifg>/phase/ (delay = baseline in days, e.g. 6)"
    )


def _subfolders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def _optional(path: Path) -> Path | None:
    return path if path.is_file() else None


def _positive_records(delay: int, zone_dir: Path) -> list[PatchRecord]:
    records = []
    for ifg_dir in _subfolders(zone_dir):
        if ifg_dir.name == MASKS_DIR:
            continue
        if not (ifg_dir / PHASE_DIR).is_dir():
            raise InputDataError(
                translate(
                    "IsslideCore",
                    "The interferogram folder '{folder}' has no '{phase}' folder, so this is "
                    "not an ISSLIDE dataset: {layout}."
                ).format(folder=ifg_dir, phase=PHASE_DIR, layout=_layout())
            )
        for phase_path in sorted((ifg_dir / PHASE_DIR).glob("*.tif")):
            mask_path = zone_dir / MASKS_DIR / ifg_dir.name / phase_path.name
            if not mask_path.is_file():
                raise InputDataError(
                    translate(
                        "IsslideCore",
                        "The patch '{patch}' has no annotation mask: expected '{mask}'. "
                        "Restore the Segmentations folder or remove the patch."
                    ).format(patch=phase_path, mask=mask_path)
                )
            records.append(PatchRecord(
                delay, zone_dir.name, ifg_dir.name, phase_path.stem, phase_path,
                _optional(ifg_dir / COHERENCE_DIR / phase_path.name), mask_path, True,
            ))
    return records


def _negative_records(negatives_dir: Path) -> list[PatchRecord]:
    records = []
    for delay_dir in _subfolders(negatives_dir):
        if not delay_dir.name.isdigit():
            continue
        for ifg_dir in _subfolders(delay_dir):
            for phase_path in sorted((ifg_dir / PHASE_DIR).glob("*.tif")):
                records.append(PatchRecord(
                    int(delay_dir.name), zone_of_negative(phase_path.stem), ifg_dir.name,
                    phase_path.stem, phase_path,
                    _optional(ifg_dir / COHERENCE_DIR / phase_path.name), None, False,
                ))
    return records


def read_isslide_dataset(root: str | Path) -> list[PatchRecord]:
    """List the patches of an ISSLIDE dataset.

    Folders whose name is not a number of days (nor ``negatives``) are ignored at the top
    level; inside a delay folder every zone/interferogram folder must follow the layout.

    Returns:
        Records sorted by delay, zone, interferogram and name (positives, then negatives).

    Raises:
        InputDataError: ``root`` is missing, breaks the layout, or holds no patch.
    """
    root = Path(root)
    if not root.is_dir():
        raise InputDataError(
            translate(
                "IsslideCore", "The ISSLIDE dataset folder '{root}' does not exist or is not a folder."
            ).format(root=root)
        )
    records: list[PatchRecord] = []
    for delay_dir in _subfolders(root):
        if delay_dir.name.isdigit():
            for zone_dir in _subfolders(delay_dir):
                records += _positive_records(int(delay_dir.name), zone_dir)
    if (root / NEGATIVES_DIR).is_dir():
        records += _negative_records(root / NEGATIVES_DIR)
    if not records:
        raise InputDataError(
            translate(
                "IsslideCore",
                "'{root}' is not an ISSLIDE dataset: no patch found; {layout}. If you selected a "
                "delay or zone folder, select the dataset root above it."
            ).format(root=root, layout=_layout())
        )
    return records


def _read_band(path: Path) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(path) as ds:
            values = ds.read(1).astype(np.float32)
            if ds.nodata is not None:
                values[np.isnan(values) if np.isnan(ds.nodata) else values == ds.nodata] = np.nan
    return values


def load_patch(record: PatchRecord) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """Read a patch: phase (float32 rad, NaN invalid), coherence (or ``None``) and mask
    (uint8 0/1; all zero for a negative patch)."""
    phase = _read_band(record.phase_path)
    coherence = _read_band(record.coherence_path) if record.coherence_path is not None else None
    if record.mask_path is None:
        mask = np.zeros(phase.shape, dtype=np.uint8)
    else:
        mask = (np.nan_to_num(_read_band(record.mask_path)) > 0).astype(np.uint8)
    for other in (coherence, mask):
        if other is not None and other.shape != phase.shape:
            raise InputDataError(
                translate(
                    "IsslideCore",
                    "The files of patch '{name}' ({path}) differ in size: "
                    "phase {phase_shape}, other {other_shape}. Regenerate the patch."
                ).format(name=record.name, path=record.phase_path, phase_shape=phase.shape,
                         other_shape=other.shape)
            )
    return phase, coherence, mask


def _chronological(ifg: str) -> tuple[dt.date, dt.date, str]:
    dates = ifg_dates(ifg) + [dt.date.max, dt.date.max]
    return dates[0], dates[1], ifg


def split_by_zone_and_date(
    records: list[PatchRecord], test_zone: str, test_fraction: float = 0.2
) -> tuple[list[PatchRecord], list[PatchRecord]]:
    """Train/test split of the ISSLIDE papers.

    For each (delay, zone), interferograms are sorted chronologically (first date, second
    date, name; undated names last) and cut at ``floor((1 - test_fraction) * n)``. Test =
    ``test_zone``'s interferograms after the cut; train = the other zones' interferograms
    before it. The rest (``test_zone``'s early dates, other zones' late dates) is left out, so
    no date of the test period is seen in training. Negatives follow the same rule through
    their zone (from their name) and interferogram; negatives without a zone in their name
    count as a zone of their own ("") and so only ever go to training.

    Returns:
        ``(train, test)``.
    """
    if not 0.0 < test_fraction < 1.0:
        raise ValueError(
            translate(
                "IsslideCore", "test_fraction must be between 0 and 1 (exclusive), got {value}."
            ).format(value=test_fraction)
        )
    zones = sorted({r.zone for r in records})
    if test_zone not in zones:
        raise InputDataError(
            translate(
                "IsslideCore", "Test zone {zone} is not in the dataset; its zones are: {zones}."
            ).format(zone=repr(test_zone), zones=", ".join(zones))
        )
    ifgs: dict[tuple[int, str], list[str]] = {}
    for record in records:
        ifgs.setdefault((record.delay, record.zone), []).append(record.ifg)
    rank = {}
    for key, names in ifgs.items():
        ordered = sorted(set(names), key=_chronological)
        cut = math.floor((1.0 - test_fraction) * len(ordered) + 1e-9)
        rank.update({(key, name): index >= cut for index, name in enumerate(ordered)})
    late = [rank[((r.delay, r.zone), r.ifg)] for r in records]
    train = [r for r, is_late in zip(records, late) if r.zone != test_zone and not is_late]
    test = [r for r, is_late in zip(records, late) if r.zone == test_zone and is_late]
    return train, test
