"""LiCSAR / COMET products: ``<d1>_<d2>/<d1>_<d2>.geo.diff_pha.tif`` and siblings.

- ``.geo.diff_pha.tif``: filtered wrapped phase, float32 radians, 0 as nodata (preferred);
  ``.geo.diff_unfiltered_pha.tif``: unfiltered (accepted); ``.geo.unw.tif``: unwrapped.
- ``.geo.cc.tif``: coherence **uint8 scaled 0-255** (LiCSBAS divides it by 255).
- Sign: LiCSBAS converts unwrapped phase to LOS millimetres with
  ``coef_r2m = -wavelength/4/pi*1000`` ("positive is -LOS") and its author states that
  positive displacement is towards the satellite (github.com/yumorishita/LiCSBAS issues #26,
  #294, #433). So positive LiCSAR phase is motion AWAY from the satellite: phase_sign -1.
"""
from __future__ import annotations

import re
from pathlib import Path

from .base import Content, InsarProduct, ProductMatch, existing, ordered, ymd

_NAME = re.compile(r"^(\d{8})_(\d{8})\.geo\.(diff_pha|diff_unfiltered_pha|unw)\.tiff?$",
                   re.IGNORECASE)
#: file kind -> the siblings a stack prefers to it, best first
_PREFERRED = {"diff_pha": (), "diff_unfiltered_pha": ("diff_pha",),
              "unw": ("diff_pha", "diff_unfiltered_pha")}


def match_licsar(path: Path) -> ProductMatch | None:
    """Recognise a LiCSAR interferogram (wrapped, unfiltered or unwrapped)."""
    found = _NAME.match(path.name)
    if not found:
        return None
    dates = ordered(ymd(found.group(1)), ymd(found.group(2)))
    if dates is None:
        return None
    stem, kind = f"{found.group(1)}_{found.group(2)}", found.group(3).lower()
    coherence = existing(path.with_name(f"{stem}.geo.cc.tif"), path.with_name(f"{stem}.geo.cc.tiff"))
    better = existing(*(path.with_name(f"{stem}.geo.{k}{path.suffix}") for k in _PREFERRED[kind]))
    content = Content.UNWRAPPED if kind == "unw" else Content.WRAPPED
    return ProductMatch(LICSAR, path, content, *dates, coherence, better)


LICSAR = InsarProduct(
    "licsar", "LiCSAR/COMET", "20200101_20200113.geo.diff_pha.tif", match_licsar,
    coherence_scales={"uint8": 255.0}, zero_is_nodata=True, phase_sign=-1.0,
    sign_source="LiCSBAS coef_r2m = -lambda/(4 pi) (github.com/yumorishita/LiCSBAS #26, #294)",
    sign_certain=True)
