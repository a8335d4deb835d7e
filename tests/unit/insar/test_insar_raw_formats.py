"""Raw binaries that GDAL reads through a side file keep working with the product registry:
an ISCE complex ``filt_topophase.flat`` through its ``.vrt`` and a big-endian ENVI complex."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from isslide_qgis.core.insar.reading import InterferogramReader
from tests.unit.insar.insar_synthetic import synthetic_phase

H, W = 40, 50


def _complex() -> np.ndarray:
    z = np.exp(1j * synthetic_phase(H, W)).astype(np.complex64)
    z[:, :5] = 0  # zero border, as outside the swath
    return z


def test_isce_flat_through_its_vrt(tmp_path: Path) -> None:
    merged = tmp_path / "merged"
    merged.mkdir()
    _complex().astype("<c8").tofile(merged / "filt_topophase.flat")
    (merged / "filt_topophase.flat.vrt").write_text(
        f'<VRTDataset rasterXSize="{W}" rasterYSize="{H}">\n'
        '  <VRTRasterBand dataType="CFloat32" band="1" subClass="VRTRawRasterBand">\n'
        '    <SourceFilename relativeToVRT="1">filt_topophase.flat</SourceFilename>\n'
        f'    <ByteOrder>LSB</ByteOrder><ImageOffset>0</ImageOffset><PixelOffset>8</PixelOffset>'
        f'<LineOffset>{8 * W}</LineOffset>\n'
        '  </VRTRasterBand>\n</VRTDataset>\n')
    with InterferogramReader(merged / "filt_topophase.flat.vrt") as reader:
        data = reader.read()
        assert reader.product is not None and reader.product.product.name == "isce2"
    assert not data.valid[:, :5].any() and data.valid[:, 5:].all()
    assert np.allclose(data.phase[:, 5:], synthetic_phase(H, W)[:, 5:], atol=1e-5)


def test_envi_big_endian_complex_with_hdr(tmp_path: Path) -> None:
    _complex().astype(">c8").tofile(tmp_path / "diff.int")
    (tmp_path / "diff.hdr").write_text(
        "ENVI\ndescription = {interferogram}\n"
        f"samples = {W}\nlines = {H}\nbands = 1\nheader offset = 0\nfile type = ENVI Standard\n"
        "data type = 6\ninterleave = bsq\nbyte order = 1\n")
    with InterferogramReader(tmp_path / "diff.int") as reader:
        data = reader.read()
    assert not data.valid[:, :5].any()
    assert np.allclose(data.phase[:, 5:], synthetic_phase(H, W)[:, 5:], atol=1e-5)
