"""ISCE2 (topsStack, topsApp) and GAMMA raw products, written in their processors' exact layouts,
recognised, read and imported as this plugin's GeoTIFFs."""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest
import rasterio

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.insar.product_import import import_product
from isslide_qgis.core.insar.products import recognise, recognise_input
from isslide_qgis.core.insar.products.gamma_par import map_grid, read_par
from isslide_qgis.core.insar.reading import InterferogramReader
from isslide_qgis.core.stack.pairs import discover_pairs
from tests.processor_layouts import (
    as_gamma, as_isce2_topsapp, as_isce2_topsstack, gamma_dem_par, read_pair)
from tests.unit.insar.insar_synthetic import (
    WGS84, WGS84_TRANSFORM, synthetic_coherence, synthetic_phase, write_tif)

D1, D2, D3 = dt.date(2021, 6, 2), dt.date(2021, 6, 14), dt.date(2021, 6, 26)


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    """An ISSLIDE pair (phase.tif + coherence.tif, UTM, a NaN hole) to rewrite in layouts."""
    phase, coherence = synthetic_phase(), synthetic_coherence()
    phase[3:6, 10:14] = np.nan
    folder = tmp_path / "isslide" / "20210602_20210614"
    folder.mkdir(parents=True)
    write_tif(folder / "coherence.tif", coherence, nodata=np.nan)
    return write_tif(folder / "phase.tif", phase, nodata=np.nan)


def _same_phase(read: np.ndarray, expected: np.ndarray, sign: float = 1.0) -> bool:
    valid = np.isfinite(expected)
    if not (np.isfinite(read) == valid).all():
        return False
    return float(np.max(np.abs(np.angle(np.exp(1j * (read[valid] - sign * expected[valid])))))) < 1e-5


def test_topsstack_layout_is_recognised_read_and_stacked(pair: Path, tmp_path: Path) -> None:
    root = tmp_path / "isce"
    ifg = as_isce2_topsstack(pair, root, D1, D2)
    as_isce2_topsstack(pair, root, D1, D3)
    found = recognise(ifg)
    assert (found.product.name, found.baseline_days) == ("isce2", 12)
    assert found.coherence_path.name == "filt_fine.cor.vrt"
    assert found.superseded_by.name == "filt_fine.int.vrt"  # the raw file is read through it
    assert recognise(ifg.with_name("fine.int.vrt")).superseded_by.name == "filt_fine.int.vrt"
    phase, coherence, _ = read_pair(pair)
    with InterferogramReader(ifg, found.coherence_path) as reader:
        data = reader.read()
        assert not reader.grid.has_crs  # topsStack stays in radar geometry
    assert _same_phase(data.phase, phase)
    assert np.allclose(data.coherence[data.valid], coherence[data.valid], atol=1e-6)
    pairs = discover_pairs(root)
    assert [(p.name, p.convention, p.phase_path.name, p.coherence_path.name) for p in pairs] == [
        ("20210602_20210614", "isce2", "filt_fine.int.vrt", "filt_fine.cor.vrt"),
        ("20210602_20210626", "isce2", "filt_fine.int.vrt", "filt_fine.cor.vrt")]


def test_topsapp_prefers_geocoded_and_reads_band_two_of_topophase_cor(pair: Path, tmp_path: Path) -> None:
    run = tmp_path / "20210602_20210614"
    geocoded = as_isce2_topsapp(pair, run)
    assert recognise_input(run).path.name == "filt_topophase.flat.geo.vrt"
    for suffix in ("", ".vrt", ".xml"):
        (run / "merged" / f"phsig.cor.geo{suffix}").unlink()
    found = recognise(geocoded)
    assert (found.coherence_path.name, found.coherence_band) == ("topophase.cor.geo.vrt", 2)
    assert found.baseline_days == 12
    with InterferogramReader(geocoded, found.coherence_path) as reader:
        data = reader.read()
        assert reader.grid.has_crs
    _, coherence, _ = read_pair(pair)
    assert np.allclose(data.coherence[data.valid], coherence[data.valid], atol=1e-6)
    assert recognise(run / "merged" / "filt_topophase.flat").superseded_by is not None


@pytest.mark.parametrize("geocoded", [True, False])
def test_gamma_pair_reads_size_dates_and_geocoding_from_text_files(
        pair: Path, tmp_path: Path, geocoded: bool) -> None:
    ifg = as_gamma(pair, tmp_path / "gamma", D1, D2, geocoded=geocoded)
    renamed = ifg.with_name("ifg.adf.diff")  # dates from the .off title, not the name
    for suffix in (".adf.diff", ".adf.cc", ".off", ".diff_par"):
        ifg.with_name(f"20210602_20210614{suffix}").rename(ifg.with_name(f"ifg{suffix}"))
    found = recognise(renamed)
    assert (found.product.name, found.baseline_days, found.coherence_path.name) == (
        "gamma", 12, "ifg.adf.cc")
    phase, coherence, profile = read_pair(pair)
    with InterferogramReader(renamed, found.coherence_path) as reader:
        data, grid = reader.read(), reader.grid
        headers = reader._workdir
        assert headers is not None and headers.parent != renamed.parent  # never beside the data
    assert not headers.exists()  # removed on close
    assert grid.has_crs is geocoded
    if geocoded:
        assert grid.crs == profile["crs"] and grid.transform.almost_equals(profile["transform"])
    assert _same_phase(data.phase, phase)
    assert sorted(p.name for p in renamed.parent.iterdir()) == sorted(
        ["20210602_20210614.diff", "ifg.adf.diff", "ifg.adf.cc", "ifg.off", "ifg.diff_par"])


