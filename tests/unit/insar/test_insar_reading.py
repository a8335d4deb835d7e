"""InterferogramReader: every phase encoding, nodata rules, windows, grids and CRSs."""
from __future__ import annotations

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.control import GroundControlPoint
from rasterio.crs import CRS
from rasterio.transform import from_origin
from rasterio.warp import transform as warp_transform
from rasterio.windows import Window

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.insar import reading
from isslide_qgis.core.insar.reading import RADAR_GEOMETRY_NOTE, InterferogramReader, PhaseEncoding
from tests.unit.insar.insar_synthetic import (
    UTM,
    UTM_TRANSFORM,
    WGS84,
    WGS84_TRANSFORM,
    synthetic_coherence,
    synthetic_phase,
)

PHASE = synthetic_phase()
COHERENCE = synthetic_coherence()
AMPLITUDE = (0.5 + np.linspace(0, 2.5, PHASE.size).reshape(PHASE.shape)).astype(np.float32)


def angle_error(a: np.ndarray, b: np.ndarray) -> float:
    """Largest wrapped difference between two phase arrays (radians)."""
    return float(np.nanmax(np.abs(np.angle(np.exp(1j * (a.astype(np.float64) - b))))))


def test_phase_band_and_coherence_are_read_unchanged(ifg_pair):
    phase_path, coherence_path, phase, coherence = ifg_pair
    with InterferogramReader(phase_path, coherence_path) as reader:
        data = reader.read()
        assert reader.encoding is PhaseEncoding.PHASE
    np.testing.assert_array_equal(data.phase, phase)
    np.testing.assert_array_equal(data.coherence, coherence)
    assert data.valid.all() and data.phase.dtype == np.float32 and data.coherence.dtype == np.float32


def test_complex_band_is_detected_and_gives_its_argument(make_tif):
    z = (AMPLITUDE * np.exp(1j * PHASE)).astype(np.complex64)
    with InterferogramReader(make_tif("ifg.tif", z)) as reader:
        assert reader.encoding is PhaseEncoding.COMPLEX
        data = reader.read()
    assert angle_error(data.phase, PHASE) < 1e-5
    assert data.coherence is None and data.valid.all()


def test_real_imag_bands_are_detected_from_values_off_the_unit_circle(make_tif):
    bands = np.stack([AMPLITUDE * np.cos(PHASE), AMPLITUDE * np.sin(PHASE)]).astype(np.float32)
    with InterferogramReader(make_tif("ri.tif", bands)) as reader:
        assert reader.encoding is PhaseEncoding.REAL_IMAG
        assert any("'real_imag'" in note for note in reader.notes)
        data = reader.read()
    assert angle_error(data.phase, PHASE) < 1e-5


def test_cos_sin_bands_are_detected_from_values_on_the_unit_circle(make_tif):
    bands = np.stack([np.cos(PHASE), np.sin(PHASE)]).astype(np.float32)
    with InterferogramReader(make_tif("cs.tif", bands)) as reader:
        assert reader.encoding is PhaseEncoding.COS_SIN
        assert any("b1^2 + b2^2 = 1" in note for note in reader.notes)
        data = reader.read()
    assert angle_error(data.phase, PHASE) < 1e-5


def test_cos_sin_bands_are_detected_from_band_descriptions(make_tif):
    # Values off the unit circle: only the descriptions can say cos/sin.
    bands = np.stack([2 * np.cos(PHASE), 2 * np.sin(PHASE)]).astype(np.float32)
    path = make_tif("desc.tif", bands, descriptions=["cos_phase", "sin_phase"])
    with InterferogramReader(path) as reader:
        assert reader.encoding is PhaseEncoding.COS_SIN
        assert any("descriptions" in note for note in reader.notes)
        assert angle_error(reader.read().phase, PHASE) < 1e-5


