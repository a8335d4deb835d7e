"""Writers of awkward and bad inputs for the input battery (tests/qgis/test_input_battery.py).

Each writer makes real files under a folder, as an archive would hold them (processor layouts
from tests/processor_layouts.py, ENVI headers, VRTs, truncated files...), and returns what the
case needs. Rasters are small: the whole battery runs in well under a minute.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
from affine import Affine

from tests.unit.insar.insar_synthetic import (
    UTM, UTM_TRANSFORM, synthetic_coherence, synthetic_phase, write_tif)

D1, D2 = dt.date(2021, 7, 3), dt.date(2021, 7, 15)
PAIR = f"{D1:%Y%m%d}_{D2:%Y%m%d}"
#: the ENVI ``map info`` of :data:`UTM_TRANSFORM` (UTM 32N, 15 m pixels)
MAP_INFO = "{UTM, 1, 1, 320000.0, 4960000.0, 15.0, 15.0, 32, North, WGS-84, units=Meters}"


def isslide_pair(folder: Path, height: int = 40, width: int = 50,
                 transform: Affine = UTM_TRANSFORM) -> Path:
    """An ISSLIDE pair ``<folder>/<d1>_<d2>/phase.tif`` + ``coherence.tif`` (NaN nodata)."""
    pair = folder / PAIR
    pair.mkdir(parents=True, exist_ok=True)
    write_tif(pair / "coherence.tif", synthetic_coherence(height, width), transform=transform,
              nodata=np.nan)
    return write_tif(pair / "phase.tif", synthetic_phase(height, width), transform=transform,
                     nodata=np.nan)


def named_pair(folder: Path, phase: np.ndarray, coherence: np.ndarray | None = None,
               transform: Affine = UTM_TRANSFORM, crs: str | None = UTM) -> Path:
    """``<d1>_<d2>_phase.tif`` (+ ``_coherence.tif``), no nodata declared."""
    folder.mkdir(parents=True, exist_ok=True)
    if coherence is not None:
        write_tif(folder / f"{PAIR}_coherence.tif", coherence, crs=crs, transform=transform)
    return write_tif(folder / f"{PAIR}_phase.tif", phase, crs=crs, transform=transform)


def nan_islands(folder: Path) -> tuple[Path, np.ndarray]:
    """A pair whose phase has NaN islands; returns the phase file and the islands' mask."""
    phase, coherence = synthetic_phase(), synthetic_coherence()
    islands = np.zeros(phase.shape, bool)
    islands[5:9, 5:12] = islands[20:23, 30:45] = islands[33, 2] = True
    phase[islands] = np.nan
    return named_pair(folder, phase, coherence), islands


def envi(path: Path, array: np.ndarray, big_endian: bool) -> Path:
    """A float32 ENVI ``.img`` with its ``.hdr`` (``byte order`` 1: big-endian), georeferenced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    array.astype(">f4" if big_endian else "<f4").tofile(path)
    path.with_suffix(".hdr").write_text(
        "ENVI\ndescription = {isslide test}\n"
        f"samples = {array.shape[1]}\nlines = {array.shape[0]}\nbands = 1\nheader offset = 0\n"
        "file type = ENVI Standard\ndata type = 4\ninterleave = bsq\n"
        f"byte order = {int(big_endian)}\nmap info = {MAP_INFO}\n")
    return path


def rotated_transform(degrees: float = 30.0) -> Affine:
    """UTM 15 m pixels rotated by ``degrees`` (a non-north-up grid)."""
    return Affine.translation(320000.0, 4960000.0) * Affine.rotation(degrees) * Affine.scale(15.0, -15.0)


def rgb_image(path: Path) -> Path:
    """A 3-band 8-bit picture of an interferogram (a screenshot, a quick-look)."""
    phase = synthetic_phase()
    colours = np.stack([(np.cos(phase + k) + 1) * 127 for k in (0, 2, 4)]).astype(np.uint8)
    return write_tif(path, colours)


def vrt_without_data(path: Path) -> Path:
    """An ISSLIDE-named ``.vrt`` whose raw data file is missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<VRTDataset rasterXSize="50" rasterYSize="40">\n'
        '  <VRTRasterBand dataType="Float32" band="1" subClass="VRTRawRasterBand">\n'
        f'    <SourceFilename relativeToVRT="1">{path.stem}.bin</SourceFilename>\n'
        "    <ImageOffset>0</ImageOffset><PixelOffset>4</PixelOffset><LineOffset>200</LineOffset>\n"
        "  </VRTRasterBand>\n</VRTDataset>\n")
    return path


def truncated_geotiff(folder: Path) -> Path:
    """An ISSLIDE-named uncompressed GeoTIFF cut to 60 % of its size (interrupted copy)."""
    phase = named_pair(folder, synthetic_phase(120, 150), synthetic_coherence(120, 150))
    data = phase.read_bytes()
    phase.write_bytes(data[: int(len(data) * 0.6)])
    return phase


def percent_coherence(folder: Path) -> tuple[Path, Path]:
    """A phase and a coherence in percent (0-100), names no product recognises."""
    folder.mkdir(parents=True, exist_ok=True)
    return (write_tif(folder / "ifg.tif", synthetic_phase()),
            write_tif(folder / "cor_percent.tif", synthetic_coherence() * 100))


def phase_in_degrees(folder: Path) -> tuple[Path, Path]:
    """A phase written in degrees, with its coherence."""
    folder.mkdir(parents=True, exist_ok=True)
    return (write_tif(folder / "ifg_deg.tif", np.degrees(synthetic_phase()).astype(np.float32)),
            write_tif(folder / "cor.tif", synthetic_coherence()))


def undeclared_zero_region(folder: Path) -> tuple[Path, np.ndarray]:
    """A phase-only SNAP export (no coherence, no nodata tag) with a zero region larger than a
    tile and isolated zeros inside the data; returns the file and the region's mask."""
    phase = synthetic_phase(150, 160)
    region = np.zeros(phase.shape, bool)
    region[:70, :] = True  # 11,200 px of zeros outside the swath
    phase[region] = 0
    phase[100, 100] = phase[120, 40] = 0  # isolated zeros are phase
    path = folder / f"Phase_ifg_IW1_VV_{D1:%d%b%Y}_{D2:%d%b%Y}.tif"
    folder.mkdir(parents=True, exist_ok=True)
    return write_tif(path, phase), region


def wrapped_equal(read: np.ndarray, expected: np.ndarray, sign: float = 1.0,
                  tolerance: float = 1e-5) -> bool:
    """Same validity, and the same wrapped phase (up to ``sign``) where valid."""
    valid = np.isfinite(expected)
    if not np.array_equal(np.isfinite(read), valid):
        return False
    difference = np.angle(np.exp(1j * (read[valid] - sign * expected[valid])))
    return float(np.max(np.abs(difference), initial=0.0)) < tolerance


def pi_close(value: float) -> bool:
    """``value`` is within [-pi, pi] (with float32 slack)."""
    return abs(value) <= math.pi + 1e-6
