"""The product registry: recognition, conventions (coherence scale, unwrapped, zeros), sign."""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import numpy as np
import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.insar.products import PRODUCTS, Content, recognise
from isslide_qgis.core.insar.reading import InterferogramReader
from isslide_qgis.core.insar.zero_nodata import ZERO_REGION_PIXELS, zero_nodata_mask
from tests.unit.insar.insar_synthetic import synthetic_coherence, synthetic_phase, write_tif

PYRATE = Path(__file__).resolve().parents[2] / "data" / "pyrate"
D1, D2 = dt.date(2020, 7, 1), dt.date(2020, 7, 13)


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def test_licsar_names_prefer_the_filtered_phase(tmp_path: Path) -> None:
    pair = tmp_path / "20200701_20200713"
    filtered = _touch(pair / "20200701_20200713.geo.diff_pha.tif")
    unfiltered = _touch(pair / "20200701_20200713.geo.diff_unfiltered_pha.tif")
    unwrapped = _touch(pair / "20200701_20200713.geo.unw.tif")
    coherence = _touch(pair / "20200701_20200713.geo.cc.tif")
    found = recognise(filtered)
    assert (found.product.name, found.content, found.date_first, found.date_second) == (
        "licsar", Content.WRAPPED, D1, D2)
    assert found.coherence_path == coherence and found.superseded_by is None
    assert recognise(unfiltered).superseded_by == filtered
    assert recognise(unwrapped).content is Content.UNWRAPPED
    assert recognise(unwrapped).superseded_by == filtered
    assert PRODUCTS["licsar"].coherence_scales == {"uint8": 255.0}


