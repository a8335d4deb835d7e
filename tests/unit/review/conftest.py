"""A tiny detection (three moving areas in UTM) turned into a corrections GeoPackage."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.vectorize.conftest import blobs, write_probability  # noqa: F401


@pytest.fixture
def detection(write_probability, tmp_path: Path) -> tuple[Path, Path]:  # noqa: F811
    """``(probability raster, moving_areas GeoPackage)`` with three areas."""
    from isslide_qgis.core.vectorize import vectorize_probability

    probability = write_probability(blobs())
    areas = tmp_path / "areas.gpkg"
    vectorize_probability(probability, areas, threshold=0.5, min_area_m2=0.0,
                          model_name="unet_w8", interferogram_name="20210704_20210710")
    return probability, areas


@pytest.fixture
def corrections(detection, tmp_path: Path) -> Path:
    """A corrections GeoPackage made from :func:`detection`."""
    import rasterio

    from isslide_qgis.core.insar.grid import RasterGrid
    from isslide_qgis.core.review import ReviewSession, create_corrections

    probability, areas = detection
    with rasterio.open(probability) as ds:
        grid = RasterGrid.from_dataset(ds)
    path = tmp_path / "review.gpkg"
    session = ReviewSession(interferogram="/data/phase.tif", probability=probability.name,
                            model="unet_w8", threshold=0.5, coherence="/data/coh.tif")
    assert create_corrections(areas, path, session, grid) == []
    return path


def set_values(path: Path, fid: int, **values) -> None:
    """Change attributes of one feature of the corrections layer (as QGIS would)."""
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("corrections")
    feature = layer.GetFeature(fid)
    for name, value in values.items():
        feature.SetField(name, value)
    assert layer.SetFeature(feature) == 0
    ds = None
