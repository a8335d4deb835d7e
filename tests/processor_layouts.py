"""Simulated pairs rewritten in the exact layouts InSAR processors write (for tests).

Each function takes an ISSLIDE pair (``phase.tif`` + ``coherence.tif``, NaN nodata) and writes
it as the processor would: LiCSAR (``.geo.diff_pha.tif`` float32 + ``.geo.cc.tif`` uint8 0-255,
0 where no data, undeclared), HyP3 INSAR_GAMMA (one folder per pair, ``_wrapped_phase``,
``_unw_phase``, ``_corr``, ``_los_disp``), SNAP (``Phase_ifg_...`` + ``coh_...``, zeros
undeclared).
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import rasterio

#: step between the 2*pi offsets added to make an "unwrapped" phase (pixels)
UNWRAP_STEP = 16


def read_pair(phase_path: Path) -> tuple[np.ndarray, np.ndarray, dict]:
    """Phase, coherence (beside it) and the GeoTIFF profile of an ISSLIDE pair."""
    with rasterio.open(phase_path) as src:
        phase, profile = src.read(1), src.profile
    with rasterio.open(phase_path.with_name("coherence.tif")) as src:
        coherence = src.read(1)
    profile.pop("nodata", None)
    return phase, coherence, profile


def write(path: Path, array: np.ndarray, profile: dict, dtype: str = "float32",
          nodata: float | None = None) -> Path:
    """One band GeoTIFF (nodata declared only when given)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    options = {**profile, "dtype": dtype, "count": 1, "nodata": nodata}
    with rasterio.open(path, "w", **options) as dst:
        dst.write(array.astype(dtype), 1)
    return path


def fake_unwrapped(phase: np.ndarray) -> np.ndarray:
    """``phase`` plus 2*pi multiples growing across the columns (re-wrapping restores it)."""
    cols = np.arange(phase.shape[1])[None, :] // UNWRAP_STEP
    return (phase + 2 * math.pi * cols).astype(np.float32)


def _zero(array: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(array), array, 0).astype(np.float32)


def as_licsar(phase_path: Path, folder: Path, first: dt.date, second: dt.date) -> Path:
    """LiCSAR ``<d1>_<d2>/<d1>_<d2>.geo.diff_pha.tif`` + ``.geo.cc.tif`` (uint8 0-255)."""
    phase, coherence, profile = read_pair(phase_path)
    stem = f"{first:%Y%m%d}_{second:%Y%m%d}"
    out = folder / stem / f"{stem}.geo.diff_pha.tif"
    write(out, _zero(phase), profile)
    cc = np.where(np.isfinite(coherence), np.clip(np.round(coherence * 255), 1, 255), 0)
    write(out.with_name(f"{stem}.geo.cc.tif"), cc, profile, dtype="uint8")
    return out


def hyp3_name(first: dt.date, second: dt.date) -> str:
    """An INSAR_GAMMA product name for the pair."""
    return f"S1AA_{first:%Y%m%d}T054128_{second:%Y%m%d}T054129_VVP012_INT40_G_ueF_1A2B"


def as_hyp3(phase_path: Path, folder: Path, first: dt.date, second: dt.date) -> dict[str, Path]:
    """HyP3 INSAR_GAMMA pair folder: wrapped, unwrapped, coherence, LOS displacement."""
    phase, coherence, profile = read_pair(phase_path)
    name = hyp3_name(first, second)
    base = folder / name / name
    unwrapped = np.where(np.isfinite(phase), fake_unwrapped(phase), 0)
    return {
        "wrapped": write(Path(f"{base}_wrapped_phase.tif"), _zero(phase), profile),
        "unwrapped": write(Path(f"{base}_unw_phase.tif"), unwrapped, profile),
        "coherence": write(Path(f"{base}_corr.tif"), _zero(coherence), profile),
        "los_disp": write(Path(f"{base}_los_disp.tif"), -unwrapped * 0.0555 / (4 * math.pi), profile),
    }


def as_snap(phase_path: Path, folder: Path, first: dt.date, second: dt.date,
            hole: tuple[slice, slice] | None = None) -> Path:
    """SNAP ``Phase_ifg_IW2_VV_<d1>_<d2>.tif`` + ``coh_...``, 0 undeclared, optional 0 hole."""
    phase, coherence, profile = read_pair(phase_path)
    phase, coherence = _zero(phase), _zero(coherence)
    if hole is not None:
        phase[hole] = 0
        coherence[hole] = 0
    tail = f"_IW2_VV_{first:%d%b%Y}_{second:%d%b%Y}.tif"
    out = write(folder / f"Phase_ifg{tail}", phase, profile)
    write(folder / f"coh{tail}", coherence, profile)
    return out
