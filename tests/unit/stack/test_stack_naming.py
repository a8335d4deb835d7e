"""Pair dates and coherence from SNAP, LiCSAR and ISSLIDE names, or from a pairs table."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from isslide_qgis.core.errors import InputDataError
from isslide_qgis.core.stack.naming import parse_pair_name
from isslide_qgis.core.stack.pairs import discover_pairs


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def test_licsar_names_and_coherence(tmp_path: Path) -> None:
    phase = _touch(tmp_path / "20200101_20200113.geo.diff_pha.tif")
    coherence = _touch(tmp_path / "20200101_20200113.geo.cc.tif")
    named = parse_pair_name(phase)
    assert (named.convention, named.date_first, named.date_second, named.coherence_path) == (
        "licsar", dt.date(2020, 1, 1), dt.date(2020, 1, 13), coherence)
    assert parse_pair_name(coherence) is None  # a coherence file is not an interferogram


def test_snap_band_names_and_coherence(tmp_path: Path) -> None:
    phase = _touch(tmp_path / "Phase_ifg_IW2_VV_01Jan2020_13Jan2020.tif")
    coherence = _touch(tmp_path / "coh_IW2_VV_01Jan2020_13Jan2020.tif")
    named = parse_pair_name(phase)
    assert (named.convention, named.date_first, named.date_second, named.coherence_path) == (
        "snap", dt.date(2020, 1, 1), dt.date(2020, 1, 13), coherence)


def test_isslide_folders_and_files(tmp_path: Path) -> None:
    phase = _touch(tmp_path / "20200713_20200701" / "phase.tif")  # dates in any order
    coherence = _touch(tmp_path / "20200713_20200701" / "coherence.tif")
    named = parse_pair_name(phase)
    assert (named.convention, named.date_first, named.date_second, named.coherence_path) == (
        "isslide", dt.date(2020, 7, 1), dt.date(2020, 7, 13), coherence)
    flat = _touch(tmp_path / "20200701_20200707_phase.tif")
    flat_coh = _touch(tmp_path / "20200701_20200707_coh.tif")
    assert parse_pair_name(flat).coherence_path == flat_coh
    assert parse_pair_name(tmp_path / "dem.tif") is None


def test_folder_discovery_matches_coherence_and_skips_other_rasters(tmp_path: Path) -> None:
    _touch(tmp_path / "a" / "20200101_20200113.geo.diff_pha.tif")
    _touch(tmp_path / "a" / "20200101_20200113.geo.cc.tif")
    _touch(tmp_path / "b" / "20200107_20200113" / "phase.tif")
    _touch(tmp_path / "dem.tif")
    _touch(tmp_path / "out" / "20200101_20200107" / "phase.tif")  # the output folder: excluded
    pairs = discover_pairs(tmp_path, exclude=[tmp_path / "out"])
    assert [(p.name, p.baseline_days, p.coherence_path is not None) for p in pairs] == [
        ("20200101_20200113", 12, True), ("20200107_20200113", 6, False)]


def test_names_without_dates_need_the_pairs_table(tmp_path: Path) -> None:
    ifg = _touch(tmp_path / "ifg_a.tif")
    coh = _touch(tmp_path / "coh_a.tif")
    with pytest.raises(InputDataError, match="pairs table"):
        discover_pairs([ifg])
    table = tmp_path / "pairs.csv"
    table.write_text("interferogram;coherence;date_first;date_second\n"
                     "ifg_a.tif;coh_a.tif;2020-01-01;20200119\n", encoding="utf-8")
    [pair] = discover_pairs([ifg], pairs_table=table)
    assert (pair.name, pair.baseline_days, pair.coherence_path, pair.convention) == (
        "20200101_20200119", 18, coh, "table")


def test_bad_pairs_table_names_line_and_fix(tmp_path: Path) -> None:
    _touch(tmp_path / "ifg_a.tif")
    table = tmp_path / "pairs.csv"
    table.write_text("interferogram,date_first,date_second\nifg_a.tif,2020-13-01,2020-01-19\n",
                     encoding="utf-8")
    with pytest.raises(InputDataError, match=r"line 2.*YYYY-MM-DD"):
        discover_pairs([], pairs_table=table)


def test_same_dates_get_unique_names(tmp_path: Path) -> None:
    one = _touch(tmp_path / "t1" / "20200101_20200107" / "phase.tif")
    two = _touch(tmp_path / "t2" / "20200101_20200107.geo.diff_pha.tif")
    names = sorted(p.name for p in discover_pairs([one, two]))
    assert len(set(names)) == 2 and all(n.startswith("20200101_20200107_") for n in names)


def test_processor_folders_give_one_pair_each(tmp_path: Path) -> None:
    """HyP3 and LiCSAR folders: the wrapped phase is read, siblings and displacement skipped."""
    hyp3 = "S1AA_20200701T054128_20200713T054129_VVP012_INT40_G_ueF_1A2B"
    for suffix in ("wrapped_phase", "unw_phase", "corr", "los_disp", "dem", "lv_theta"):
        (tmp_path / hyp3).mkdir(exist_ok=True)
        (tmp_path / hyp3 / f"{hyp3}_{suffix}.tif").write_bytes(b"")
    licsar = tmp_path / "20200713_20200725"
    licsar.mkdir()
    for kind in ("diff_pha", "diff_unfiltered_pha", "unw", "cc"):
        (licsar / f"20200713_20200725.geo.{kind}.tif").write_bytes(b"")
    pairs = discover_pairs(tmp_path)
    assert [(p.name, p.convention, p.phase_path.name) for p in pairs] == [
        ("20200701_20200713", "hyp3", f"{hyp3}_wrapped_phase.tif"),
        ("20200713_20200725", "licsar", "20200713_20200725.geo.diff_pha.tif")]
    assert [p.coherence_path.name for p in pairs] == [f"{hyp3}_corr.tif", "20200713_20200725.geo.cc.tif"]


def test_pyrate_folder_dates_from_hyphenated_names() -> None:
    folder = Path(__file__).resolve().parents[2] / "data" / "pyrate"
    pairs = discover_pairs(folder)
    assert [(p.name, p.convention, p.baseline_days) for p in pairs] == [
        ("20180106_20180130", "pyrate", 24), ("20180130_20180307", "pyrate", 36),
        ("20180307_20180319", "pyrate", 12)]
    assert all(p.coherence_path.name.endswith("_flat_eqa_cc.tif") for p in pairs)
