"""Simulated pairs rewritten in the exact layouts InSAR processors write (for tests).

Each function takes an ISSLIDE pair (``phase.tif`` + ``coherence.tif``, NaN nodata) and writes
it as the processor would: LiCSAR (``.geo.diff_pha.tif`` float32 + ``.geo.cc.tif`` uint8 0-255,
0 where no data, undeclared), HyP3 INSAR_GAMMA (one folder per pair, ``_wrapped_phase``,
``_unw_phase``, ``_corr``, ``_los_disp``), SNAP (``Phase_ifg_...`` + ``coh_...``, zeros
undeclared), ISCE2 topsStack and topsApp (raw little-endian binaries with the ``.xml`` and
``.vrt`` ISCE2 writes beside each) and GAMMA (raw big-endian ``.diff`` / ``.cc`` with the
``.off``, ``.diff_par`` and DEM_par text files it writes).
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


# --- raw binaries: ISCE2 and GAMMA -------------------------------------------------------------

def _complex(phase: np.ndarray, coherence: np.ndarray) -> np.ndarray:
    """A complex interferogram of ``phase`` (magnitude from the coherence), 0 where no data."""
    valid = np.isfinite(phase) & np.isfinite(coherence)
    values = (0.2 + coherence) * np.exp(1j * np.where(valid, phase, 0))
    return np.where(valid, values, 0).astype(np.complex64)


def _isce_image(path: Path, array: np.ndarray, bands: int = 1,
                georef: tuple[str, tuple] | None = None) -> Path:
    """``path`` (raw little-endian, BIL when ``bands`` > 1) with ISCE2's ``.xml`` and ``.vrt``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    length, width = array.shape[-2:]
    layers = array.reshape(bands, length, width)
    dtype = "CFloat32" if np.iscomplexobj(array) else "Float32"
    pixel = 8 if dtype == "CFloat32" else 4
    # BIL: one line of band 1, then the same line of band 2...
    np.ascontiguousarray(layers.transpose(1, 0, 2)).astype(array.dtype.newbyteorder("<")).tofile(path)
    isce_type = {"CFloat32": "CFLOAT", "Float32": "FLOAT"}[dtype]
    path.with_name(path.name + ".xml").write_text(
        f'<imageFile>\n    <property name="width"><value>{width}</value></property>\n'
        f'    <property name="length"><value>{length}</value></property>\n'
        f'    <property name="number_bands"><value>{bands}</value></property>\n'
        f'    <property name="data_type"><value>{isce_type}</value></property>\n'
        f'    <property name="scheme"><value>BIL</value></property>\n'
        f'    <property name="byte_order"><value>l</value></property>\n'
        f'    <property name="file_name"><value>{path}</value></property>\n</imageFile>\n')
    lines = [f'<VRTDataset rasterXSize="{width}" rasterYSize="{length}">']
    if georef is not None:
        lines += [f"    <SRS>{georef[0]}</SRS>",
                  "    <GeoTransform>" + ", ".join(repr(float(v)) for v in georef[1])
                  + "</GeoTransform>"]
    for band in range(bands):
        lines += [f'    <VRTRasterBand band="{band + 1}" dataType="{dtype}" subClass="VRTRawRasterBand">',
                  f'        <SourceFilename relativeToVRT="1">{path.name}</SourceFilename>',
                  "        <ByteOrder>LSB</ByteOrder>",
                  f"        <ImageOffset>{band * width * pixel}</ImageOffset>",
                  f"        <PixelOffset>{pixel}</PixelOffset>",
                  f"        <LineOffset>{bands * width * pixel}</LineOffset>",
                  "    </VRTRasterBand>"]
    lines.append("</VRTDataset>")
    path.with_name(path.name + ".vrt").write_text("\n".join(lines) + "\n")
    return path


def as_isce2_topsstack(phase_path: Path, root: Path, first: dt.date, second: dt.date) -> Path:
    """topsStack ``merged/interferograms/<d1>_<d2>/``: ``filt_fine.int``, ``fine.int``,
    ``filt_fine.cor``, ``fine.cor`` (radar geometry: no map grid). Returns ``filt_fine.int``."""
    phase, coherence, _ = read_pair(phase_path)
    pair = root / "merged" / "interferograms" / f"{first:%Y%m%d}_{second:%Y%m%d}"
    ifg = _complex(phase, coherence)
    _isce_image(pair / "fine.int", ifg)
    _isce_image(pair / "fine.cor", _zero(coherence))
    _isce_image(pair / "filt_fine.cor", _zero(coherence))
    return _isce_image(pair / "filt_fine.int", ifg)


