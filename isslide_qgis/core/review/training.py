"""Where a review's fine-tuning round trip writes, and with which dataset names.

A round trip exports the training annotations, cuts an ISSLIDE dataset from the session's
interferogram around them (``isslide:extractpatches``) and fine-tunes the session's model on
it (``isslide:finetunemodel``). Everything goes into one new folder beside the corrections
file, ``<corrections>_training/<time stamp>/``, removed again when the round trip fails.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..insar.isslide_layout import default_ifg_name, ifg_dates
from .schema import ReviewSession

#: temporal baseline used when the interferogram name carries no dates (Sentinel-1 6 days)
DEFAULT_DELAY_DAYS = 6
#: fewest negative patches drawn per round trip
MIN_NEGATIVES = 4


@dataclass(frozen=True)
class TrainingPlan:
    """Files and dataset names of one round trip."""

    folder: Path
    annotations: Path
    dataset: Path
    checkpoint: Path
    zone: str
    interferogram_name: str
    delay_days: int


def zone_name(corrections_path: str | Path) -> str:
    """A dataset zone name from the corrections file name (letters, digits, '-', '_')."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "_", Path(corrections_path).stem).strip("_")
    return name or "Review"


def plan_round_trip(corrections_path: str | Path, session: ReviewSession,
                    stamp: datetime | None = None) -> TrainingPlan:
    """The :class:`TrainingPlan` of a round trip started at ``stamp`` (default: now)."""
    corrections_path = Path(corrections_path)
    stamp = stamp or datetime.now()
    folder = (corrections_path.parent / f"{corrections_path.stem}_training"
              / stamp.strftime("%Y%m%d_%H%M%S"))
    ifg = session.interferogram_name or default_ifg_name(session.interferogram)
    dates = ifg_dates(ifg)
    delay = (dates[1] - dates[0]).days if len(dates) >= 2 and dates[1] > dates[0] else None
    model = Path(session.checkpoint).stem if session.checkpoint else session.model
    return TrainingPlan(folder=folder, annotations=folder / "annotations.gpkg",
                        dataset=folder / "dataset",
                        checkpoint=folder / f"{model}_finetuned_{stamp:%Y%m%d_%H%M%S}.pt",
                        zone=zone_name(corrections_path), interferogram_name=ifg,
                        delay_days=delay or DEFAULT_DELAY_DAYS)


def negative_count(annotations: int) -> int:
    """Negative patches to draw for ``annotations`` annotation polygons."""
    return max(MIN_NEGATIVES, annotations)
