"""Every input problem gives an error naming the file, the problem and the fix."""
from __future__ import annotations

import numpy as np
import pytest
from affine import Affine
from osgeo import ogr, osr

from isslide_qgis.core.errors import GridMismatchError, InputDataError
from isslide_qgis.core.insar.reading import InterferogramReader
from tests.unit.insar.insar_synthetic import UTM_TRANSFORM, synthetic_coherence, synthetic_phase

PHASE = synthetic_phase()
COHERENCE = synthetic_coherence()


def open_error(phase_path, coherence_path=None, error=InputDataError, **options) -> str:
    with pytest.raises(error) as caught:
        InterferogramReader(phase_path, coherence_path, **options)
    return str(caught.value)


def test_missing_phase_file(tmp_path):
    message = open_error(tmp_path / "nowhere" / "phase.tif")
    assert "phase.tif" in message and "does not exist" in message and "Check the path" in message


def test_missing_coherence_file(make_tif, tmp_path):
    message = open_error(make_tif("p.tif", PHASE), tmp_path / "coh_missing.tif")
    assert "coh_missing.tif" in message and "coherence" in message and "does not exist" in message


def test_text_file_is_not_a_raster(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("this is the processing log, not an interferogram\n")
    message = open_error(path)
    assert "notes.txt" in message and "not a raster" in message and "text file" in message


def test_shapefile_is_not_a_raster(tmp_path):
    path = tmp_path / "annotations.shp"
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32632)
    source = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    layer = source.CreateLayer("annotations", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0,1 0,1 1,0 0))"))
    layer.CreateFeature(feature)
    source = None  # flush
    assert path.exists()
    message = open_error(path, coherence_path=None)
    assert "annotations.shp" in message and "not a raster" in message and "vector layer" in message


@pytest.mark.parametrize(
    "bands, options, expected",
    [
        (PHASE, {"encoding": "real_imag"}, "needs 2 bands"),
        (np.stack([PHASE, PHASE]), {"encoding": "phase"}, "Say which band"),
        (np.stack([PHASE, PHASE, PHASE]), {}, "cannot be guessed"),
        (PHASE, {"band": 3}, "band 3 was requested"),
        (PHASE, {"encoding": "complex"}, "real values, not complex"),
        (np.exp(1j * PHASE).astype(np.complex64), {"encoding": "phase"}, "holds complex values"),
    ],
)
def test_wrong_band_count_or_type_for_the_encoding(make_tif, bands, options, expected):
    message = open_error(make_tif("bands.tif", np.asarray(bands)), **options)
    assert "bands.tif" in message and expected in message


def test_multiband_coherence_needs_a_band(make_tif):
    message = open_error(make_tif("p.tif", PHASE), make_tif("c3.tif", np.stack([COHERENCE] * 3)))
    assert "c3.tif" in message and "3 bands" in message and "coherence_band" in message
    with InterferogramReader(make_tif("p.tif", PHASE), make_tif("c3.tif", np.stack([COHERENCE] * 3)),
                             coherence_band=2) as reader:
        np.testing.assert_array_equal(reader.read().coherence, COHERENCE)


@pytest.mark.parametrize("degrees", [np.degrees(PHASE), np.degrees(np.mod(PHASE, 2 * np.pi))])
def test_phase_in_degrees_is_refused_with_the_conversion(make_tif, degrees):
    message = open_error(make_tif("deg.tif", degrees.astype(np.float32)))
    assert "deg.tif" in message and "DEGREES" in message and "pi() / 180" in message


def test_unwrapped_phase_is_refused_with_the_wrapping_fix(make_tif):
    unwrapped = np.cumsum(np.full(PHASE.shape, 0.05, np.float32), axis=1) * 12  # 0..30 rad
    message = open_error(make_tif("unw.tif", unwrapped))
    assert "unw.tif" in message and "UNWRAPPED" in message and "fringes" in message
    assert "atan2(sin(phase), cos(phase))" in message


@pytest.mark.parametrize(
    "scale, expected, fix",
    [(255.0, "0-255", "/ 255"), (100.0, "PERCENT", "/ 100")],
)
def test_scaled_coherence_is_refused_with_the_scale(make_tif, scale, expected, fix):
    message = open_error(make_tif("p.tif", PHASE), make_tif("cohs.tif", COHERENCE * np.float32(scale)))
    assert "cohs.tif" in message and expected in message and fix in message


@pytest.mark.parametrize("values, expected", [(COHERENCE - 0.5, "cannot be negative"), (COHERENCE * 1.3, "clip")])
def test_other_out_of_range_coherence(make_tif, values, expected):
    message = open_error(make_tif("p.tif", PHASE), make_tif("cbad.tif", values.astype(np.float32)))
    assert "cbad.tif" in message and "outside [0, 1]" in message and expected in message


def test_phase_without_any_valid_pixel(make_tif):
    message = open_error(make_tif("empty.tif", np.full(PHASE.shape, -9999, np.float32), nodata=-9999))
    assert "No valid pixel" in message and "empty.tif" in message and "nodata" in message
    message = open_error(make_tif("nan.tif", np.full(PHASE.shape, np.nan, np.float32)))
    assert "No valid pixel" in message and "nan.tif" in message


def test_coherence_without_any_valid_pixel(make_tif):
    message = open_error(make_tif("p.tif", PHASE), make_tif("c0.tif", np.zeros_like(COHERENCE), nodata=0.0))
    assert "No valid pixel" in message and "c0.tif" in message


def test_phase_and_coherence_valid_in_disjoint_areas(make_tif):
    phase, coherence = PHASE.copy(), COHERENCE.copy()
    phase[:, 25:] = np.nan
    coherence[:, :25] = np.nan
    message = open_error(make_tif("half_p.tif", phase), make_tif("half_c.tif", coherence))
    assert "half_p.tif" in message and "half_c.tif" in message and "both a valid phase" in message


def test_non_overlapping_grids_are_refused(make_tif):
    far = UTM_TRANSFORM * Affine.translation(10_000, 0)
    message = open_error(make_tif("p.tif", PHASE), make_tif("far.tif", COHERENCE, transform=far),
                         error=GridMismatchError)
    assert "far.tif" in message and "p.tif" in message and "does not overlap" in message
    assert "same date pair" in message


def test_radar_geometry_coherence_of_another_size_is_refused(make_tif):
    message = open_error(make_tif("rp.tif", PHASE, crs=None), make_tif("rc.tif", COHERENCE[:, :30], crs=None),
                         error=GridMismatchError)
    assert "rp.tif" in message and "rc.tif" in message and "50 x 40" in message and "30 x 40" in message


def test_unknown_encoding_name_lists_the_valid_ones(make_tif):
    with pytest.raises(ValueError, match="real_imag"):
        InterferogramReader(make_tif("p.tif", PHASE), encoding="polar")
