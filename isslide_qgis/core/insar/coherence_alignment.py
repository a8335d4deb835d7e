"""Serve the coherence of an interferogram on the pixel grid of its phase.

Same grid: read as is. Different but overlapping georeferenced grid (other CRS, pixel size or
extent): resampled on the fly with a bilinear :class:`rasterio.vrt.WarpedVRT`, which warps
only the windows that are read, so whole scenes stream with bounded memory. Without CRS on
either side the two rasters must have the same size (radar geometry).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from rasterio.enums import Resampling
from rasterio.vrt import WarpedVRT
from rasterio.windows import Window

from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.insar.phase_encoding import nodata_mask
from isslide_qgis.core.insar.validation import (
    check_coherence_band,
    check_file_exists,
    check_grids_overlap,
    check_same_size,
    open_raster,
)
from isslide_qgis.core.messages import translate


class CoherenceSource:
    """Coherence values (raw, NaN where nodata) on the phase grid.

    Args:
        path: Coherence raster.
        phase_grid: Grid of the phase raster the values are served on.
        phase_path: Phase raster (named in error messages).
        band: Coherence band (1-based); ``None`` for a single-band raster.
        notes: List that receives human-readable notes on what was done.
        scales: Data type -> divisor bringing the values to [0, 1], from the recognised
            product's conventions (LiCSAR: ``{"uint8": 255}``); empty for an unknown raster.
        product_label: The product's name, for the note.

    Raises:
        InputDataError: Missing file, not a raster, ambiguous band.
        GridMismatchError: The grids cannot be aligned (no overlap, or different sizes
            without CRS).
    """

    def __init__(
        self, path: Path, phase_grid: RasterGrid, phase_path: Path, band: int | None, notes: list[str],
        scales: dict[str, float] | None = None, product_label: str = "",
    ) -> None:
        check_file_exists(path, "coherence")
        self._ds = open_raster(path, "coherence")
        self._vrt: WarpedVRT | None = None
        try:
            self.band = check_coherence_band(path, self._ds.count, band)
            self.grid = RasterGrid.from_dataset(self._ds)
            self.nodata = self._ds.nodatavals[self.band - 1]
            dtype = self._ds.dtypes[self.band - 1]
            self.scale = float((scales or {}).get(dtype, 1.0))
            if self.scale != 1.0:
                notes.append(translate(
                    "IsslideCore", "{product} convention: coherence stored as {dtype} scaled "
                    "0-{scale:g}, divided by {scale:g}").format(
                    product=product_label, dtype=dtype, scale=self.scale))
            self.phase_grid = phase_grid
            if not (phase_grid.has_crs and self.grid.has_crs):
                check_same_size(phase_grid, self.grid, phase_path, path)
                if phase_grid.has_crs or self.grid.has_crs:
                    notes.append(
                        translate(
                            "IsslideCore",
                            "only one of phase and coherence has a CRS: coherence '{path}' is "
                            "assumed to lie on the phase pixel grid (same size)"
                        ).format(path=path)
                    )
            elif not self.grid.same_as(phase_grid):
                check_grids_overlap(phase_grid, self.grid, phase_path, path)
                self._vrt = self._warped(phase_grid)
                notes.append(
                    translate(
                        "IsslideCore",
                        "coherence resampled from {source} onto the phase grid {target} (bilinear)"
                    ).format(source=self.grid.describe(), target=phase_grid.describe())
                )
        except Exception:
            self.close()
            raise

    @property
    def resampled(self) -> bool:
        """True when the coherence is warped onto the phase grid."""
        return self._vrt is not None

    def _warped(self, grid: RasterGrid) -> WarpedVRT:
        src_nodata = self.nodata if self.nodata is not None else np.nan
        return WarpedVRT(
            self._ds,
            crs=grid.crs,
            transform=grid.transform,
            width=grid.width,
            height=grid.height,
            resampling=Resampling.bilinear,
            src_nodata=src_nodata,
            nodata=np.nan,
            dtype="float32",
        )

    def _clean(self, values: np.ndarray, nodata: float | None) -> np.ndarray:
        if np.iscomplexobj(values):  # a complex coherence (ISCE2 topsStack fine.cor): |gamma|
            values = np.abs(values)
        out = values.astype(np.float32, copy=True)
        out[nodata_mask(values, nodata) | ~np.isfinite(out)] = np.nan
        if self.scale != 1.0:
            out /= np.float32(self.scale)
        return out

    def read(self, window: Window) -> np.ndarray:
        """Coherence over ``window`` of the phase grid (the window must lie inside it)."""
        if self._vrt is not None:
            return self._clean(self._vrt.read(1, window=window), np.nan)
        return self._clean(self._ds.read(self.band, window=window), self.nodata)

    def read_decimated(self, grid: RasterGrid) -> np.ndarray:
        """Coherence on ``grid``, a :meth:`RasterGrid.decimated` version of the phase grid."""
        if self._vrt is None:
            values = self._ds.read(self.band, out_shape=grid.shape, resampling=Resampling.nearest)
            return self._clean(values, self.nodata)
        with self._warped(grid) as vrt:
            return self._clean(vrt.read(1), np.nan)

    def close(self) -> None:
        """Release the files."""
        if self._vrt is not None:
            self._vrt.close()
        self._ds.close()
