"""RasterGrid: georeferencing helpers and pixel areas."""
from __future__ import annotations

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.windows import Window

from isslide_qgis.core.insar.grid import RasterGrid
from tests.unit.insar.insar_synthetic import UTM, UTM_TRANSFORM, WGS84, WGS84_TRANSFORM


def test_from_dataset_reads_size_transform_and_crs(make_tif):
    path = make_tif("g.tif", np.zeros((30, 20), np.float32))
    with rasterio.open(path) as ds:
        grid = RasterGrid.from_dataset(ds)
    assert (grid.width, grid.height) == (20, 30)
    assert grid.transform == UTM_TRANSFORM
    assert grid.crs == CRS.from_string(UTM)
    assert grid.has_crs and not grid.is_geographic


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")
def test_radar_geometry_grid_has_no_crs_and_no_area(make_tif):
    path = make_tif("radar.tif", np.zeros((8, 9), np.float32), crs=None)
    with rasterio.open(path) as ds:
        grid = RasterGrid.from_dataset(ds)
    assert grid.crs is None and not grid.has_crs
    assert grid.pixel_area_m2() is None
    assert grid.transform == Affine.identity()


def test_pixel_area_of_projected_grid_is_pixel_size_squared():
    grid = RasterGrid(10, 10, Affine(15.0, 0, 0, 0, -20.0, 0), CRS.from_string(UTM))
    assert grid.pixel_area_m2() == pytest.approx(300.0)


def test_pixel_area_of_geographic_grid_matches_geodesic_area():
    pyproj = pytest.importorskip("pyproj")
    grid = RasterGrid(200, 100, WGS84_TRANSFORM, CRS.from_string(WGS84))
    lon0, lat0 = grid.transform * (100, 50)
    d = 1.3151e-4
    area, _ = pyproj.Geod(ellps="WGS84").polygon_area_perimeter(
        [lon0, lon0 + d, lon0 + d, lon0], [lat0 - d, lat0 - d, lat0, lat0]
    )
    # ~14.6 m x ~10.4 m at 44.8 N: about 152 m^2
    assert 140 < abs(area) < 160
    assert grid.pixel_area_m2() == pytest.approx(abs(area), rel=1e-4)


def test_window_transform_and_window_grid_shift_the_origin():
    grid = RasterGrid(100, 80, UTM_TRANSFORM, CRS.from_string(UTM))
    window = Window(10, 5, 20, 30)
    transform = grid.window_transform(window)
    assert transform.c == pytest.approx(UTM_TRANSFORM.c + 10 * 15.0)
    assert transform.f == pytest.approx(UTM_TRANSFORM.f - 5 * 15.0)
    sub = grid.window_grid(window)
    assert (sub.width, sub.height, sub.crs) == (20, 30, grid.crs)


def test_block_windows_tile_the_grid_exactly_once():
    grid = RasterGrid(70, 45, UTM_TRANSFORM, None)
    cover = np.zeros(grid.shape, int)
    for w in grid.block_windows(32):
        cover[w.row_off: w.row_off + w.height, w.col_off: w.col_off + w.width] += 1
    assert np.all(cover == 1)


def test_decimated_grid_covers_same_ground_with_fewer_pixels():
    grid = RasterGrid(1000, 600, UTM_TRANSFORM, CRS.from_string(UTM))
    coarse = grid.decimated(10_000)
    assert coarse.width * coarse.height <= 10_000
    assert coarse.bounds == pytest.approx(grid.bounds)
    assert grid.decimated(10**9) == grid