def as_isce2_topsapp(phase_path: Path, run: Path) -> Path:
    """topsApp ``<run>/merged/``: ``filt_topophase.flat``, ``phsig.cor``, ``topophase.cor`` (two
    bands: magnitude, coherence), and the geocoded ``.geo`` copies (SRS and geotransform in the
    ``.vrt``). Returns the geocoded ``filt_topophase.flat.geo``."""
    phase, coherence, profile = read_pair(phase_path)
    merged = run / "merged"
    ifg = _complex(phase, coherence)
    two_bands = np.stack([np.abs(ifg), _zero(coherence)])
    georef = (profile["crs"].to_wkt(), profile["transform"].to_gdal())
    for geo, grid in (("", None), (".geo", georef)):
        _isce_image(merged / f"topophase.cor{geo}", two_bands, bands=2, georef=grid)
        _isce_image(merged / f"phsig.cor{geo}", _zero(coherence), georef=grid)
        _isce_image(merged / f"topophase.flat{geo}", ifg, georef=grid)
        _isce_image(merged / f"filt_topophase.flat{geo}", ifg, georef=grid)
    return merged / "filt_topophase.flat.geo"


def _gamma_par(path: Path, header: str, values: dict[str, object]) -> Path:
    """A GAMMA parameter file: a header line, then ``key:   value`` lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{key + ':':<36}{value}\n" for key, value in values.items())
    path.write_text(f"{header}\n\n{body}\n")
    return path


def gamma_dem_par(path: Path, profile: dict) -> Path:
    """A DEM_par of the GeoTIFF grid ``profile`` (EQA for EPSG:4326, else WGS 84 UTM)."""
    transform, crs = profile["transform"], profile["crs"]
    values: dict[str, object] = {"title": "", "DEM_projection": "EQA" if crs.is_geographic else "UTM",
                                 "data_format": "REAL*4", "DEM_hgt_offset": "0.00000",
                                 "DEM_scale": "1.00000", "width": profile["width"],
                                 "nlines": profile["height"]}
    centre_x, centre_y = transform.c + transform.a / 2, transform.f + transform.e / 2
    if crs.is_geographic:
        values.update(corner_lat=f"{centre_y:.9f}  decimal degrees",
                      corner_lon=f"{centre_x:.9f}  decimal degrees",
                      post_lat=f"{transform.e:.7e}  decimal degrees",
                      post_lon=f"{transform.a:.7e}  decimal degrees")
    else:
        values.update(corner_north=f"{centre_y:.4f}  m", corner_east=f"{centre_x:.4f}  m",
                      post_north=f"{transform.e:.4f}  m", post_east=f"{transform.a:.4f}  m")
    values.update(ellipsoid_name="WGS 84", ellipsoid_ra="6378137.000   m",
                  ellipsoid_reciprocal_flattening="298.2572236", datum_name="WGS 1984")
    if not crs.is_geographic:
        values.update(projection_name="UTM", projection_zone=int(str(crs.to_epsg())[-2:]),
                      false_easting="500000.000   m",
                      false_northing=f"{0 if str(crs.to_epsg()).startswith('326') else 10000000:.3f}   m",
                      projection_k0="0.9996000", center_longitude="9.0000000   decimal degrees",
                      center_latitude="0.0000000   decimal degrees")
    return _gamma_par(path, "Gamma DIFF&GEO DEM/MAP parameter file", values)


def as_gamma(phase_path: Path, root: Path, first: dt.date, second: dt.date,
             geocoded: bool = True) -> Path:
    """GAMMA ``<root>/<d1>_<d2>/<d1>_<d2>.diff`` (fcomplex) and ``.adf.diff`` + ``.adf.cc``
    (float), big-endian, with ``.off`` and ``.diff_par``; geocoded: ``<root>/geo/EQA.dem_par``
    (or a UTM DEM_par) gives the map grid, and the ``.off`` keeps the (larger) radar size.
    Returns the filtered ``.adf.diff``."""
    phase, coherence, profile = read_pair(phase_path)
    pair = f"{first:%Y%m%d}_{second:%Y%m%d}"
    folder = root / pair
    folder.mkdir(parents=True, exist_ok=True)
    ifg = _complex(phase, coherence).astype(">c8")
    ifg.tofile(folder / f"{pair}.diff")
    ifg.tofile(folder / f"{pair}.adf.diff")
    _zero(coherence).astype(">f4").tofile(folder / f"{pair}.adf.cc")
    width, lines = profile["width"] + (37 if geocoded else 0), profile["height"] + (11 if geocoded else 0)
    _gamma_par(folder / f"{pair}.off", "Gamma Interferometric SAR Processor (ISP) - Offset Parameters",
               {"title": pair, "initial_range_offset": 0, "initial_azimuth_offset": 0,
                "slc1_starting_range_pixel": 0, "number_of_slc_range_pixels": width * 20,
                "interferogram_range_looks": 20, "interferogram_azimuth_looks": 4,
                "interferogram_width": width, "interferogram_azimuth_lines": lines})
    _gamma_par(folder / f"{pair}.diff_par", "Gamma Differential Interferometry (DIFF) Parameter File",
               {"title": pair, "range_samp_1": width, "az_samp_1": lines})
    if geocoded:
        name = "EQA.dem_par" if profile["crs"].is_geographic else "dem_seg.par"
        gamma_dem_par(root / "geo" / name, profile)
    return folder / f"{pair}.adf.diff"
