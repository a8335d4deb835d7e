"""Known blobs on a synthetic probability raster: count, order, statistics and ground areas."""
from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from rasterio.crs import CRS
from shapely.geometry import box

from isslide_qgis.core.errors import GridMismatchError, InputDataError
from isslide_qgis.core.insar.grid import RasterGrid
from isslide_qgis.core.insar.reading import InterferogramReader
from isslide_qgis.core.vectorize import vectorize_probability
from isslide_qgis.core.vectorize import ground_area
from tests.unit.insar.insar_synthetic import (
    UTM_TRANSFORM,
    WGS84_TRANSFORM,
    synthetic_phase,
    write_tif,
)
from tests.unit.vectorize.conftest import blobs, layer_srs, read_layer

#: blob -> its pixels (rows, cols) as in :func:`blobs`
A = np.s_[5:10, 5:10]
B = np.s_[20:30, 3:8]
C = np.s_[40:44, 30:36]


def _mask(region, hole=None, shape=(60, 50)) -> np.ndarray:
    mask = np.zeros(shape, dtype=bool)
    mask[region] = True
    if hole is not None:
        mask[hole] = False
    return mask


def _zone(lat_deg: float, a: float = 6378137.0, f: float = 1 / 298.257223563) -> float:
    """Area between the equator and ``lat_deg`` on the ellipsoid, per radian of longitude."""
    e2 = f * (2 - f)
    e = math.sqrt(e2)
    s = math.sin(math.radians(lat_deg))
    b2 = a * a * (1 - e2)
    return b2 * (s / (2 * (1 - e2 * s * s)) + math.log((1 + e * s) / (1 - e * s)) / (4 * e))


def _ellipsoidal_pixels_area(mask: np.ndarray, transform) -> float:
    """Sum of the WGS84 areas of the mask's lon/lat cells, from their corner coordinates."""
    total = 0.0
    for row, col in zip(*np.nonzero(mask)):
        west, north = transform * (col, row)
        east, south = transform * (col + 1, row + 1)
        total += math.radians(east - west) * (_zone(north) - _zone(south))
    return total


def test_utm_blobs_sorted_by_max_probability_with_exact_statistics(write_probability, tmp_path):
    out = tmp_path / "areas.gpkg"
    summary = vectorize_probability(write_probability(blobs()), out, threshold=0.5,
                                    model_name="unet", interferogram_name="20200101_20200107")
    features = read_layer(out)
    assert summary.count == 3 and summary.components == 3 and summary.area_unit == "m2"
    assert [f["id"] for f in features] == [1, 2, 3] == [f["fid"] for f in features]
    first, second, third = features
    assert first["max_prob"] == pytest.approx(0.95, abs=1e-6)          # B
    assert first["mean_prob"] == pytest.approx((49 * 0.7 + 0.95) / 50, abs=1e-6)
    assert second["max_prob"] == second["mean_prob"] == pytest.approx(0.9, abs=1e-6)  # A
    assert third["max_prob"] == pytest.approx(0.6, abs=1e-6)           # C
    assert [f["area_px"] for f in features] == [50, 25, 23]
    assert [f["area_m2"] for f in features] == [50 * 225.0, 25 * 225.0, 23 * 225.0]
    t = UTM_TRANSFORM
    assert second["geometry"].equals(box(*(t * (5, 10)), *(t * (10, 5))))
    assert len(third["geometry"].geoms[0].interiors) == 1  # the NaN pixel is a hole
    assert third["geometry"].area == pytest.approx(23 * 225.0)
    assert layer_srs(out).GetAuthorityCode(None) == "32632"
    assert all(f["model"] == "unet" and f["threshold"] == 0.5 for f in features)
    assert all(f["review_status"] == "unreviewed" and f["comment"] == "" for f in features)
    assert all(f["mean_coherence"] is None and f["baseline_days"] is None for f in features)
    assert features[0]["interferogram"] == "20200101_20200107"


def test_geographic_area_is_ellipsoidal_within_half_a_percent(write_probability, tmp_path):
    out = tmp_path / "areas.gpkg"
    vectorize_probability(write_probability(blobs(), "wgs84"), out, threshold=0.5)
    features = read_layer(out)
    expected = [_ellipsoidal_pixels_area(_mask(B), WGS84_TRANSFORM),
                _ellipsoidal_pixels_area(_mask(A), WGS84_TRANSFORM),
                _ellipsoidal_pixels_area(_mask(C, (41, 32)), WGS84_TRANSFORM)]
    for feature, area in zip(features, expected):
        assert feature["area_m2"] == pytest.approx(area, rel=5e-3)
        assert feature["area_m2"] == pytest.approx(area, rel=1e-6)  # pixel edges are exact
    assert 150 < features[1]["area_m2"] / 25 < 250  # ~10.4 m x 14.6 m pixels at 44.8 N
    assert layer_srs(out).GetAuthorityCode(None) == "4326"


