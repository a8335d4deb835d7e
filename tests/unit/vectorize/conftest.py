"""Tiny probability rasters and a GeoPackage reader for the vectorisation tests."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from shapely import wkb

from tests.unit.insar.insar_synthetic import UTM, UTM_TRANSFORM, WGS84, WGS84_TRANSFORM, write_tif

#: name -> (CRS, transform) of the three raster geometries
GEOMETRIES = {
    "utm": (UTM, UTM_TRANSFORM),
    "wgs84": (WGS84, WGS84_TRANSFORM),
    "radar": (None, None),
}


def blobs(height: int = 60, width: int = 50) -> np.ndarray:
    """Three known areas above 0.5 (and low background noise below it), float32.

    - A: rows 5-9 x cols 5-9 (25 px), 0.9 everywhere -> max 0.9, mean 0.9;
    - B: rows 20-29 x cols 3-7 (50 px), 0.7 with one 0.95 pixel -> max 0.95;
    - C: rows 40-43 x cols 30-35 (24 px) at 0.6 with a NaN hole at (41, 32) -> 23 px.
    """
    rng = np.random.default_rng(3)
    prob = rng.uniform(0.0, 0.4, (height, width)).astype(np.float32)
    prob[5:10, 5:10] = 0.9
    prob[20:30, 3:8] = 0.7
    prob[22, 4] = 0.95
    prob[40:44, 30:36] = 0.6
    prob[41, 32] = np.nan
    return prob


@pytest.fixture
def write_probability(tmp_path: Path):
    """``write_probability(array, geometry="utm", name=..., nodata=NaN) -> path``."""
    def write(array: np.ndarray, geometry: str = "utm", name: str = "probability.tif",
              nodata: float | None = float("nan")) -> Path:
        crs, transform = GEOMETRIES[geometry]
        return write_tif(tmp_path / name, np.asarray(array, dtype=np.float32), crs, transform,
                         nodata=nodata)
    return write


def read_layer(path: Path, layer: str = "moving_areas") -> list[dict]:
    """Features of ``layer`` as dicts of attributes plus ``geometry`` (shapely), by fid."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    assert ds is not None, f"cannot open {path}"
    features = []
    for feature in ds.GetLayerByName(layer):
        values = feature.items()
        values["fid"] = feature.GetFID()
        values["geometry"] = wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
        features.append(values)
    ds = None
    return sorted(features, key=lambda f: f["fid"])


def layer_srs(path: Path, layer: str = "moving_areas"):
    """The layer's ``osr.SpatialReference`` (None when it has none)."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    srs = ds.GetLayerByName(layer).GetSpatialRef()
    return None if srs is None else srs.Clone()