@pytest.mark.parametrize("encoding", ["real_imag", "cos_sin", PhaseEncoding.REAL_IMAG])
def test_explicit_two_band_encodings_skip_detection(make_tif, encoding):
    bands = np.stack([np.cos(PHASE), np.sin(PHASE)]).astype(np.float32)
    with InterferogramReader(make_tif("two.tif", bands), encoding=encoding) as reader:
        assert reader.encoding is PhaseEncoding(encoding)
        assert not any("detected" in note for note in reader.notes)
        assert angle_error(reader.read().phase, PHASE) < 1e-5


def test_band_argument_selects_the_phase_band_of_a_multiband_raster(make_tif):
    bands = np.stack([AMPLITUDE, PHASE, COHERENCE])
    with InterferogramReader(make_tif("stack.tif", bands), band=2) as reader:
        assert reader.encoding is PhaseEncoding.PHASE
        np.testing.assert_array_equal(reader.read().phase, PHASE)


def test_nan_without_declared_nodata_is_invalid(make_tif):
    phase = PHASE.copy()
    phase[:, :7] = np.nan  # swath border written as NaN, no nodata declared
    with InterferogramReader(make_tif("nan.tif", phase)) as reader:
        data = reader.read()
    assert not data.valid[:, :7].any() and data.valid[:, 7:].all()
    assert np.isnan(data.phase[:, :7]).all()


def test_declared_nodata_becomes_nan_in_phase_and_coherence(make_tif):
    phase, coherence = PHASE.copy(), COHERENCE.copy()
    phase[:5] = -9999.0
    coherence[-3:] = 0.0
    with InterferogramReader(make_tif("p.tif", phase, nodata=-9999.0),
                             make_tif("c.tif", coherence, nodata=0.0)) as reader:
        data = reader.read()
    expected = np.ones(PHASE.shape, bool)
    expected[:5] = expected[-3:] = False
    np.testing.assert_array_equal(data.valid, expected)
    assert np.isnan(data.phase[~expected]).all() and np.isnan(data.coherence[~expected]).all()
    np.testing.assert_array_equal(data.phase[expected], PHASE[expected])


def test_zero_magnitude_complex_and_two_band_pixels_are_invalid(make_tif):
    z = (AMPLITUDE * np.exp(1j * PHASE)).astype(np.complex64)
    z[:4] = 0  # outside the swath
    with InterferogramReader(make_tif("z.tif", z, nodata=0.0)) as reader:
        assert not reader.read().valid[:4].any()
    bands = np.stack([AMPLITUDE * np.cos(PHASE), AMPLITUDE * np.sin(PHASE)]).astype(np.float32)
    bands[:, :4] = 0.0
    bands[0, 10, 10], bands[1, 10, 10] = 0.0, 1.0  # real part 0 alone: a valid phase of pi/2
    with InterferogramReader(make_tif("ri0.tif", bands, nodata=0.0), encoding="real_imag") as reader:
        data = reader.read()
    assert not data.valid[:4].any() and data.valid[4:].all()
    assert data.phase[10, 10] == pytest.approx(np.pi / 2)


def test_windows_beyond_the_raster_are_nan_outside(ifg_pair):
    phase_path, coherence_path, phase, coherence = ifg_pair
    with InterferogramReader(phase_path, coherence_path) as reader:
        data = reader.read(Window(-5, 30, 20, 20))  # 5 columns left, 10 rows below
    assert data.phase.shape == (20, 20)
    np.testing.assert_array_equal(data.phase[:10, 5:], phase[30:40, 0:15])
    np.testing.assert_array_equal(data.coherence[:10, 5:], coherence[30:40, 0:15])
    assert not data.valid[:, :5].any() and not data.valid[10:].any()
    with InterferogramReader(phase_path) as reader:
        assert not reader.read(Window(100, 100, 8, 8)).valid.any()


