"""Checks of interferogram inputs, one function per problem an analyst can meet.

:class:`~isslide_qgis.core.insar.reading.InterferogramReader` calls them when it opens its
files. Each raises :class:`InputDataError` (or :class:`GridMismatchError`) with a message that
names the file, says what is wrong and how to fix it. Value checks work on a decimated sample
of the raster (see :data:`SAMPLE_PIXELS`), never on a whole scene.
"""
from __future__ import annotations

import math
import warnings
from pathlib import Path

import numpy as np
import rasterio
from rasterio.errors import NotGeoreferencedWarning, RasterioIOError
from rasterio.warp import transform_bounds

from isslide_qgis.core.errors import GridMismatchError, InputDataError
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.insar.phase_encoding import BAND_COUNTS, PhaseEncoding
from isslide_qgis.core.messages import translate

#: Tolerance on the value ranges ([-pi, pi] for phase, [0, 1] for coherence).
SLACK = 1e-4
#: Size of the decimated sample the value checks look at (pixels).
SAMPLE_PIXELS = 2_000_000

_VECTOR_SUFFIXES = {".shp", ".gpkg", ".geojson", ".json", ".kml", ".kmz", ".gml", ".dxf", ".tab"}


def _role_label(role: str) -> str:
    """``role`` ("phase", "coherence") in the analyst's language, for messages."""
    labels = {
        "phase": translate("IsslideCore", "phase"),
        "coherence": translate("IsslideCore", "coherence"),
    }
    return labels.get(role, role)


def check_file_exists(path: Path, role: str) -> None:
    """Raise when ``path`` does not exist (``role``: "phase", "coherence"...)."""
    if not Path(path).exists():
        raise InputDataError(
            translate(
                "IsslideCore",
                "The {role} raster '{path}' does not exist. Check the path (was the file moved "
                "or renamed?) and select the {role} GeoTIFF exported by your InSAR processor."
            ).format(role=_role_label(role), path=path)
        )


def _not_a_raster_hint(path: Path, error: str = "") -> str:
    if path.suffix.lower() == ".vrt" and path.is_file():
        return translate(
            "IsslideCore",
            "it is a VRT header whose data cannot be opened: {error}; put the file it names "
            "back beside it, or select the data file itself").format(error=error.strip())
    if path.is_dir():
        return translate(
            "IsslideCore",
            "it is a folder; select the raster file inside it (e.g. the .img of a SNAP .data folder)"
        )
    if path.suffix.lower() in _VECTOR_SUFFIXES:
        return translate("IsslideCore", "it is a vector layer ({suffix}), not a raster").format(
            suffix=path.suffix.lower()
        )
    try:
        head = path.read_bytes()[:512]
        head.decode("utf-8")
        return translate("IsslideCore", "it looks like a text file")
    except (OSError, UnicodeDecodeError):
        return translate("IsslideCore", "its format is not recognised")


