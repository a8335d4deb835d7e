"""GAMMA raw products: ``<pair>.diff`` (fcomplex) and ``<pair>.cc`` (float), big-endian.

GAMMA writes headerless binaries; their width is in the parameter files beside them
(:mod:`.gamma_par`): a DEM_par whose ``width`` x ``nlines`` fits the file's size makes the
product geocoded (EQA: EPSG:4326; UTM), else the ``.off`` / ``.diff_par`` give the radar
geometry size (no CRS). The filtered ``<pair>.adf.diff`` (with ``.adf.cc``) is preferred to
``<pair>.diff``. Dates come from the pair name (``<d1>_<d2>``) or the ``title`` of the
``.off`` / ``.diff_par``. To be read, the binaries get VRT headers (:mod:`..raw_vrt`) written
into a folder of the caller's (temporary), never beside the data. 0 is GAMMA's "no data".

Sign (uncertain, inferred): GAMMA forms ``SLC1 * conj(SLC2)`` interferograms, and MintPy
converts GAMMA unwrapped phase to range change with ``-wavelength / (4 pi)`` (displacement
positive towards the satellite), as for HyP3's GAMMA products: phase_sign -1.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from ...errors import InputDataError
from ...messages import translate
from ..raw_vrt import RawRaster, write_vrt
from .base import Content, InsarProduct, ProductMatch, existing, ordered, ymd
from .gamma_par import RADAR_SIZES, GammaGrid, dem_pars, map_grid, radar_grid, read_par

_DATES = re.compile(r"(\d{8})[_-](\d{8})")
#: interferogram suffix -> (suffixes a stack prefers to it, coherence suffixes best first)
_KINDS = {".adf.diff": ((), (".adf.cc", ".cc")), ".diff": ((".adf.diff",), (".cc", ".adf.cc"))}


def _split(path: Path) -> tuple[str, str] | None:
    """``(pair stem, kind suffix)`` of a GAMMA interferogram name, ``None`` for other files."""
    name = path.name
    for kind in _KINDS:
        if name.lower().endswith(kind) and len(name) > len(kind):
            stem = name[: -len(kind)]
            if "." not in stem:
                return stem, kind
    return None


def _par_files(folder: Path, stem: str) -> list[Path]:
    return [folder / f"{stem}{suffix}" for suffix, _, _ in RADAR_SIZES
            if (folder / f"{stem}{suffix}").is_file()]


def _dates(stem: str, pars: list[Path]) -> tuple:
    texts = [stem] + [read_par(par).get("title", "") for par in pars]
    for text in texts:
        found = _DATES.search(text)
        dates = ordered(ymd(found.group(1)), ymd(found.group(2))) if found else None
        if dates is not None:
            return dates
    return None, None


def match_gamma(path: Path) -> ProductMatch | None:
    """Recognise a GAMMA differential interferogram (``.diff`` or ``.adf.diff``)."""
    split = _split(path)
    if split is None:
        return None
    stem, kind = split
    preferred, coherences = _KINDS[kind]
    folder = path.parent
    coherence = existing(*(folder / f"{stem}{suffix}" for suffix in coherences))
    better = existing(*(folder / f"{stem}{suffix}" for suffix in preferred))
    return ProductMatch(GAMMA, path, Content.WRAPPED, *_dates(stem, _par_files(folder, stem)),
                        coherence, better)


def gamma_grid(path: Path, pixel_bytes: int) -> GammaGrid:
    """The grid of a GAMMA binary: a fitting DEM_par (geocoded) or the ``.off``/``.diff_par``.

    Raises:
        InputDataError: no parameter file gives a size that fits the file.
    """
    size = path.stat().st_size
    stem = path.name.split(".")[0]
    candidates = [map_grid(par) for par in dem_pars(path.parent)]
    candidates += [radar_grid(par) for par in _par_files(path.parent, stem)]
    for grid in filter(None, candidates):
        if grid.width * grid.height * pixel_bytes == size:
            return grid
    tried = ", ".join(str(g.source) for g in filter(None, candidates)) or translate(
        "IsslideCore", "none found")
    raise InputDataError(translate(
        "IsslideCore",
        "The size of the GAMMA file '{path}' ({size} bytes) is not known: GAMMA writes it in the "
        "parameter files beside the binary ({stem}.off: interferogram_width; {stem}.diff_par: "
        "range_samp_1; a DEM_par such as EQA.dem_par for geocoded files), and none fits "
        "(parameter files read: {tried}). Copy the .off or .diff_par of this pair (or the "
        "DEM_par of the geocoding) beside it.").format(
        path=path, size=size, stem=stem, tried=tried))


def _vrt(path: Path, dtype: str, pixel_bytes: int, folder: Path) -> Path:
    grid = gamma_grid(path, pixel_bytes)
    raster = RawRaster(path, grid.width, grid.height, dtype, big_endian=True, crs=grid.crs,
                       transform=grid.transform, nodata=0.0)
    return write_vrt(raster, folder / f"{path.name}.vrt")


def gamma_sources(found: ProductMatch, folder: Callable[[], Path]) -> tuple[Path, Path | None]:
    """VRT headers of the interferogram and its coherence, written into ``folder()``."""
    place = folder()
    phase = _vrt(found.path, "CFloat32", 8, place)
    coherence = found.coherence_path
    return phase, None if coherence is None else _vrt(coherence, "Float32", 4, place)


GAMMA = InsarProduct(
    "gamma", "GAMMA (raw .diff / .cc)", "20200101_20200113.adf.diff", match_gamma,
    coherence_scales={}, zero_is_nodata=True, phase_sign=-1.0,
    sign_source="MintPy phase2range = -wavelength/(4 pi) for GAMMA products (as HyP3 "
                "INSAR_GAMMA): inferred",
    sign_certain=False, sources=gamma_sources, scan_suffixes=(".diff",))
