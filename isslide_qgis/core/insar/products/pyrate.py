"""PyRate-converted GeoTIFFs: ``<prefix>_<YYYYMMDD>-<YYYYMMDD>_<...>_unw.tif``.

PyRate's ``conv2tif`` writes GAMMA/ROI_PAC interferograms as GeoTIFFs with hyphenated dates,
e.g. ``cropA_20180106-20180130_VV_8rlks_eqa_unw.tif`` (unwrapped phase, radians) and the
coherence ``cropA_20180106-20180130_VV_8rlks_flat_eqa_cc.tif`` beside it.

Sign (uncertain, inferred): PyRate converts phase to millimetres with ``+lambda/(4 pi)``
(pyrate/core/shared.py) and by default REVERSES the sign of its outputs
(``signal_polarity: -1`` in input_parameters.conf) so that they read positive towards the
satellite; positive input phase is therefore motion AWAY from the satellite: phase_sign -1.
"""
from __future__ import annotations

import re
from pathlib import Path

from .base import Content, InsarProduct, ProductMatch, ordered, ymd

_NAME = re.compile(r"^(?P<prefix>(?:.*_)?)(?P<d1>\d{8})-(?P<d2>\d{8})_(?P<rest>.*?)_?unw\.tiff?$",
                   re.IGNORECASE)


def match_pyrate(path: Path) -> ProductMatch | None:
    """Recognise a PyRate unwrapped interferogram GeoTIFF (hyphenated dates)."""
    found = _NAME.match(path.name)
    if not found:
        return None
    dates = ordered(ymd(found.group("d1")), ymd(found.group("d2")))
    if dates is None:
        return None
    head = f"{found.group('prefix')}{found.group('d1')}-{found.group('d2')}_"
    coherence = None
    if path.parent.is_dir():
        candidates = sorted(p for p in path.parent.iterdir() if p.name.startswith(head)
                            and p.name.lower().endswith(("_cc.tif", "_cc.tiff")))
        coherence = candidates[0] if candidates else None
    return ProductMatch(PYRATE, path, Content.UNWRAPPED, *dates, coherence)


PYRATE = InsarProduct(
    "pyrate", "PyRate GeoTIFF", "cropA_20180106-20180130_VV_8rlks_eqa_unw.tif", match_pyrate,
    coherence_scales={}, zero_is_nodata=True, phase_sign=-1.0,
    sign_source="PyRate signal_polarity default -1 (input_parameters.conf), phase to mm with "
                "+lambda/(4 pi) (pyrate/core/shared.py): inferred",
    sign_certain=False)
