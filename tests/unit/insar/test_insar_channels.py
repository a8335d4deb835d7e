"""Input channels: conventions, values, masking and the streamed raster export."""
from __future__ import annotations

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window

from isslide_qgis.core.errors import InputDataError, OperationCanceled
from isslide_qgis.core.insar.channels import CONVENTIONS, get_convention, make_channels, write_channels_raster
from isslide_qgis.core.insar.reading import InterferogramReader
from tests.unit.insar.insar_synthetic import synthetic_coherence, synthetic_phase

PHASE = synthetic_phase()
COHERENCE = synthetic_coherence()


def test_registry_holds_the_two_paper_conventions():
    assert CONVENTIONS["coh_cos_sin"].band_names == ("coherence", "cos_phase", "sin_phase")
    assert CONVENTIONS["cohcos_cohsin"].band_names == ("coh_cos_phase", "coh_sin_phase")
    assert all(c.needs_coherence for c in CONVENTIONS.values())
    with pytest.raises(ValueError, match="coh_cos_sin, cohcos_cohsin"):
        get_convention("rgb")


def test_coh_cos_sin_values():
    phase = np.array([[0.0, np.pi / 2], [np.pi, -np.pi / 3]], np.float32)
    coherence = np.array([[0.9, 0.5], [0.2, 0.7]], np.float32)
    out = make_channels(phase, coherence, "coh_cos_sin")
    assert out.shape == (3, 2, 2) and out.dtype == np.float32
    np.testing.assert_allclose(out[0], coherence)
    np.testing.assert_allclose(out[1], [[1, 0], [-1, 0.5]], atol=1e-6)
    np.testing.assert_allclose(out[2], [[0, 1], [0, -np.sqrt(3) / 2]], atol=1e-6)


def test_cohcos_cohsin_values_and_amplitude_equal_coherence():
    out = make_channels(PHASE, COHERENCE, "cohcos_cohsin")
    assert out.shape == (2, *PHASE.shape)
    np.testing.assert_allclose(out[0], COHERENCE * np.cos(PHASE), atol=1e-6)
    np.testing.assert_allclose(np.hypot(out[0], out[1]), COHERENCE, atol=1e-6)


def test_invalid_and_low_coherence_pixels_are_nan_in_every_channel():
    phase, coherence = PHASE.copy(), COHERENCE.copy()
    phase[0, :3] = np.nan
    coherence[1, :3] = np.nan
    out = make_channels(phase, coherence, "coh_cos_sin", coherence_threshold=0.3)
    expected = np.isnan(phase) | np.isnan(coherence) | (coherence < 0.3)
    assert expected.sum() > 6  # the threshold removes pixels too
    for channel in out:
        np.testing.assert_array_equal(np.isnan(channel), expected)


def test_phase_offset_rotates_cos_sin_but_not_coherence():
    out = make_channels(PHASE, COHERENCE, "coh_cos_sin", phase_offset=np.pi / 2)
    np.testing.assert_allclose(out[1], -np.sin(PHASE), atol=1e-5)
    np.testing.assert_allclose(out[2], np.cos(PHASE), atol=1e-5)
    np.testing.assert_allclose(out[0], COHERENCE)


def test_batches_take_one_offset_per_image():
    phases = np.stack([PHASE, -PHASE, PHASE])
    coherences = np.stack([COHERENCE] * 3)
    offsets = np.array([0.0, 1.0, np.pi], np.float32)
    out = make_channels(phases, coherences, "cohcos_cohsin", phase_offset=offsets)
    assert out.shape == (3, 2, *PHASE.shape)
    for n in range(3):
        np.testing.assert_allclose(out[n], make_channels(phases[n], coherences[n], "cohcos_cohsin",
                                                         phase_offset=offsets[n]), atol=1e-6)
    np.testing.assert_allclose(out[2, 0], -out[0, 0], atol=1e-5)


def test_missing_coherence_is_refused():
    with pytest.raises(InputDataError, match="needs a coherence"):
        make_channels(PHASE, None, "coh_cos_sin")


