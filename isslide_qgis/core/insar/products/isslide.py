"""The ISSLIDE chain and the simulator: ``<YYYYMMDD>_<YYYYMMDD>/phase.tif`` + ``coherence.tif``.

Also ``<YYYYMMDD>_<YYYYMMDD>[_phase].tif`` with ``<YYYYMMDD>_<YYYYMMDD>_coherence.tif`` (or
``_coh``) beside it. Wrapped phase in radians, coherence float in [0, 1].

Sign: the simulator's convention (core/insar/simulation/constants.py):
``phase = phase_sign * 4*pi*d_LOS/lambda`` with ``d_LOS > 0`` towards the satellite and
``phase_sign = +1`` by default (a scene's own sign is in its metadata when it differs).
"""
from __future__ import annotations

import re
from pathlib import Path

from .base import Content, InsarProduct, ProductMatch, existing, ordered, ymd

#: raster file suffixes an ISSLIDE pair may use
SUFFIXES: tuple[str, ...] = (".tif", ".tiff", ".vrt", ".img")
_PAIR = re.compile(r"^(\d{8})_(\d{8})$")
_FILE = re.compile(r"^(\d{8})_(\d{8})(?:[_.-]phase)?$", re.IGNORECASE)


def match_isslide(path: Path) -> ProductMatch | None:
    """Recognise an ISSLIDE pair folder's ``phase.tif`` or a ``<d1>_<d2>[_phase].tif``."""
    if path.suffix.lower() not in SUFFIXES:
        return None
    if path.stem.lower() == "phase":
        found = _PAIR.match(path.parent.name)
        coherence = existing(path.with_name(f"coherence{path.suffix}"),
                             path.with_name(f"coh{path.suffix}"))
    else:
        found = _FILE.match(path.stem)
        coherence = None
        if found:
            stem = f"{found.group(1)}_{found.group(2)}"
            coherence = existing(*(path.with_name(f"{stem}{tag}{path.suffix}")
                                   for tag in ("_coherence", "_coh", ".coherence", ".coh")))
    if not found:
        return None
    dates = ordered(ymd(found.group(1)), ymd(found.group(2)))
    if dates is None:
        return None
    return ProductMatch(ISSLIDE, path, Content.WRAPPED, *dates, coherence)


ISSLIDE = InsarProduct(
    "isslide", "ISSLIDE", "20200101_20200113/phase.tif", match_isslide,
    coherence_scales={}, zero_is_nodata=True, phase_sign=1.0,
    sign_source="simulator phase_sign (core/insar/simulation/constants.py), default +1",
    sign_certain=True)