def test_geographic_area_without_pyproj_matches(write_probability, tmp_path, monkeypatch):
    with_pyproj = tmp_path / "pyproj.gpkg"
    vectorize_probability(write_probability(blobs(), "wgs84"), with_pyproj, threshold=0.5)
    monkeypatch.setattr(ground_area, "_geod", lambda a, f: None)
    fallback = tmp_path / "authalic.gpkg"
    vectorize_probability(write_probability(blobs(), "wgs84"), fallback, threshold=0.5)
    areas = [f["area_m2"] for f in read_layer(fallback)]
    assert areas == pytest.approx([f["area_m2"] for f in read_layer(with_pyproj)], rel=1e-7)
    assert areas[1] == pytest.approx(_ellipsoidal_pixels_area(_mask(A), WGS84_TRANSFORM),
                                     rel=1e-9)


def test_radar_geometry_counts_pixels_and_leaves_area_m2_null(write_probability, tmp_path):
    out = tmp_path / "areas.gpkg"
    summary = vectorize_probability(write_probability(blobs(), "radar"), out, threshold=0.5,
                                    min_area_m2=24)
    features = read_layer(out)
    assert summary.area_unit == "px" and "pixels" in summary.notes[0]
    assert [f["area_px"] for f in features] == [50, 25]  # C (23 px) is under 24 px
    assert all(f["area_m2"] is None for f in features)
    assert features[1]["geometry"].equals(box(5, 5, 10, 10))  # pixel coordinates
    srs = layer_srs(out)
    assert srs is None or srs.IsLocal()


@pytest.mark.parametrize("minimum, expected", [(0.0, [50, 25, 23]), (23 * 225.0, [50, 25, 23]),
                                               (23 * 225.0 + 1, [50, 25]),
                                               (25 * 225.0 + 1, [50]), (1e9, [])])
def test_min_area_filter_in_square_metres(write_probability, tmp_path, minimum, expected):
    out = tmp_path / "areas.gpkg"
    summary = vectorize_probability(write_probability(blobs()), out, threshold=0.5,
                                    min_area_m2=minimum)
    assert [f["area_px"] for f in read_layer(out)] == expected
    assert summary.count == len(expected) and summary.components == 3
    assert [f["id"] for f in read_layer(out)] == list(range(1, len(expected) + 1))


def test_geographic_min_area_uses_the_ellipsoidal_area(write_probability, tmp_path):
    area_a = _ellipsoidal_pixels_area(_mask(A), WGS84_TRANSFORM)
    out = tmp_path / "areas.gpkg"
    vectorize_probability(write_probability(blobs(), "wgs84"), out, threshold=0.5,
                          min_area_m2=area_a * (1 - 1e-7))
    assert [f["area_px"] for f in read_layer(out)] == [50, 25]
    vectorize_probability(write_probability(blobs(), "wgs84"), out, threshold=0.5,
                          min_area_m2=area_a * (1 + 1e-7))
    assert [f["area_px"] for f in read_layer(out)] == [50]


def test_threshold_is_strict_and_nan_or_nodata_never_belong(write_probability, tmp_path):
    prob = np.zeros((12, 12), np.float32)
    prob[1:3, 1:3] = 0.5                       # exactly the threshold: not moving
    prob[5:7, 1:3] = np.nextafter(np.float32(0.5), np.float32(1))
    prob[9:11, 1:4] = 0.8
    prob[9:11, 2] = np.nan                     # NaN column splits it in two
    prob[1:4, 8:11] = 7.0                      # the declared nodata value
    out = tmp_path / "areas.gpkg"
    vectorize_probability(write_probability(prob, nodata=7.0), out, threshold=0.5)
    features = read_layer(out)
    assert sorted(f["area_px"] for f in features) == [2, 2, 4]
    assert max(f["max_prob"] for f in features) == pytest.approx(0.8)
    assert all(0.5 < f["max_prob"] <= np.float32(0.8) for f in features)


def test_ties_in_max_probability_are_ordered_top_left_first(write_probability, tmp_path):
    prob = np.zeros((20, 20), np.float32)
    prob[12:14, 2:4] = prob[2:4, 12:14] = prob[2:4, 2:4] = 0.8
    out = tmp_path / "areas.gpkg"
    vectorize_probability(write_probability(prob, "radar"), out, threshold=0.5)
    assert [f["geometry"].bounds[:2] for f in read_layer(out)] == [(2, 2), (12, 2), (2, 12)]


def _coherence(shape=(60, 50)) -> np.ndarray:
    rows, cols = np.mgrid[0:shape[0], 0:shape[1]]
    coherence = (0.2 + 0.01 * cols + 0.001 * rows).astype(np.float32)
    coherence[5, 5:10] = np.nan                # part of A without coherence
    coherence[C] = np.nan                      # C has none at all
    return coherence


