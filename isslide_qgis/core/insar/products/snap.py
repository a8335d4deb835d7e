"""ESA SNAP band exports: ``Phase_ifg_IW2_VV_01Jul2020_07Jul2020.tif`` + ``coh_...``.

GeoTIFF exports hold 0 outside the swath in phase and coherence, often without a nodata tag.

Sign (uncertain): SNAP's Phase to Displacement gives ``d = unw * lambda / (-4 pi)`` with
positive ``d`` uplift / towards the sensor (forum.step.esa.int "Phase to Displacement
Units?", "Positive and negative signes in displacement map"); a forum thread reports that the
sign flipped between SNAP 6 and 7 ("Bug: InSAR deformation changed from SNAP 6 to 7?").
Positive phase is thus motion AWAY from the satellite: phase_sign -1, for SNAP >= 7.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .base import Content, InsarProduct, ProductMatch, existing, ordered

_MONTHS = {name: index for index, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_NAME = re.compile(r"^(?P<unw>unw_)?(?:phase_ifg|phase)(?P<middle>_.*?)?_(?P<d1>\d{2}[A-Za-z]{3}\d{4})_"
                   r"(?P<d2>\d{2}[A-Za-z]{3}\d{4})(?P<rest>[^.]*)\.(?P<ext>[^.]+)$", re.IGNORECASE)


def dmy(token: str) -> dt.date | None:
    """SNAP's ``ddMMMyyyy`` (``01Jul2020``) as a date."""
    found = re.fullmatch(r"(\d{2})([A-Za-z]{3})(\d{4})", token)
    if not found or found.group(2).lower() not in _MONTHS:
        return None
    try:
        return dt.date(int(found.group(3)), _MONTHS[found.group(2).lower()], int(found.group(1)))
    except ValueError:
        return None


def match_snap(path: Path) -> ProductMatch | None:
    """Recognise a SNAP ``Phase_ifg`` (or ``Unw_Phase_ifg``) band export."""
    found = _NAME.match(path.name)
    if not found:
        return None
    dates = ordered(dmy(found.group("d1")), dmy(found.group("d2")))
    if dates is None:
        return None
    tail = f"{found.group('middle') or ''}_{found.group('d1')}_{found.group('d2')}{found.group('rest')}"
    ext = found.group("ext")
    coherence = existing(*(path.with_name(f"{prefix}{tail}.{ext}")
                           for prefix in ("coh", "Coh", "coherence")))
    unwrapped = bool(found.group("unw"))
    better = existing(path.with_name(f"Phase_ifg{tail}.{ext}")) if unwrapped else None
    return ProductMatch(SNAP, path, Content.UNWRAPPED if unwrapped else Content.WRAPPED,
                        *dates, coherence, better)


SNAP = InsarProduct(
    "snap", "ESA SNAP", "Phase_ifg_IW2_VV_01Jan2020_13Jan2020.tif", match_snap,
    coherence_scales={}, zero_is_nodata=True, phase_sign=-1.0,
    sign_source="SNAP Phase to Displacement d = unw*lambda/(-4 pi) (forum.step.esa.int); "
                "reported to differ between SNAP 6 and 7",
    sign_certain=False)
