"""ISCE2 products: topsApp's ``merged/`` folder and topsStack's ``merged/interferograms/<d1>_<d2>/``.

ISCE2 writes raw binaries with an ``.xml`` and a ``.vrt`` beside each; GDAL reads the ``.vrt``
(or the raw file through its ISCE driver, which reads the ``.xml``). This module never parses
the XML: it only names files.

- topsStack: ``filt_fine.int`` (complex64 filtered interferogram; ``fine.int`` unfiltered),
  coherence ``filt_fine.cor`` (one float band) or ``fine.cor``; dates from the pair folder
  ``<YYYYMMDD>_<YYYYMMDD>``. Radar geometry (no CRS) unless geocoded.
- topsApp: ``merged/filt_topophase.flat`` (complex64; ``topophase.flat`` unfiltered), coherence
  ``phsig.cor`` (one float band) or ``topophase.cor`` (two bands, magnitude then coherence);
  geocoded copies end in ``.geo`` and are preferred. topsApp names carry no dates: they are read
  only when the run folder above ``merged`` is named ``<YYYYMMDD>_<YYYYMMDD>``.

Sign (uncertain, inferred): MintPy converts ISCE2 unwrapped phase to range change with
``-wavelength / (4 pi)`` and reports positive displacement towards the satellite (MintPy
``ut.range2phase`` / ``phase2range`` docs), so positive ISCE2 phase is motion AWAY from the
satellite: phase_sign -1.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from .base import Content, InsarProduct, ProductMatch, existing, ordered, ymd

_PAIR = re.compile(r"^(\d{8})_(\d{8})$")
#: interferogram name -> (names a stack prefers to it, coherence names best first, coherence band)
_STACK = {
    "filt_fine.int": ((), ("filt_fine.cor", "fine.cor"), None),
    "fine.int": (("filt_fine.int",), ("filt_fine.cor", "fine.cor"), None),
}
_APP = {
    "filt_topophase.flat.geo": (),
    "filt_topophase.flat": ("filt_topophase.flat.geo",),
    "topophase.flat.geo": ("filt_topophase.flat.geo",),
    "topophase.flat": ("filt_topophase.flat.geo", "filt_topophase.flat", "topophase.flat.geo"),
}
_APP_COHERENCE = (("phsig.cor", None), ("topophase.cor", 2))


def _readable(folder: Path, name: str) -> Path | None:
    """The ``.vrt`` of a raw ISCE2 file, else the raw file itself (GDAL's ISCE driver)."""
    return existing(folder / f"{name}.vrt", folder / name)


def _raw_name(path: Path) -> str:
    name = path.name
    return name[:-4] if name.lower().endswith(".vrt") else name


def _pair_dates(folder_name: str) -> tuple | None:
    found = _PAIR.match(folder_name)
    return ordered(ymd(found.group(1)), ymd(found.group(2))) if found else None


def match_isce2(path: Path) -> ProductMatch | None:
    """Recognise an ISCE2 interferogram (raw file or its ``.vrt``)."""
    name, folder = _raw_name(path), path.parent
    if name in _STACK:
        preferred, coherences, band = _STACK[name]
        coherence = next(filter(None, (_readable(folder, c) for c in coherences)), None)
        dates = _pair_dates(folder.name) or (None, None)
    elif name in _APP:
        preferred = _APP[name]
        geo = ".geo" if name.endswith(".geo") else ""
        coherence, band = next(((_readable(folder, f"{c}{geo}"), b) for c, b in _APP_COHERENCE
                                if _readable(folder, f"{c}{geo}") is not None), (None, None))
        dates = _pair_dates(folder.parent.name) if folder.name == "merged" else None
        dates = dates or (None, None)
    else:
        return None
    better = next(filter(None, (_readable(folder, p) for p in preferred)), None)
    if better is None and path.name == name:  # a raw file: its .vrt is read instead
        better = existing(folder / f"{name}.vrt")
    return ProductMatch(ISCE2, path, Content.WRAPPED, *dates, coherence, better, band)


def isce2_sources(found: ProductMatch, folder: Callable[[], Path]) -> tuple[Path, Path | None]:
    """GDAL reads the ``.vrt`` ISCE2 writes beside each raw file (no folder of ours needed)."""
    phase = found.path
    if not phase.name.lower().endswith(".vrt"):
        phase = existing(phase.with_name(f"{phase.name}.vrt")) or phase
    return phase, found.coherence_path


ISCE2 = InsarProduct(
    "isce2", "ISCE2 (topsApp, topsStack)", "merged/interferograms/20200101_20200113/filt_fine.int",
    match_isce2, coherence_scales={}, zero_is_nodata=True, phase_sign=-1.0,
    sign_source="MintPy phase2range = -wavelength/(4 pi) for ISCE2 products, displacement "
                "positive towards the satellite: inferred",
    sign_certain=False, sources=isce2_sources)
