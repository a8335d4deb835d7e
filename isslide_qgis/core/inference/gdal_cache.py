"""A cap on GDAL's block cache while a raster streams through the engine.

GDAL keeps the blocks it reads and writes in one process-wide cache of up to ``GDAL_CACHEMAX``
bytes (by default 5 % of the RAM: 1.2 GiB on a 24 GiB machine). Streaming a large raster fills
it, so the process's memory would grow with the raster up to that size although the engine
holds one strip. During a run the cache is capped at what streaming needs: the blocks of
:data:`CACHE_ROWS` rows of every raster read or written (an input block row is used by several
strips in turn), at least :data:`MIN_CACHE_BYTES`; never above GDAL's own setting, which is
restored afterwards. The cap is process-wide while it lasts (QGIS's own reads share it).
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import rasterio

#: the cache is never capped below this (bytes)
MIN_CACHE_BYTES = 16 * 2**20
#: rows of every raster the cache must hold: two rows of 256-pixel GeoTIFF blocks
CACHE_ROWS = 512


def cache_budget(width: int, rasters: int) -> int:
    """Bytes of cache for ``rasters`` float32 bands (read or written) ``width`` pixels wide."""
    return max(MIN_CACHE_BYTES, CACHE_ROWS * width * 4 * rasters)


def current_cache_max() -> int | None:
    """GDAL's block cache size in bytes (``None`` when GDAL's Python bindings are missing)."""
    try:
        from osgeo import gdal
    except ImportError:
        return None
    return int(gdal.GetCacheMax())


@contextmanager
def capped_gdal_cache(budget: int) -> Iterator[int]:
    """Cap GDAL's block cache at ``budget`` bytes (or leave it when already lower) meanwhile.

    Yields:
        The cache size in force inside the block, in bytes.
    """
    current = current_cache_max()
    if current is not None and current <= budget:
        yield current
        return
    with rasterio.Env(GDAL_CACHEMAX=int(budget)):
        yield int(budget)