def test_no_crs_is_radar_geometry_with_a_note(make_tif):
    with InterferogramReader(make_tif("radar.tif", PHASE, crs=None),
                             make_tif("radar_coh.tif", COHERENCE, crs=None)) as reader:
        assert reader.grid.crs is None and reader.grid.pixel_area_m2() is None
        assert RADAR_GEOMETRY_NOTE in reader.notes
        np.testing.assert_array_equal(reader.read().coherence, COHERENCE)


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")
def test_radar_geometry_with_ground_control_points_says_they_are_unused(make_tif):
    path = make_tif("gcp.tif", PHASE, crs=None)
    with rasterio.open(path, "r+") as ds:
        ds.gcps = ([GroundControlPoint(0, 0, 6.7, 44.8), GroundControlPoint(40, 50, 6.8, 44.7),
                    GroundControlPoint(0, 50, 6.8, 44.8)], CRS.from_epsg(4326))
    with InterferogramReader(path) as reader:
        assert reader.grid.crs is None and RADAR_GEOMETRY_NOTE in reader.notes
        assert any("3 ground control points" in n for n in reader.notes)


def test_coherence_without_crs_on_a_georeferenced_phase_is_taken_pixel_for_pixel(make_tif):
    with InterferogramReader(make_tif("p.tif", PHASE), make_tif("c.tif", COHERENCE, crs=None)) as reader:
        assert any("only one of phase and coherence has a CRS" in n for n in reader.notes)
        np.testing.assert_array_equal(reader.read().coherence, COHERENCE)