@pytest.mark.parametrize("name", [
    "S1AA_20200701T054128_20200713T054129_VVP012_INT40_G_ueF_1A2B",
    "S1_136231_IW2_20200701_20200713_VV_INT80_E8A7",  # INSAR_ISCE_BURST
])
def test_hyp3_names(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    wrapped = _touch(folder / f"{name}_wrapped_phase.tif")
    corr = _touch(folder / f"{name}_corr.tif")
    unw = _touch(folder / f"{name}_unw_phase.tif")
    disp = _touch(folder / f"{name}_los_disp.tif")
    found = recognise(wrapped)
    assert (found.product.name, found.content, found.baseline_days, found.coherence_path) == (
        "hyp3", Content.WRAPPED, 12, corr)
    assert (recognise(unw).content, recognise(unw).superseded_by) == (Content.UNWRAPPED, wrapped)
    assert recognise(disp).content is Content.DISPLACEMENT
    assert recognise(corr) is None and recognise(folder / f"{name}_dem.tif") is None


def test_pyrate_names_read_hyphenated_dates() -> None:
    found = recognise(PYRATE / "cropA_20180106-20180130_VV_8rlks_eqa_unw.tif")
    assert (found.product.name, found.content) == ("pyrate", Content.UNWRAPPED)
    assert (found.date_first, found.date_second) == (dt.date(2018, 1, 6), dt.date(2018, 1, 30))
    assert found.coherence_path.name == "cropA_20180106-20180130_VV_8rlks_flat_eqa_cc.tif"


def test_snap_and_isslide_names(tmp_path: Path) -> None:
    snap = _touch(tmp_path / "Phase_ifg_IW2_VV_01Jul2020_13Jul2020.tif")
    coh = _touch(tmp_path / "coh_IW2_VV_01Jul2020_13Jul2020.tif")
    found = recognise(snap)
    assert (found.product.name, found.baseline_days, found.coherence_path) == ("snap", 12, coh)
    unw = recognise(_touch(tmp_path / "Unw_Phase_ifg_IW2_VV_01Jul2020_13Jul2020.tif"))
    assert (unw.content, unw.superseded_by, unw.coherence_path) == (Content.UNWRAPPED, snap, coh)
    phase = _touch(tmp_path / "20200701_20200713" / "phase.tif")
    assert recognise(phase).product.name == "isslide"
    assert recognise(tmp_path / "scene.tif") is None


def test_signs_are_recorded_with_their_source() -> None:
    signs = {name: product.phase_sign for name, product in PRODUCTS.items()}
    assert signs == {"licsar": -1.0, "hyp3": -1.0, "pyrate": -1.0, "snap": -1.0, "isce2": -1.0,
                     "gamma": -1.0, "isslide": 1.0}
    assert all(product.sign_source for product in PRODUCTS.values())
    assert [name for name, p in PRODUCTS.items() if not p.sign_certain] == ["pyrate", "snap", "isce2",
                                                                        "gamma"]


def test_licsar_uint8_coherence_is_rescaled(tmp_path: Path) -> None:
    pair = tmp_path / "20200701_20200713"
    pair.mkdir()
    coherence = synthetic_coherence()
    phase = write_tif(pair / "20200701_20200713.geo.diff_pha.tif", synthetic_phase())
    write_tif(pair / "20200701_20200713.geo.cc.tif", np.round(coherence * 255).astype(np.uint8))
    with InterferogramReader(phase, pair / "20200701_20200713.geo.cc.tif") as reader:
        data = reader.read()
        assert any("divided by 255" in note for note in reader.notes)
        assert any("LiCSAR" in note for note in reader.notes)
    assert np.nanmax(np.abs(data.coherence - coherence)) < 0.003


def test_unknown_uint8_coherence_keeps_the_error(tmp_path: Path) -> None:
    phase = write_tif(tmp_path / "scene.tif", synthetic_phase())
    cc = write_tif(tmp_path / "cc.tif", np.round(synthetic_coherence() * 255).astype(np.uint8))
    with pytest.raises(InputDataError, match="255"):
        InterferogramReader(phase, cc)


def test_unwrapped_product_is_rewrapped_and_degrees_stay_an_error(tmp_path: Path) -> None:
    name = "S1AA_20200701T054128_20200713T054129_VVP012_INT40_G_ueF_1A2B"
    wrapped = synthetic_phase()
    cols = np.arange(wrapped.shape[1])[None, :] // 8
    (tmp_path / name).mkdir()
    unw = write_tif(tmp_path / name / f"{name}_unw_phase.tif",
                    (wrapped + 2 * math.pi * cols).astype(np.float32))
    with InterferogramReader(unw) as reader:
        phase = reader.read().phase
        assert any("re-wrapped" in note for note in reader.notes)
    assert np.allclose(np.angle(np.exp(1j * (phase - wrapped))), 0, atol=1e-4)
    degrees = write_tif(tmp_path / "scene_deg.tif", np.degrees(wrapped).astype(np.float32))
    with pytest.raises(InputDataError, match="DEGREES"):
        InterferogramReader(degrees)


def test_los_displacement_is_refused(tmp_path: Path) -> None:
    name = "S1AA_20200701T054128_20200713T054129_VVP012_INT40_G_ueF_1A2B"
    (tmp_path / name).mkdir()
    disp = write_tif(tmp_path / name / f"{name}_los_disp.tif", synthetic_phase() * 0.01)
    with pytest.raises(InputDataError, match="_wrapped_phase"):
        InterferogramReader(disp)


def test_zero_rules() -> None:
    phase = np.ones((120, 120), np.float32)
    coherence = np.full_like(phase, 0.5)
    phase[:5, :5] = 0  # small zero patch, coherence valid: phase
    phase[50:60, 50:60], coherence[50:60, 50:60] = 0, 0  # both zero inside the scene
    mask = zero_nodata_mask(phase, coherence)
    assert mask[55, 55] and not mask[2, 2] and mask.sum() == 100
    alone = np.ones((120, 120), np.float32)
    alone[:110, :100] = 0  # a region of at least a tile
    alone[115:, 115:] = 0  # a few zeros
    mask = zero_nodata_mask(alone, None)
    assert mask[0, 0] and not mask[118, 118] and mask.sum() == 110 * 100 >= ZERO_REGION_PIXELS


def test_declared_nodata_wins_and_snap_zeros_become_nodata(tmp_path: Path) -> None:
    phase, coherence = synthetic_phase(), synthetic_coherence()
    phase[10:20, 10:20], coherence[10:20, 10:20] = 0, 0
    snap = write_tif(tmp_path / "Phase_ifg_IW2_VV_01Jul2020_13Jul2020.tif", phase)
    coh = write_tif(tmp_path / "coh_IW2_VV_01Jul2020_13Jul2020.tif", coherence)
    with InterferogramReader(snap, coh) as reader:
        data = reader.read()
    assert not data.valid[10:20, 10:20].any() and data.valid[25:, 25:].all()
    declared = write_tif(tmp_path / "declared.tif", phase, nodata=-9999.0)
    with InterferogramReader(declared, coh) as reader:
        assert reader.read().valid[10:20, 10:20].all()  # 0 is phase where nodata is declared


def test_real_pyrate_pair_reads_with_its_coherence() -> None:
    path = PYRATE / "cropA_20180106-20180130_VV_8rlks_eqa_unw.tif"
    found = recognise(path)
    with InterferogramReader(path, found.coherence_path) as reader:
        data = reader.read()
        assert any("PyRate" in note for note in reader.notes)
    assert np.nanmax(np.abs(data.phase)) <= math.pi and data.valid.mean() > 0.9


def test_coherence_is_found_only_when_none_is_given(tmp_path: Path) -> None:
    from isslide_qgis.core.insar.products import coherence_for

    pair = tmp_path / "20200701_20200713"
    phase = _touch(pair / "20200701_20200713.geo.diff_pha.tif")
    cc = _touch(pair / "20200701_20200713.geo.cc.tif")
    found, notes = coherence_for(phase, None)
    assert found == cc and "coherence found beside" in notes[0]
    assert coherence_for(phase, tmp_path / "mine.tif") == (tmp_path / "mine.tif", [])
    assert coherence_for(tmp_path / "scene.tif", None) == (None, [])
