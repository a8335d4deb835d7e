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
| isce2 | ``merged/interferograms/<d1>_<d2>/filt_fine.int`` (``.vrt``), topsApp ``merged/filt_topophase.flat`` | ``filt_fine.cor``, ``phsig.cor``, ``topophase.cor`` band 2 | 0 nodata; raw read through ISCE2's ``.vrt`` | -1 (inferred) |
| gamma | ``<d1>_<d2>.adf.diff`` / ``.diff`` fcomplex big-endian | ``.adf.cc`` / ``.cc`` float | 0 nodata; size from ``.off``/``.diff_par``/DEM_par; VRT in a temporary folder | -1 (inferred) |
| isslide | ``<d1>_<d2>/phase.tif`` | ``coherence.tif`` | | +1 |

:func:`recognise_input` also takes a pair folder; :func:`gdal_sources` gives the rasters GDAL
opens for a match (ISCE2's ``.vrt``, GAMMA's VRT headers written into a temporary folder).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ...errors import InputDataError
from ...messages import translate
from .base import Content, InsarProduct, ProductMatch
from .gamma import GAMMA
from .hyp3 import HYP3
from .isce2 import ISCE2
from .isslide import ISSLIDE
from .licsar import LICSAR
from .pyrate import PYRATE
from .snap import SNAP

__all__ = ["Content", "InsarProduct", "PRODUCTS", "ProductMatch", "check_is_phase",
           "coherence_for", "describe", "gdal_sources", "recognise", "recognise_input",
           "scan_suffixes"]

#: the registry, tried in this order
PRODUCTS: dict[str, InsarProduct] = {p.name: p for p in (LICSAR, HYP3, PYRATE, SNAP, ISCE2, GAMMA,
                                                           ISSLIDE)}


def recognise(path: str | Path) -> ProductMatch | None:
    """What the first product that recognises ``path`` tells (``None``: none does)."""
    path = Path(path)
    for product in PRODUCTS.values():
        found = product.match(path)
        if found is not None:
            return found
    return None


def scan_suffixes() -> tuple[str, ...]:
    """File suffixes, beyond the usual rasters, that some product's interferograms carry."""
    return tuple(sorted({s for p in PRODUCTS.values() for s in p.scan_suffixes}))


def _folder_matches(folder: Path) -> list[ProductMatch]:
    """The interferograms a pair folder holds (ISCE2 topsApp: also its ``merged`` folder)."""
    for place in (folder, folder / "merged"):
        if not place.is_dir():
            continue
        found = [m for m in map(recognise, sorted(p for p in place.iterdir() if p.is_file()))
                 if m is not None and m.content is not Content.DISPLACEMENT]
        coherences = {m.coherence_path.resolve() for m in found if m.coherence_path}
        best = [m for m in found if m.superseded_by is None and m.path.resolve() not in coherences]
        if best:
            return best
    return []


def recognise_input(path: str | Path) -> ProductMatch:
    """The product an analyst gave: a file, or a pair folder holding one interferogram.

    Raises:
        InputDataError: nothing recognised, or a folder holding several interferograms.
    """
    path = Path(path)
    if not path.exists():
        raise InputDataError(translate(
            "IsslideCore", "'{path}' does not exist. Check the path (was it moved or renamed?)."
        ).format(path=path))
    matches = _folder_matches(path) if path.is_dir() else [m for m in [recognise(path)] if m]
    if len(matches) == 1:
        check_is_phase(matches[0])
        return matches[0]
    if matches:
        raise InputDataError(translate(
            "IsslideCore", "The folder '{path}' holds {count} interferograms ({names}). Give one "
            "of the files, or process the whole folder with the stack algorithm "
            "(isslide:processstack).").format(
            path=path, count=len(matches), names=", ".join(m.path.name for m in matches)))
    raise InputDataError(translate(
        "IsslideCore", "'{path}' is not a product this plugin recognises. Recognised "
        "interferograms: {examples}. For another GeoTIFF, use it directly as the INTERFEROGRAM "
        "of detection.").format(path=path, examples=examples()))


def gdal_sources(found: ProductMatch, folder: Callable[[], Path]) -> tuple[Path, Path | None]:
    """The phase and coherence rasters GDAL opens for ``found``.

    ``folder()`` gives a folder for headers the product needs written (GAMMA's VRTs); it is
    called only then. Products whose files GDAL reads as they are return their own paths.
    """
    if found.product.sources is None:
        return found.path, found.coherence_path
    return found.product.sources(found, folder)


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
