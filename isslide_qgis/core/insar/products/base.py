"""What one InSAR processor writes: how to recognise its files, and its conventions.

An :class:`InsarProduct` is one entry of the registry (:data:`.PRODUCTS`); its ``match``
function reads a file name (and the folder around it) and returns a :class:`ProductMatch`
saying what the file holds, which dates, and where the coherence of the same pair lies.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Callable

#: ``sources(found, folder) -> (phase, coherence)``: rasters GDAL opens for a recognised product,
#: written (as VRTs) into ``folder()`` when its raw files need a header GDAL can read
Sources = Callable[["ProductMatch", Callable[[], Path]], "tuple[Path, Path | None]"]


class Content(str, Enum):
    """What a recognised raster holds."""

    WRAPPED = "wrapped"            #: wrapped phase in radians (or complex)
    UNWRAPPED = "unwrapped"        #: unwrapped phase in radians: re-wrapped on reading
    DISPLACEMENT = "displacement"  #: metres of displacement: never read as phase


@dataclass(frozen=True)
class InsarProduct:
    """One processor's conventions (an entry of the registry).

    Attributes:
        name: Registry key (``licsar``, ``hyp3``...), also the stack's ``convention``.
        label: Name shown to the analyst.
        example: An interferogram name of this processor (for messages).
        match: Recognises a file of this processor (``None``: not one of its files).
        coherence_scales: Data type of the coherence raster -> divisor that brings it to
            [0, 1] (recognition by content: LiCSAR's uint8 coherence is 0-255).
        zero_is_nodata: The processor writes 0 where there is no data, often undeclared.
        phase_sign: Sign ``s`` of ``phase = s * 4*pi*d_LOS/lambda`` with ``d_LOS > 0``
            towards the satellite (the simulator's ``phase_sign``): +1 means positive phase
            is motion TOWARDS the satellite, -1 AWAY (range increase).
        sign_source: Where the sign comes from (cited for the analyst and the kinematics).
        sign_certain: False where the sources disagree or the sign is inferred.
        sources: How GDAL opens the files of a match (``None``: as they are); ISCE2 reads the
            ``.vrt`` beside a raw file, GAMMA writes a VRT into a temporary folder.
        scan_suffixes: File suffixes a stack folder scan must list for this product, beyond
            the usual rasters (GAMMA's raw ``.diff``).
    """

    name: str
    label: str
    example: str
    match: Callable[[Path], "ProductMatch | None"]
    coherence_scales: dict[str, float] = field(default_factory=dict)
    zero_is_nodata: bool = True
    phase_sign: float = 1.0
    sign_source: str = ""
    sign_certain: bool = True
    sources: Sources | None = None
    scan_suffixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProductMatch:
    """What a file name tells, once a product recognised it.

    Attributes:
        product: The recognising registry entry.
        path: The raster.
        content: Wrapped phase, unwrapped phase or displacement.
        date_first, date_second: Acquisition dates (first < second), ``None`` when unknown.
        coherence_path: The coherence of the same pair beside it, ``None`` when absent.
        superseded_by: A sibling of the same pair the product prefers (the filtered
            wrapped phase over an unfiltered or unwrapped one); a stack reads that one.
        coherence_band: The band of ``coherence_path`` holding coherence (``None``: its only
            band; ISCE2's two-band ``topophase.cor`` holds it in band 2).
    """

    product: InsarProduct
    path: Path
    content: Content
    date_first: dt.date | None
    date_second: dt.date | None
    coherence_path: Path | None
    superseded_by: Path | None = None
    coherence_band: int | None = None

    @property
    def baseline_days(self) -> int | None:
        """Temporal baseline in days (``None`` without dates)."""
        if self.date_first is None or self.date_second is None:
            return None
        return (self.date_second - self.date_first).days


def ymd(token: str) -> dt.date | None:
    """``YYYYMMDD`` as a date (``None`` when not a date)."""
    try:
        return dt.datetime.strptime(token, "%Y%m%d").date()
    except ValueError:
        return None


def existing(*candidates: Path) -> Path | None:
    """The first candidate that is a file."""
    return next((path for path in candidates if path.is_file()), None)


def ordered(first: dt.date | None, second: dt.date | None
            ) -> tuple[dt.date, dt.date] | None:
    """Two distinct dates in order (``None`` when one is missing or both are equal)."""
    if first is None or second is None or first == second:
        return None
    return min(first, second), max(first, second)
