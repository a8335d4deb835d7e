"""Reading pair dates from interferogram file names, through the product registry.

A stack folder holds interferograms exported by SNAP, LiCSAR, HyP3, PyRate, ISCE2, GAMMA or
the ISSLIDE chain; their names tell the two acquisition dates (and so the temporal baseline) and where the
coherence of the same pair lies. Each processor is an entry of
:data:`isslide_qgis.core.insar.products.PRODUCTS` (recognition, conventions, sign); the first
that recognises a file wins. A name none recognises needs a pairs table (:mod:`.pairs_table`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..insar.products import PRODUCTS, Content, InsarProduct, examples, recognise, scan_suffixes

#: raster file suffixes scanned in a stack folder (GAMMA adds its raw ``.diff``; ISCE2's raw
#: files are scanned through the ``.vrt`` beside each)
RASTER_SUFFIXES: tuple[str, ...] = (".tif", ".tiff", ".vrt", ".img") + scan_suffixes()

#: the processors whose names tell dates (the registry itself)
CONVENTIONS: dict[str, InsarProduct] = PRODUCTS


@dataclass(frozen=True)
class NamedPair:
    """What a file name tells about an interferogram.

    ``superseded_by`` is a sibling of the same pair the processor prefers (a stack reads that
    one); ``is_phase`` is False for rasters that are not phase (HyP3's ``_los_disp``).
    """

    date_first: dt.date
    date_second: dt.date
    coherence_path: Path | None
    convention: str
    superseded_by: Path | None = None
    is_phase: bool = True


def parse_pair_name(path: str | Path) -> NamedPair | None:
    """What the first product that recognises ``path`` tells (``None``: no product does)."""
    found = recognise(path)
    if found is None or found.date_first is None or found.date_second is None:
        return None
    return NamedPair(found.date_first, found.date_second, found.coherence_path,
                     found.product.name, found.superseded_by,
                     found.content is not Content.DISPLACEMENT)


def convention_examples() -> str:
    """The recognised names, one example per product (for messages)."""
    return examples()