def _linear_coherence(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """A coherence that is linear in map coordinates (bilinear resampling reproduces it)."""
    return 0.2 + 0.5 * (x - 320000.0) / 750.0 + 0.2 * (4960000.0 - y) / 600.0


def test_coherence_on_another_overlapping_grid_is_resampled_bilinearly(make_tif):
    # Coherence at 10 m, shifted by 3.3 m, covering more than the 15 m phase grid.
    coh_transform = from_origin(319950.0 + 3.3, 4960050.0, 10.0, 10.0)
    rows, cols = np.mgrid[0:80, 0:95] + 0.5
    x, y = coh_transform * (cols, rows)
    coherence = _linear_coherence(x, y).astype(np.float32)
    with InterferogramReader(make_tif("p.tif", PHASE),
                             make_tif("c10.tif", coherence, transform=coh_transform)) as reader:
        assert any("resampled" in n and "bilinear" in n for n in reader.notes)
        data = reader.read()
    prow, pcol = np.mgrid[0:40, 0:50] + 0.5
    px, py = UTM_TRANSFORM * (pcol, prow)
    # GDAL widens the bilinear kernel when downsampling (10 m -> 15 m): a 0.02 px bias at most.
    np.testing.assert_allclose(data.coherence, _linear_coherence(px, py), atol=5e-4)
    assert data.valid.all()


def test_coherence_in_another_crs_is_reprojected_onto_the_phase_grid(make_tif):
    # Coherence in EPSG:4326 covering the UTM phase grid, values linear in UTM x, y.
    lon, lat = warp_transform(UTM, WGS84, [319900.0, 320900.0], [4960100.0, 4959300.0])
    res = 5e-5
    transform = from_origin(min(lon), max(lat), res, res)
    height, width = int((max(lat) - min(lat)) / res), int((max(lon) - min(lon)) / res)
    rows, cols = np.mgrid[0:height, 0:width] + 0.5
    glon, glat = transform * (cols, rows)
    ux, uy = warp_transform(WGS84, UTM, glon.ravel(), glat.ravel())
    coherence = _linear_coherence(np.array(ux), np.array(uy)).reshape(height, width).astype(np.float32)
    with InterferogramReader(make_tif("p.tif", PHASE),
                             make_tif("c4326.tif", coherence, crs=WGS84, transform=transform)) as reader:
        assert any("EPSG:4326" in n for n in reader.notes if "resampled" in n)
        data = reader.read()
    prow, pcol = np.mgrid[0:40, 0:50] + 0.5
    px, py = UTM_TRANSFORM * (pcol, prow)
    np.testing.assert_allclose(data.coherence, _linear_coherence(px, py), atol=1e-3)


def test_partially_overlapping_coherence_leaves_the_rest_invalid(make_tif):
    shifted = UTM_TRANSFORM * Affine.translation(25, 0)  # covers phase columns 25..49 only
    with InterferogramReader(make_tif("p.tif", PHASE),
                             make_tif("c.tif", COHERENCE, transform=shifted)) as reader:
        data = reader.read()
    assert not data.valid[:, :24].any() and data.valid[:, 26:].all()
    np.testing.assert_allclose(data.coherence[:, 30:], COHERENCE[:, 5:25], atol=1e-6)


@pytest.mark.parametrize("crs, transform, area", [(UTM, UTM_TRANSFORM, 225.0), (WGS84, WGS84_TRANSFORM, 152.0)])
def test_utm_and_geographic_inputs_keep_their_crs(make_tif, crs, transform, area):
    with InterferogramReader(make_tif("p.tif", PHASE, crs=crs, transform=transform),
                             make_tif("c.tif", COHERENCE, crs=crs, transform=transform)) as reader:
        assert reader.grid.crs.to_string() == crs and reader.grid.transform == transform
        assert reader.grid.pixel_area_m2() == pytest.approx(area, rel=0.01)
        assert not any("resampled" in n for n in reader.notes)
        np.testing.assert_array_equal(reader.read().phase, PHASE)


def test_phase_in_zero_two_pi_is_rewrapped_with_a_note(make_tif):
    positive = np.mod(PHASE, 2 * np.pi).astype(np.float32)
    assert positive.max() > np.pi + 0.5  # really beyond pi
    with InterferogramReader(make_tif("p2pi.tif", positive)) as reader:
        assert any("rewrapped" in n for n in reader.notes)
        data = reader.read()
    assert np.nanmax(data.phase) <= np.pi and np.nanmin(data.phase) >= -np.pi
    assert angle_error(data.phase, PHASE) < 1e-5


def test_values_a_hair_beyond_the_ranges_are_accepted_and_clipped(make_tif):
    phase, coherence = PHASE.copy(), COHERENCE.copy()
    phase[0, 0], coherence[0, 0] = np.float32(np.pi + 5e-5), np.float32(1.0 + 5e-5)
    with InterferogramReader(make_tif("p.tif", phase), make_tif("c.tif", coherence)) as reader:
        data = reader.read()
    assert data.phase[0, 0] == np.float32(np.pi) and data.coherence[0, 0] == 1.0


def test_many_exact_zeros_without_nodata_get_a_note(make_tif):
    phase = PHASE.copy()
    phase[:, :25] = 0.0
    with InterferogramReader(make_tif("z.tif", phase)) as reader:
        assert any("gdal_edit.py -a_nodata 0" in n for n in reader.notes)


def test_read_decimated_gives_a_coarse_grid_of_the_same_ground(ifg_pair):
    phase_path, coherence_path, phase, _ = ifg_pair
    with InterferogramReader(phase_path, coherence_path) as reader:
        data, grid = reader.read_decimated(500)
    assert grid.width * grid.height <= 500 and data.phase.shape == grid.shape
    assert grid.bounds == pytest.approx(reader.grid.bounds)
    assert (grid.width, grid.height) < (50, 40)
    rows = ((np.arange(grid.height) + 0.5) * reader.grid.height / grid.height).astype(int)
    cols = ((np.arange(grid.width) + 0.5) * reader.grid.width / grid.width).astype(int)
    np.testing.assert_array_equal(data.phase, phase[np.ix_(rows, cols)])  # nearest samples


def test_value_checks_look_at_a_decimated_sample(make_tif, monkeypatch):
    phase = synthetic_phase(200, 200)
    phase[101:104, 101:104] = 170.0  # a few degree-like values, between the sampled pixels
    path = make_tif("big.tif", phase)
    with pytest.raises(InputDataError, match="DEGREES|UNWRAPPED"):
        InterferogramReader(path)  # 40,000 px: read in full
    monkeypatch.setattr(reading, "SAMPLE_PIXELS", 400)  # 10 x 10 decimation misses them
    with InterferogramReader(path) as reader:
        data = reader.read(Window(100, 100, 5, 5))
        assert any("set invalid" in n for n in reader.notes)  # caught while streaming instead
    expected = np.ones((5, 5), bool)
    expected[1:4, 1:4] = False
    np.testing.assert_array_equal(data.valid, expected)
