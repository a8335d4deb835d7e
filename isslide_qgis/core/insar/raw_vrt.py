"""GDAL VRT headers for raw binary rasters (GAMMA's ``.diff`` / ``.cc``).

A VRT "raw raster band" tells GDAL the size, data type, byte order and layout of a headerless
binary file, so rasterio and QGIS read it like any raster. The header is written here as text
(no XML library: nothing is parsed), into a folder the caller chooses: a temporary one, never
beside the analyst's data.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from rasterio.crs import CRS

#: GDAL data type -> bytes per pixel
PIXEL_BYTES: dict[str, int] = {"Float32": 4, "CFloat32": 8, "Int16": 2, "Byte": 1}


@dataclass(frozen=True)
class RawRaster:
    """What GDAL must know to read a headerless band-sequential binary file.

    Attributes:
        source: The binary file.
        width, height: Size in pixels.
        dtype: GDAL data type name (``Float32``, ``CFloat32``...).
        big_endian: True for most-significant byte first (GAMMA), False for LSB (ISCE2).
        crs: Map CRS (``None``: radar geometry).
        transform: GDAL geotransform (x0, dx, 0, y0, 0, dy) of the grid, with the CRS.
        nodata: Value written where there is no data (GAMMA: 0).
    """

    source: Path
    width: int
    height: int
    dtype: str
    big_endian: bool = True
    crs: CRS | None = None
    transform: tuple[float, float, float, float, float, float] | None = None
    nodata: float | None = None

    @property
    def expected_bytes(self) -> int:
        """Size the binary file must have."""
        return self.width * self.height * PIXEL_BYTES[self.dtype]


def vrt_text(raster: RawRaster) -> str:
    """The VRT header of ``raster`` (the source named by its absolute path)."""
    pixel = PIXEL_BYTES[raster.dtype]
    lines = [f'<VRTDataset rasterXSize="{raster.width}" rasterYSize="{raster.height}">']
    if raster.crs is not None and raster.transform is not None:
        lines.append(f"  <SRS>{html.escape(raster.crs.to_wkt())}</SRS>")
        lines.append("  <GeoTransform>" + ", ".join(f"{v:.17g}" for v in raster.transform)
                     + "</GeoTransform>")
    lines += [
        f'  <VRTRasterBand dataType="{raster.dtype}" band="1" subClass="VRTRawRasterBand">',
        f'    <SourceFilename relativeToVRT="0">{html.escape(str(raster.source.resolve()))}'
        "</SourceFilename>",
        "    <ImageOffset>0</ImageOffset>",
        f"    <PixelOffset>{pixel}</PixelOffset>",
        f"    <LineOffset>{pixel * raster.width}</LineOffset>",
        f"    <ByteOrder>{'MSB' if raster.big_endian else 'LSB'}</ByteOrder>",
    ]
    if raster.nodata is not None:
        lines.append(f"    <NoDataValue>{raster.nodata:g}</NoDataValue>")
    lines += ["  </VRTRasterBand>", "</VRTDataset>", ""]
    return "\n".join(lines)


def write_vrt(raster: RawRaster, path: Path) -> Path:
    """Write the VRT header of ``raster`` to ``path`` (UTF-8); returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(vrt_text(raster), encoding="utf-8")
    return path
