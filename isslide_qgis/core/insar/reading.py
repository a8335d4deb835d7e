"""Window-by-window reading of a wrapped interferogram and its coherence.

:class:`InterferogramReader` opens and validates the files once, then serves any window of the
phase grid as radians in [-pi, pi] and coherence in [0, 1], NaN where invalid. Memory depends
on the window size only, so a scene of tens of thousands of pixels a side streams through it.
"""
from __future__ import annotations

import math
import shutil
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.errors import RasterioError
from rasterio.windows import Window

from isslide_qgis.core.insar.coherence_alignment import CoherenceSource
from isslide_qgis.core.messages import QT_TRANSLATE_NOOP
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.insar.products import (
    Content, ProductMatch, check_is_phase, describe, gdal_sources, recognise)
from isslide_qgis.core.insar.zero_nodata import ZERO_REGION_PIXELS, zero_nodata_mask
from isslide_qgis.core.insar.phase_encoding import (
    PhaseEncoding,
    decode_phase,
    detect_two_band_encoding,
    parse_encoding,
    select_bands,
)
from isslide_qgis.core.insar.validation import (
    SAMPLE_PIXELS,
    SLACK,
    check_band_count,
    check_coherence_range,
    check_file_exists,
    check_has_valid_pixels,
    check_phase_wrapped,
    open_raster,
)
from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.messages import translate

__all__ = ["InterferogramReader", "PhaseEncoding", "WindowData", "RADAR_GEOMETRY_NOTE"]

#: English source of the note added for a raster without CRS (the note is its translation).
RADAR_GEOMETRY_NOTE = QT_TRANSLATE_NOOP(
    "IsslideCore",
    "no CRS: treated as radar geometry; outputs keep the pixel grid without CRS and areas are "
    "in pixels"
)
#: Above this fraction of exact zeros in a phase band without declared nodata, warn.
_ZERO_FRACTION_WARNING = 0.2
#: GDAL >= 3.12 refuses raw sources outside a VRT's folder unless told: our own GAMMA headers lie
#: in a temporary folder and name the analyst's binaries
_RAW_VRT_OPTIONS = {"GDAL_VRT_RAWRASTERBAND_ALLOWED_SOURCE": "ALL"}


@dataclass
class WindowData:
    """One window of an interferogram.

    Attributes:
        phase: float32 wrapped phase in radians, [-pi, pi], NaN where invalid.
        coherence: float32 coherence in [0, 1], NaN where invalid; ``None`` without coherence.
        valid: bool, True where the phase (and the coherence, when given) is finite.
    """

    phase: np.ndarray
    coherence: np.ndarray | None
    valid: np.ndarray


