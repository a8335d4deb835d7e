"""The registry of InSAR products: what each processor writes and how to read it.

One entry per processor (:data:`PRODUCTS`, tried in order, the most specific first);
:func:`recognise` tells which product a file is. Detection, the stack discovery, the dock and
the command line all go through it, and the reader applies the conventions of the entry.

| product | interferogram | coherence | conventions | phase sign |
|---|---|---|---|---|
| licsar | ``<d1>_<d2>.geo.diff_pha.tif`` (unfiltered, unw accepted) | ``.geo.cc.tif`` uint8 /255 | 0 nodata | -1 |
| hyp3 | ``<S1 name>_wrapped_phase.tif`` (``_unw_phase`` re-wrapped) | ``_corr.tif`` | 0 nodata; no ``_los_disp`` | -1 (README) |
| pyrate | ``<p>_<d1>-<d2>_..._unw.tif`` (re-wrapped) | ``..._cc.tif`` | unwrapped | -1 (inferred) |
| snap | ``Phase_ifg_<sw>_<pol>_<ddMMMyyyy>_<ddMMMyyyy>.tif`` | ``coh_...`` | 0 nodata | -1 (uncertain) |
| isslide | ``<d1>_<d2>/phase.tif`` | ``coherence.tif`` | | +1 |
"""
from __future__ import annotations

from pathlib import Path

from ...errors import InputDataError
from ...messages import translate
from .base import Content, InsarProduct, ProductMatch
from .hyp3 import HYP3
from .isslide import ISSLIDE
from .licsar import LICSAR
from .pyrate import PYRATE
from .snap import SNAP

__all__ = ["Content", "InsarProduct", "PRODUCTS", "ProductMatch", "check_is_phase",
           "coherence_for", "describe", "recognise"]

#: the registry, tried in this order
PRODUCTS: dict[str, InsarProduct] = {p.name: p for p in (LICSAR, HYP3, PYRATE, SNAP, ISSLIDE)}


def recognise(path: str | Path) -> ProductMatch | None:
    """What the first product that recognises ``path`` tells (``None``: none does)."""
    path = Path(path)
    for product in PRODUCTS.values():
        found = product.match(path)
        if found is not None:
            return found
    return None


def coherence_for(phase_path: str | Path, coherence_path: str | Path | None
                  ) -> tuple[Path | None, list[str]]:
    """The coherence to read with ``phase_path``, and a note when it was found by itself.

    A given ``coherence_path`` is kept; without one, the recognised product's coherence
    beside the interferogram (LiCSAR ``.geo.cc.tif``, HyP3 ``_corr.tif``...) is used.
    """
    if coherence_path is not None:
        return Path(coherence_path), []
    found = recognise(phase_path)
    if found is None or found.coherence_path is None:
        return None, []
    return found.coherence_path, [translate(
        "IsslideCore", "coherence found beside the interferogram: '{path}'").format(
        path=found.coherence_path)]


def examples() -> str:
    """One interferogram name per product (for messages)."""
    return "; ".join(f"{p.name}: {p.example}" for p in PRODUCTS.values())


def check_is_phase(found: ProductMatch) -> None:
    """Raise when a recognised raster is not phase (e.g. HyP3's ``_los_disp``)."""
    if found.content is Content.DISPLACEMENT:
        raise InputDataError(translate(
            "IsslideCore",
            "'{path}' is a {product} line-of-sight displacement in metres, not an interferogram. "
            "Select the wrapped phase of the same pair (the file ending in _wrapped_phase.tif)."
        ).format(path=found.path, product=found.product.label))


def describe(found: ProductMatch) -> str:
    """A note for the log: which product and which conventions are applied."""
    product = found.product
    parts = [translate("IsslideCore", "{product} product recognised from the name '{name}'").format(
        product=product.label, name=found.path.name)]
    if found.date_first is not None:
        parts.append(translate("IsslideCore", "dates {first} - {second} ({days} days)").format(
            first=found.date_first.isoformat(), second=found.date_second.isoformat(),
            days=found.baseline_days))
    if product.zero_is_nodata:
        parts.append(translate("IsslideCore", "0 read as nodata"))
    sign = (translate("IsslideCore", "positive phase means motion towards the satellite")
            if product.phase_sign > 0 else
            translate("IsslideCore", "positive phase means motion away from the satellite"))
    parts.append(sign + ("" if product.sign_certain else translate("IsslideCore", " (uncertain)")))
    return "; ".join(parts)