def _expected_coherence(coherence: np.ndarray) -> list:
    values = [coherence[_mask(B)], coherence[_mask(A)]]
    return [pytest.approx(float(np.nanmean(v)), abs=1e-6) for v in values] + [None]


def test_mean_coherence_from_a_coherence_raster(write_probability, tmp_path):
    coherence = _coherence()
    coherence_path = write_tif(tmp_path / "coherence.tif", coherence, nodata=float("nan"))
    out = tmp_path / "areas.gpkg"
    vectorize_probability(write_probability(blobs()), out, threshold=0.5,
                          coherence_path=coherence_path)
    assert [f["mean_coherence"] for f in read_layer(out)] == _expected_coherence(coherence)


def test_mean_coherence_from_an_interferogram_reader(write_probability, tmp_path):
    coherence = _coherence()
    phase = write_tif(tmp_path / "phase.tif", synthetic_phase(60, 50))
    coherence_path = write_tif(tmp_path / "coherence.tif", coherence, nodata=float("nan"))
    out = tmp_path / "areas.gpkg"
    with InterferogramReader(phase, coherence_path) as reader:
        vectorize_probability(write_probability(blobs()), out, threshold=0.5, coherence=reader,
                              dates=(dt.date(2020, 1, 1), dt.date(2020, 1, 13)))
    features = read_layer(out)
    assert [f["mean_coherence"] for f in features] == _expected_coherence(coherence)
    assert features[0]["date_first"] == "2020/01/01" and features[0]["baseline_days"] == 12


def test_reader_on_another_grid_is_refused(write_probability, tmp_path):
    phase = write_tif(tmp_path / "phase.tif", synthetic_phase(40, 50))
    coherence = write_tif(tmp_path / "coherence.tif", np.full((40, 50), 0.5, np.float32))
    with InterferogramReader(phase, coherence) as reader:
        with pytest.raises(GridMismatchError, match="probability raster"):
            vectorize_probability(write_probability(blobs()), tmp_path / "a.gpkg",
                                  threshold=0.5, coherence=reader)
    assert not (tmp_path / "a.gpkg").exists()


@pytest.mark.parametrize("dates, baseline, expected", [
    (("20200101", "2020-01-07"), None, ("2020/01/01", "2020/01/07", 6)),
    ((dt.datetime(2021, 5, 1, 6), None), 18, ("2021/05/01", None, 18)),
    ((None, None), None, (None, None, None)),
])
def test_dates_and_baseline(write_probability, tmp_path, dates, baseline, expected):
    out = tmp_path / "areas.gpkg"
    vectorize_probability(write_probability(blobs()), out, threshold=0.5, dates=dates,
                          baseline_days=baseline)
    first = read_layer(out)[0]
    assert (first["date_first"], first["date_second"], first["baseline_days"]) == expected


@pytest.mark.parametrize("options, match", [
    ({"threshold": float("nan")}, "threshold nan"),
    ({"threshold": 0.5, "min_area_m2": -1}, "minimum area -1"),
    ({"threshold": 0.5, "simplify_px": -0.5}, "tolerance -0.5"),
    ({"threshold": 0.5, "dates": ("yesterday", None)}, "'yesterday' is not a date"),
])
def test_invalid_options_are_explained(write_probability, tmp_path, options, match):
    with pytest.raises(InputDataError, match=match):
        vectorize_probability(write_probability(blobs()), tmp_path / "a.gpkg", **options)


def test_missing_or_unreadable_probability_raster(tmp_path):
    with pytest.raises(InputDataError, match="does not exist"):
        vectorize_probability(tmp_path / "none.tif", tmp_path / "a.gpkg", threshold=0.5)
    text = tmp_path / "notes.tif"
    text.write_text("not a raster")
    with pytest.raises(InputDataError, match="not a raster GDAL can read"):
        vectorize_probability(text, tmp_path / "a.gpkg", threshold=0.5)
    assert not (tmp_path / "a.gpkg").exists()


def test_grid_pixel_area_agrees_with_the_ellipsoidal_measure():
    grid = RasterGrid(50, 60, WGS84_TRANSFORM, CRS.from_epsg(4326))
    measure = ground_area.area_measure(grid)
    centre_pixel = box(25, 30, 26, 31)
    assert measure.area_m2(1, centre_pixel) == pytest.approx(grid.pixel_area_m2(), rel=1e-4)
    assert measure.largest_pixel_m2 >= measure.area_m2(1, box(0, 0, 1, 1))
    assert measure.min_pixels(measure.largest_pixel_m2 * 10) == pytest.approx(10, rel=1e-5)