class CountingReader(InterferogramReader):
    """Records the windows read, to check the export streams block by block."""

    def read(self, window: Window | None = None):
        self.windows = getattr(self, "windows", []) + [window]
        return super().read(window)


def test_channels_raster_values_grid_and_blocks(make_tif, tmp_path):
    phase = PHASE.copy()
    phase[:, :6] = -9999.0  # swath border, declared nodata: stays nodata in the output
    reader = CountingReader(make_tif("p.tif", phase, nodata=-9999.0), make_tif("c.tif", COHERENCE))
    progress = []
    with reader:
        out = write_channels_raster(reader, tmp_path / "out" / "channels.tif", "coh_cos_sin",
                                    block_size=16, progress=progress.append)
    assert len(reader.windows) == 3 * 4  # 40 x 50 in blocks of 16
    assert all(w.width <= 16 and w.height <= 16 for w in reader.windows)
    assert progress[-1] == pytest.approx(100.0) and progress == sorted(progress)
    expected = make_channels(np.where(phase == -9999.0, np.nan, phase), COHERENCE, "coh_cos_sin")
    with rasterio.open(out) as ds, rasterio.open(tmp_path / "p.tif") as src:
        assert (ds.crs, ds.transform, ds.width, ds.height) == (src.crs, src.transform, src.width, src.height)
        assert ds.count == 3 and ds.dtypes == ("float32",) * 3 and np.isnan(ds.nodata)
        assert ds.descriptions == ("coherence", "cos_phase", "sin_phase")
        assert ds.profile["tiled"] and ds.block_shapes[0] == (256, 256)
        assert ds.compression.value == "DEFLATE"
        values = ds.read()
    np.testing.assert_allclose(values, expected, atol=1e-6)
    assert np.isnan(values[:, :, :6]).all() and not np.isnan(values[:, :, 6:]).any()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["channels.tif"]


@pytest.mark.filterwarnings("ignore::rasterio.errors.NotGeoreferencedWarning")
def test_channels_raster_of_radar_geometry_has_no_crs(make_tif, tmp_path):
    with InterferogramReader(make_tif("p.tif", PHASE, crs=None), make_tif("c.tif", COHERENCE, crs=None)) as reader:
        out = write_channels_raster(reader, tmp_path / "radar_channels.tif", "cohcos_cohsin")
    with rasterio.open(out) as ds:
        assert ds.crs is None and (ds.width, ds.height) == (50, 40)
        np.testing.assert_allclose(ds.read(1), COHERENCE * np.cos(PHASE), atol=1e-6)


def test_cancelled_export_leaves_no_file(make_tif, tmp_path):
    calls = iter([False, False, True])
    with InterferogramReader(make_tif("p.tif", PHASE), make_tif("c.tif", COHERENCE)) as reader:
        with pytest.raises(OperationCanceled, match="cancelled"):
            write_channels_raster(reader, tmp_path / "out" / "ch.tif", "coh_cos_sin", block_size=16,
                                  is_canceled=lambda: next(calls))
    assert list((tmp_path / "out").iterdir()) == []


def test_failed_export_leaves_no_file(make_tif, tmp_path, monkeypatch):
    with InterferogramReader(make_tif("p.tif", PHASE), make_tif("c.tif", COHERENCE)) as reader:
        monkeypatch.setattr(reader, "read", lambda window=None: (_ for _ in ()).throw(OSError("disk")))
        with pytest.raises(OSError):
            write_channels_raster(reader, tmp_path / "out" / "ch.tif", "coh_cos_sin")
    assert list((tmp_path / "out").iterdir()) == []


def test_export_without_coherence_is_refused(make_tif, tmp_path):
    with InterferogramReader(make_tif("p.tif", PHASE)) as reader:
        with pytest.raises(InputDataError, match="p.tif"):
            write_channels_raster(reader, tmp_path / "x.tif", "cohcos_cohsin")
    assert not (tmp_path / "x.tif").exists()
