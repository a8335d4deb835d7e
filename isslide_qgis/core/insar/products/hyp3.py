"""ASF HyP3 INSAR_GAMMA and INSAR_ISCE_BURST products: one folder per pair.

INSAR_GAMMA: ``S1AA_20200701T054128_20200713T054129_VVP012_INT40_G_ueF_1A2B/`` holding
``<name>_wrapped_phase.tif``, ``_unw_phase.tif``, ``_corr.tif``, ``_los_disp.tif``... (UTM
GeoTIFFs, 0 as nodata). INSAR_ISCE_BURST names carry the burst and plain dates, e.g.
``S1_136231_IW2_20200604_20200616_VV_INT80_E8A7`` (the burst naming is taken from ASF's
product guide as remembered: uncertain in its details, so the pattern is lenient).

Sign (checked): the product's own README template (hyp3-gamma,
``hyp3_gamma/insar/etc/README_InSAR_GAMMA.txt``) says of ``_unw_phase.tif`` "Positive values
indicate movement away from the sensor" and of ``_los_disp.tif`` "Positive values indicate
movement towards the sensor"; the v5.4.1 release notes add that the two conventions are
opposite. The wrapped phase is the same interferogram before unwrapping. So positive phase is
motion AWAY from the satellite: phase_sign -1. ``_los_disp`` is metres, never phase.
"""
from __future__ import annotations

import re
from pathlib import Path

from .base import Content, InsarProduct, ProductMatch, existing, ordered, ymd

_KINDS = {"wrapped_phase": Content.WRAPPED, "unw_phase": Content.UNWRAPPED,
          "los_disp": Content.DISPLACEMENT}
_GAMMA = re.compile(r"^(?P<base>S1[A-Z_]{2}_(?P<d1>\d{8})T\d{6}_(?P<d2>\d{8})T\d{6}_.+?)_"
                    r"(?P<kind>wrapped_phase|unw_phase|los_disp)\.tiff?$", re.IGNORECASE)
_BURST = re.compile(r"^(?P<base>S1_.+?_(?P<d1>\d{8})_(?P<d2>\d{8})_[A-Z]{2}_INT\d+_[0-9A-F]{4})_"
                    r"(?P<kind>wrapped_phase|unw_phase|los_disp)\.tiff?$", re.IGNORECASE)


def match_hyp3(path: Path) -> ProductMatch | None:
    """Recognise a HyP3 wrapped phase, unwrapped phase or LOS displacement raster."""
    found = _GAMMA.match(path.name) or _BURST.match(path.name)
    if not found:
        return None
    dates = ordered(ymd(found.group("d1")), ymd(found.group("d2")))
    if dates is None:
        return None
    base, kind = found.group("base"), found.group("kind").lower()
    coherence = existing(path.with_name(f"{base}_corr{path.suffix}"))
    better = None
    if kind != "wrapped_phase":
        better = existing(path.with_name(f"{base}_wrapped_phase{path.suffix}"))
    return ProductMatch(HYP3, path, _KINDS[kind], *dates, coherence, better)


HYP3 = InsarProduct(
    "hyp3", "ASF HyP3 (INSAR_GAMMA, INSAR_ISCE_BURST)",
    "S1AA_20200701T054128_20200713T054129_VVP012_INT40_G_ueF_1A2B_wrapped_phase.tif",
    match_hyp3, coherence_scales={}, zero_is_nodata=True, phase_sign=-1.0,
    sign_source="hyp3-gamma README_InSAR_GAMMA.txt (unw_phase > 0 away from the sensor, "
                "los_disp > 0 towards it) and v5.4.1 release notes",
    sign_certain=True)