def test_gamma_eqa_dem_par_is_pixel_centred(tmp_path: Path) -> None:
    profile = {"transform": WGS84_TRANSFORM, "crs": rasterio.crs.CRS.from_string(WGS84),
               "width": 50, "height": 40}
    par = gamma_dem_par(tmp_path / "EQA.dem_par", profile)
    assert read_par(par)["DEM_projection"] == "EQA"
    grid = map_grid(par)
    assert grid.crs.to_epsg() == 4326
    assert np.allclose(grid.transform, WGS84_TRANSFORM.to_gdal(), atol=1e-9)


def test_gamma_without_a_fitting_size_says_which_file_to_add(pair: Path, tmp_path: Path) -> None:
    ifg = as_gamma(pair, tmp_path / "gamma", D1, D2, geocoded=False)
    ifg.with_name("20210602_20210614.off").unlink()
    ifg.with_name("20210602_20210614.diff_par").unlink()
    with pytest.raises(InputDataError, match=r"20210602_20210614\.off: interferogram_width"):
        InterferogramReader(ifg)


def test_gamma_stack_prefers_the_filtered_interferogram(pair: Path, tmp_path: Path) -> None:
    for second in (D2, D3):
        as_gamma(pair, tmp_path / "gamma", D1, second)
    pairs = discover_pairs(tmp_path / "gamma")
    assert [(p.baseline_days, p.phase_path.name, p.coherence_path.name) for p in pairs] == [
        (12, "20210602_20210614.adf.diff", "20210602_20210614.adf.cc"),
        (24, "20210602_20210626.adf.diff", "20210602_20210626.adf.cc")]


def test_import_writes_plugin_conventions_and_refuses_its_inputs(pair: Path, tmp_path: Path) -> None:
    folder = as_gamma(pair, tmp_path / "gamma", D1, D2).parent
    out = tmp_path / "out"
    result = import_product(folder, out / "phase.tif", out / "coherence.tif", block_size=16)
    phase, coherence, _ = read_pair(pair)
    with rasterio.open(result.interferogram) as src:
        assert math.isnan(src.nodata) and src.tags()["baseline_days"] == "12"
        read = src.read(1)
    assert _same_phase(read, phase, sign=-1.0)  # GAMMA's sign undone: towards the satellite
    with rasterio.open(result.coherence) as src:
        values = src.read(1)
    assert np.allclose(values[np.isfinite(read)], coherence[np.isfinite(read)], atol=1e-6)
    assert any("sign reversed" in note for note in result.notes)
    target = folder / "20210602_20210614.adf.cc"
    before = target.read_bytes()
    with pytest.raises(InputDataError, match="also an input"):
        import_product(folder, tmp_path / "x.tif", target)
    assert target.read_bytes() == before and not (tmp_path / "x.tif").exists()


def test_a_folder_of_several_pairs_is_sent_to_the_stack(pair: Path, tmp_path: Path) -> None:
    write_tif(tmp_path / "20210602_20210614.geo.diff_pha.tif", synthetic_phase())
    write_tif(tmp_path / "20210602_20210626.geo.diff_pha.tif", synthetic_phase())
    with pytest.raises(InputDataError, match="processstack"):
        recognise_input(tmp_path)
    with pytest.raises(InputDataError, match="not a product"):
        recognise_input(pair.parent.parent)


def test_topsstack_complex_fine_cor_is_read_as_its_magnitude(pair: Path, tmp_path: Path) -> None:
    """Without ``filt_fine.cor``, the complex coherence ``fine.cor`` is used: |gamma|."""
    from tests.processor_layouts import _isce_image

    ifg = as_isce2_topsstack(pair, tmp_path / "isce", D1, D2)
    for suffix in ("", ".vrt", ".xml"):
        ifg.with_name(f"filt_fine.cor{suffix}").unlink()
    _, coherence, _ = read_pair(pair)
    complex_coherence = np.where(np.isfinite(coherence), coherence, 0) * np.exp(0.7j)
    _isce_image(ifg.with_name("fine.cor"), complex_coherence.astype(np.complex64))
    found = recognise(ifg)
    assert found.coherence_path.name == "fine.cor.vrt"
    with InterferogramReader(ifg, found.coherence_path) as reader:
        data = reader.read()
    assert np.allclose(data.coherence[data.valid], coherence[data.valid], atol=1e-6)