def open_raster(path: Path, role: str) -> rasterio.io.DatasetReader:
    """Open ``path`` with rasterio; raise when it is not a raster GDAL can read."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            return rasterio.open(path)
    except RasterioIOError as exc:
        raise InputDataError(
            translate(
                "IsslideCore",
                "'{path}' is not a raster GDAL can read ({hint}). Select "
                "the {role} raster: a GeoTIFF (or another GDAL raster such as ENVI .img) exported "
                "by SNAP, ISCE or LiCSAR."
            ).format(path=path, hint=_not_a_raster_hint(Path(path), str(exc)), role=_role_label(role))
        ) from None


def check_band_count(
    path: Path, count: int, encoding: PhaseEncoding, band: int | None, is_complex: bool,
    dtype: str = "",
) -> None:
    """Raise when the phase raster's bands and data type do not fit ``encoding`` and ``band``
    (an 8-bit RGB(A) picture is refused as such)."""
    if band is not None and not 1 <= band <= count:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The phase raster '{path}' has {count} band(s) but band {band} was requested. "
                "Choose a band from 1 to {count}."
            ).format(path=path, count=count, band=band)
        )
    if is_complex and encoding not in (PhaseEncoding.AUTO, PhaseEncoding.COMPLEX):
        raise InputDataError(
            translate(
                "IsslideCore",
                "The phase raster '{path}' holds complex values but encoding '{encoding}' "
                "was chosen. Choose encoding 'complex' (or 'auto')."
            ).format(path=path, encoding=encoding.value)
        )
    if not is_complex and encoding is PhaseEncoding.COMPLEX:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The phase raster '{path}' holds real values, not complex ones. Choose encoding "
                "'phase' for a band in radians, 'real_imag' or 'cos_sin' for two bands."
            ).format(path=path)
        )
    if count in (3, 4) and dtype == "uint8" and band is None:
        raise InputDataError(
            translate(
                "IsslideCore",
                "'{path}' is an RGB image ({count} bands of 8-bit values), not an "
                "interferogram: a picture of the phase has lost its values. Select the "
                "wrapped-phase raster your InSAR processor exported (float radians or complex)."
            ).format(path=path, count=count)
        )
    if encoding is PhaseEncoding.AUTO:
        if count > 2 and band is None and not is_complex:
            raise InputDataError(
                translate(
                    "IsslideCore",
                    "The phase raster '{path}' has {count} band(s), so its phase encoding cannot "
                    "be guessed. Say which band holds the phase in radians (band=N) or choose the "
                    "encoding explicitly."
                ).format(path=path, count=count)
            )
        return
    needed = BAND_COUNTS[encoding]
    first = band or 1
    if first + needed - 1 > count:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The phase raster '{path}' has {count} band(s) but encoding '{encoding}' needs "
                "{needed} bands from band {first}. Choose encoding 'phase' for a single band of "
                "phase in radians, or give the file holding both components."
            ).format(path=path, count=count, encoding=encoding.value, needed=needed, first=first)
        )
    if band is None and count > needed:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The phase raster '{path}' has {count} band(s) but encoding '{encoding}' reads "
                "{needed}. Say which band to start from (band=N), or export only the "
                "interferogram bands."
            ).format(path=path, count=count, encoding=encoding.value, needed=needed)
        )


def check_coherence_band(path: Path, count: int, band: int | None) -> int:
    """The coherence band to read; raise when the choice is ambiguous or out of range."""
    if band is None and count == 1:
        return 1
    if band is None:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The coherence raster '{path}' has {count} bands. Say which band holds the "
                "coherence (coherence_band=N), or export the coherence alone."
            ).format(path=path, count=count)
        )
    if not 1 <= band <= count:
        raise InputDataError(
            translate(
                "IsslideCore",
                "The coherence raster '{path}' has {count} band(s) but band {band} was requested. "
                "Choose a band from 1 to {count}."
            ).format(path=path, count=count, band=band)
        )
    return band


def check_has_valid_pixels(valid: np.ndarray, what: str, advice: str) -> None:
    """Raise when ``valid`` (a sample) holds no True pixel.

    ``what`` names the file(s) and ``advice`` says what to check, both already translated.
    """
    if not np.any(valid):
        raise InputDataError(
            translate("IsslideCore", "No valid pixel in {what}: {advice}").format(what=what, advice=advice)
        )


def check_phase_wrapped(values: np.ndarray, path: Path) -> bool:
    """Check that sampled phase values (finite) are wrapped phase in radians.

    Returns:
        ``False`` for values in [-pi, pi]; ``True`` for values in [0, 2*pi] (legitimate in
        SNAP/ISCE exports), which the reader rewraps to [-pi, pi].

    Raises:
        InputDataError: The values look like degrees or like unwrapped phase.
    """
    lo, hi = float(np.min(values)), float(np.max(values))
    if lo >= -math.pi - SLACK and hi <= math.pi + SLACK:
        return False
    if lo >= -SLACK and hi <= 2 * math.pi + SLACK:
        return True
    span = hi - lo
    start = translate(
        "IsslideCore",
        "The phase raster '{path}' is not wrapped phase in radians: its values span "
        "[{lo}, {hi}], beyond [-pi, pi]."
    ).format(path=path, lo=f"{lo:.4g}", hi=f"{hi:.4g}")
    in_degrees = (lo >= -180 - SLACK and hi <= 180 + SLACK) or (lo >= -SLACK and hi <= 360 + SLACK)
    if in_degrees and span >= 90:
        fix = translate(
            "IsslideCore",
            "They look like DEGREES (within [-180, 180] or [0, 360]). Convert them to "
            "radians (Raster Calculator: \"phase\" * pi() / 180) or re-export the phase in "
            "radians."
        )
    else:
        fix = translate(
            "IsslideCore",
            "They look like UNWRAPPED phase (a range of {span} rad, about "
            "{fringes} fringes). The detector needs the wrapped interferogram: "
            "select the wrapped phase (SNAP 'Phase_ifg' before unwrapping, ISCE "
            "filt_topophase.flat, LiCSAR *.geo.diff_pha.tif) or wrap it with "
            "atan2(sin(phase), cos(phase))."
        ).format(span=f"{span:.1f}", fringes=f"{span / (2 * math.pi):.1f}")
    raise InputDataError(f"{start} {fix}")


def check_coherence_range(values: np.ndarray, path: Path) -> None:
    """Raise when sampled coherence values (finite) are not in [0, 1] (with :data:`SLACK`)."""
    lo, hi = float(np.min(values)), float(np.max(values))
    if lo >= -SLACK and hi <= 1 + SLACK:
        return
    start = translate(
        "IsslideCore", "The coherence raster '{path}' has values in [{lo}, {hi}], outside [0, 1]."
    ).format(path=path, lo=f"{lo:.4g}", hi=f"{hi:.4g}")
    if lo < -SLACK:
        fix = translate(
            "IsslideCore",
            "Coherence cannot be negative: check that this is the coherence band, not the "
            "phase or an intensity."
        )
    elif hi <= 2:
        fix = translate(
            "IsslideCore", "Values slightly above 1 come from resampling: clip the coherence to [0, 1]."
        )
    elif hi <= 100 + SLACK:
        fix = translate(
            "IsslideCore",
            "It looks like a coherence in PERCENT (0-100): divide it by 100 "
            "(Raster Calculator: \"coherence\" / 100)."
        )
    elif hi <= 255 + SLACK:
        fix = translate(
            "IsslideCore",
            "It looks like a coherence SCALED TO 0-255 (8-bit): divide it by 255 "
            "(Raster Calculator: \"coherence\" / 255)."
        )
    else:
        fix = translate(
            "IsslideCore",
            "This is not a coherence: check that you selected the coherence raster, not an amplitude."
        )
    raise InputDataError(f"{start} {fix}")


def check_grids_overlap(
    phase_grid: RasterGrid, coherence_grid: RasterGrid, phase_path: Path, coherence_path: Path
) -> None:
    """Raise when two georeferenced grids cover no common ground (CRSs may differ)."""
    left, bottom, right, top = phase_grid.bounds
    c_left, c_bottom, c_right, c_top = transform_bounds(
        coherence_grid.crs, phase_grid.crs, *coherence_grid.bounds, densify_pts=21
    )
    if min(right, c_right) <= max(left, c_left) or min(top, c_top) <= max(bottom, c_bottom):
        raise GridMismatchError(
            translate(
                "IsslideCore",
                "The coherence raster '{coherence}' ({coherence_grid}, bounds "
                "{coherence_bounds}) does not overlap the phase raster '{phase}' "
                "({phase_grid}, bounds {phase_bounds}). Select the coherence "
                "of the same interferogram (same date pair, same area)."
            ).format(coherence=coherence_path, coherence_grid=coherence_grid.describe(),
                     coherence_bounds=_fmt(coherence_grid.bounds), phase=phase_path,
                     phase_grid=phase_grid.describe(), phase_bounds=_fmt(phase_grid.bounds))
        )


def check_same_size(
    phase_grid: RasterGrid, coherence_grid: RasterGrid, phase_path: Path, coherence_path: Path
) -> None:
    """Raise when a grid without CRS and the other grid differ in size (no way to align them)."""
    if (phase_grid.width, phase_grid.height) != (coherence_grid.width, coherence_grid.height):
        raise GridMismatchError(
            translate(
                "IsslideCore",
                "The phase raster '{phase}' and the coherence raster '{coherence}' cannot "
                "be aligned: one has no CRS (radar geometry), so both must have the same size, but "
                "the phase is {phase_width} x {phase_height} px and the coherence "
                "{coherence_width} x {coherence_height} px. Export both from the same "
                "processing step (same multilook), or terrain-correct both."
            ).format(phase=phase_path, coherence=coherence_path, phase_width=phase_grid.width,
                     phase_height=phase_grid.height, coherence_width=coherence_grid.width,
                     coherence_height=coherence_grid.height)
        )


def _fmt(bounds: tuple[float, float, float, float]) -> str:
    return "(" + ", ".join(f"{b:.6g}" for b in bounds) + ")"