class InterferogramReader:
    """Reader of a wrapped interferogram (and optional coherence) on the phase grid.

    Opening validates the inputs (see :mod:`.validation`) on a decimated sample and records
    what it decided in :attr:`notes`. Use it as a context manager or call :meth:`close`.

    Args:
        phase_path: Interferogram raster (phase, complex, real/imag or cos/sin bands).
        coherence_path: Coherence raster, optional; resampled onto the phase grid when its
            grid differs but overlaps.
        encoding: A :class:`PhaseEncoding` or its name; ``"auto"`` detects it.
        band: First band (1-based) of the interferogram; needed for rasters of more than two
            bands. With ``"auto"`` it selects a single band of phase (or complex values).
        coherence_band: Coherence band for a multi-band coherence raster.
        product: The processor's product (:mod:`.products`) whose conventions apply;
            ``"auto"`` recognises it from the file name, ``None`` applies none. Raw products
            are read through their VRT headers (ISCE2's own; GAMMA's written into a temporary
            folder removed by :meth:`close`).

    Raises:
        InputDataError: An input is missing, not a raster, has the wrong bands or values.
        GridMismatchError: Phase and coherence cannot be put on a common grid.
    """

    def __init__(
        self,
        phase_path: str | Path,
        coherence_path: str | Path | None = None,
        encoding: str | PhaseEncoding = "auto",
        band: int | None = None,
        coherence_band: int | None = None,
        product: ProductMatch | str | None = "auto",
    ) -> None:
        self.phase_path = Path(phase_path)
        self.coherence_path = Path(coherence_path) if coherence_path is not None else None
        self.notes: list[str] = []
        self._coherence: CoherenceSource | None = None
        self._workdir: Path | None = None
        self._coherence_source = self.coherence_path
        self._ds = None
        self._rewrap = False
        self.product: ProductMatch | None = (
            recognise(self.phase_path) if product == "auto" else product or None)
        self._unwrapped = self.product is not None and self.product.content is Content.UNWRAPPED
        requested = parse_encoding(encoding)
        if self.product is not None:
            check_is_phase(self.product)
            self.notes.append(describe(self.product))
        check_file_exists(self.phase_path, "phase")
        try:
            phase_source, coherence_band = self._sources(coherence_band)
            with rasterio.Env(**_RAW_VRT_OPTIONS) if self._workdir else nullcontext():
                self._ds = open_raster(phase_source, "phase")
                self._open(requested, band, coherence_band)
        except Exception:
            self.close()
            raise

    def _sources(self, coherence_band: int | None) -> tuple[Path, int | None]:
        """The phase raster GDAL opens, and the coherence band (from the product's layout).

        The coherence the product names is replaced by its readable form (a VRT) only when it
        is the one being read; one the analyst gave stays as given.
        """
        found = self.product
        if found is None:
            return self.phase_path, coherence_band
        phase, coherence = gdal_sources(found, self._folder)
        if self.coherence_path is not None and found.coherence_path is not None \
                and self.coherence_path.resolve() == found.coherence_path.resolve():
            self._coherence_source = coherence
            coherence_band = coherence_band or found.coherence_band
        return phase, coherence_band

    def _folder(self) -> Path:
        """A temporary folder for VRT headers (removed when the reader closes)."""
        if self._workdir is None:
            self._workdir = Path(tempfile.mkdtemp(prefix="isslide-headers-"))
        return self._workdir

    def _open(self, encoding: PhaseEncoding, band: int | None, coherence_band: int | None) -> None:
        ds = self._ds
        self.grid = RasterGrid.from_dataset(ds)
        dtype = ds.dtypes[min(max(band or 1, 1), ds.count) - 1]
        check_band_count(self.phase_path, ds.count, encoding, band, "complex" in dtype, dtype)
        encoding, self._bands = select_bands(encoding, ds.count, "complex" in dtype, band)
        self._nodata = tuple(ds.nodatavals[b - 1] for b in self._bands)
        self._zero_rule = self._nodata[0] is None  # a declared nodata always wins
        if not self.grid.has_crs:
            self.notes.append(translate("IsslideCore", RADAR_GEOMETRY_NOTE))
            if ds.gcps[0]:
                self.notes.append(
                    translate(
                        "IsslideCore",
                        "the file carries {count} ground control points, which are not "
                        "used: terrain-correct (geocode) the interferogram to work in map coordinates"
                    ).format(count=len(ds.gcps[0]))
                )
        sample_grid = self.grid.decimated(SAMPLE_PIXELS)
        raw = self._read_bands(out_shape=(len(self._bands), *sample_grid.shape),
                               resampling=Resampling.nearest)
        if encoding is PhaseEncoding.AUTO:
            descriptions = [ds.descriptions[b - 1] for b in self._bands]
            encoding, why = detect_two_band_encoding(descriptions, raw, self._nodata)
            self.notes.append(
                translate("IsslideCore", "phase encoding detected as '{encoding}': {why}").format(
                    encoding=encoding.value, why=why
                )
            )
        self.encoding: PhaseEncoding = encoding
        if self.coherence_path is not None:
            scales = self.product.product.coherence_scales if self.product is not None else {}
            self._coherence = CoherenceSource(
                self._coherence_source, self.grid, self.phase_path, coherence_band, self.notes,
                scales=scales, product_label=self.product.product.label if self.product else "",
            )
        self._validate_sample(decode_phase(encoding, raw, self._nodata), sample_grid)

    def _blank_zeros(self, phase: np.ndarray, coherence: np.ndarray | None,
                     grid: RasterGrid) -> np.ndarray:
        """``phase`` with the undeclared zeros of :mod:`.zero_nodata` set to NaN."""
        if not self._zero_rule or self.encoding is not PhaseEncoding.PHASE:
            return phase
        shrink = (grid.width * grid.height) / max(self.grid.width * self.grid.height, 1)
        mask = zero_nodata_mask(phase, coherence, ZERO_REGION_PIXELS * min(shrink, 1.0))
        if mask.any():
            phase = np.where(mask, np.float32(np.nan), phase).astype(np.float32)
            self._note_once(translate(
                "IsslideCore",
                "exact zeros read as nodata (the file declares none): where phase and coherence "
                "are both 0, or, without coherence, zero regions of at least a tile"))
        return phase

    def _validate_sample(self, phase: np.ndarray, sample_grid: RasterGrid) -> None:
        sample_coherence = (None if self._coherence is None
                            else self._coherence.read_decimated(sample_grid))
        phase = self._blank_zeros(phase, sample_coherence, sample_grid)
        valid = np.isfinite(phase)
        check_has_valid_pixels(
            valid,
            translate("IsslideCore", "the phase raster '{path}'").format(path=self.phase_path),
            translate(
                "IsslideCore",
                "every sampled pixel is nodata, NaN or zero-magnitude. Check the nodata value "
                "declared in the file and that you selected the interferogram band."
            ),
        )
        if self.encoding is PhaseEncoding.PHASE and self._unwrapped:
            self.notes.append(translate(
                "IsslideCore", "unwrapped phase of a {product} product re-wrapped to [-pi, pi]"
            ).format(product=self.product.product.label))
        elif self.encoding is PhaseEncoding.PHASE:
            self._rewrap = check_phase_wrapped(phase[valid], self.phase_path)
            if self._rewrap:
                self.notes.append(translate("IsslideCore", "phase values in [0, 2*pi] rewrapped to [-pi, pi]"))
            zeros = float(np.mean(phase[valid] == 0))
            if self._nodata[0] is None and zeros > _ZERO_FRACTION_WARNING:
                self.notes.append(
                    translate(
                        "IsslideCore",
                        "{fraction} of the phase pixels are exactly 0 and the file declares no "
                        "nodata: if 0 marks the area outside the swath, declare it "
                        "(gdal_edit.py -a_nodata 0)"
                    ).format(fraction=f"{zeros:.0%}")
                )
        if self._coherence is None:
            return
        coherence = sample_coherence
        coherence_valid = np.isfinite(coherence)
        check_has_valid_pixels(
            coherence_valid,
            translate("IsslideCore", "the coherence raster '{path}'").format(path=self.coherence_path),
            translate(
                "IsslideCore",
                "every sampled pixel is nodata or NaN. Check the nodata value declared in the file."
            ),
        )
        check_coherence_range(coherence[coherence_valid], self.coherence_path)
        check_has_valid_pixels(
            valid & coherence_valid,
            translate(
                "IsslideCore", "the phase raster '{phase}' and the coherence raster '{coherence}' together"
            ).format(phase=self.phase_path, coherence=self.coherence_path),
            translate(
                "IsslideCore",
                "no pixel has both a valid phase and a valid coherence. Check that both come from "
                "the same interferogram and that their nodata values are right."
            ),
        )

    def _to_window_data(self, phase: np.ndarray, coherence: np.ndarray | None) -> WindowData:
        """Rewrap and clip raw values, then blank every invalid pixel in every array.

        Values beyond the validated ranges (possible where the decimated validation sample
        missed them) are made invalid, not clipped, and noted once.
        """
        if self._unwrapped:
            phase = (np.remainder(phase + np.float32(math.pi), np.float32(2 * math.pi))
                     - np.float32(math.pi)).astype(np.float32)
        if self._rewrap:
            phase = np.where(phase > math.pi, phase - np.float32(2 * math.pi), phase)
        with np.errstate(invalid="ignore"):
            wild = np.abs(phase) > math.pi + SLACK
            if coherence is not None:
                wild |= (coherence < -SLACK) | (coherence > 1 + SLACK)
        if wild.any():
            self._note_once(
                translate(
                    "IsslideCore",
                    "some pixels outside the checked value ranges (missed by the validation "
                    "sample) were set invalid; check the input rasters"
                )
            )
        phase = np.clip(phase, -math.pi, math.pi).astype(np.float32)
        valid = np.isfinite(phase) & ~wild
        if coherence is not None:
            coherence = np.clip(coherence, 0.0, 1.0).astype(np.float32)
            valid &= np.isfinite(coherence)
            coherence[~valid] = np.nan
        phase[~valid] = np.nan
        return WindowData(phase, coherence, valid)

    def _read_bands(self, **options) -> np.ndarray:
        """Read the phase bands; a damaged or truncated file becomes an analyst's message."""
        try:
            return self._ds.read(list(self._bands), **options)
        except (RasterioError, OSError) as exc:
            raise InputDataError(translate(
                "IsslideCore",
                "The phase raster '{path}' cannot be read: the file is damaged or truncated, or "
                "a file it refers to is missing (GDAL: {error}). Copy or download it again, or "
                "re-export it from your InSAR processor.").format(path=self.phase_path, error=str(exc).strip())) from None

    def _note_once(self, note: str) -> None:
        if note not in self.notes:
            self.notes.append(note)

    def read(self, window: Window | None = None) -> WindowData:
        """Read a window of the phase grid (the whole raster when ``None``).

        The window may extend beyond the raster: pixels outside are NaN and invalid.
        Fractional offsets and sizes are rounded to the nearest pixel.
        """
        if window is None:
            window = Window(0, 0, self.grid.width, self.grid.height)
        col, row, width, height = (
            int(round(v)) for v in (window.col_off, window.row_off, window.width, window.height)
        )
        phase = np.full((height, width), np.nan, dtype=np.float32)
        coherence = None if self._coherence is None else phase.copy()
        c0, r0 = max(col, 0), max(row, 0)
        c1, r1 = min(col + width, self.grid.width), min(row + height, self.grid.height)
        if c1 > c0 and r1 > r0:
            inner = Window(c0, r0, c1 - c0, r1 - r0)
            part = (slice(r0 - row, r1 - row), slice(c0 - col, c1 - col))
            raw = self._read_bands(window=inner)
            phase[part] = decode_phase(self.encoding, raw, self._nodata)
            if coherence is not None:
                coherence[part] = self._coherence.read(inner)
        phase = self._blank_zeros(phase, coherence, self.grid)
        return self._to_window_data(phase, coherence)

    def read_decimated(self, max_pixels: int = SAMPLE_PIXELS) -> tuple[WindowData, RasterGrid]:
        """The whole raster on a coarser grid of at most about ``max_pixels`` pixels.

        Phase is sampled (nearest pixel), coherence sampled or warped onto the coarse grid.
        Used for overviews such as choosing negative patches; never for values at full
        resolution.
        """
        grid = self.grid.decimated(max_pixels)
        raw = self._read_bands(out_shape=(len(self._bands), *grid.shape),
                               resampling=Resampling.nearest)
        phase = decode_phase(self.encoding, raw, self._nodata)
        coherence = None if self._coherence is None else self._coherence.read_decimated(grid)
        phase = self._blank_zeros(phase, coherence, grid)
        return self._to_window_data(phase, coherence), grid

    @property
    def has_coherence(self) -> bool:
        """True when a coherence raster was given."""
        return self._coherence is not None

    def close(self) -> None:
        """Release the files (safe to call twice)."""
        if self._coherence is not None:
            self._coherence.close()
        if self._ds is not None:
            self._ds.close()
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)

    def __enter__(self) -> "InterferogramReader":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
