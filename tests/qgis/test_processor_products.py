"""Processors' own layouts through the real qgis_process: LiCSAR, HyP3, SNAP and PyRate.

Pairs are simulated, then written exactly as each processor writes them
(tests/processor_layouts.py); PyRate's pairs are real (tests/data/pyrate). Few qgis_process
calls, each grouping cases.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import rasterio

from tests.processor_layouts import as_hyp3, as_licsar, as_snap
from tests.qgis.qgis_process import make_profile, run_qgis_process, venv_site_packages

ROOT = Path(__file__).resolve().parents[2]
PYRATE = ROOT / "tests" / "data" / "pyrate"
YEAR = dt.timedelta(days=364)
HOLE = (slice(40, 80), slice(40, 80))  # undeclared zeros inside the SNAP scene


@pytest.fixture(scope="module")
def layouts(tmp_path_factory) -> dict[str, Path]:
    """A LiCSAR stack and a HyP3 stack (one parent folder, one CRS), SNAP exports beside."""
    import torch

    from isslide_qgis.core.insar.simulation import SceneConfig
    from isslide_qgis.core.models import get_model, make_card, save_checkpoint
    from isslide_qgis.core.stack.simulation import simulate_stack, stack_dates

    base = tmp_path_factory.mktemp("products")
    config = SceneConfig(height=128, width=128, optical=False, n_bodies=(2, 3), n_decoys=(1, 1),
                         nodata_layout="none")
    stack = simulate_stack(base / "isslide", 11, config, stack_dates(dt.date(2022, 7, 4), 3))
    root = base / "stacks"
    out = {"root": root}
    for name, phase in stack.pairs.items():
        first, second = (dt.datetime.strptime(d, "%Y%m%d").date() for d in name.split("_"))
        out[f"licsar {name}"] = as_licsar(phase, root / "licsar", first, second)
        hyp3 = as_hyp3(phase, root / "hyp3", first + YEAR, second + YEAR)
        out[f"hyp3 {name}"] = hyp3["unwrapped"]
        out[f"snap {name}"] = as_snap(phase, base / "snap", first, second, hole=HOLE)
    torch.manual_seed(0)
    out["checkpoint"] = save_checkpoint(base / "unet_random.pt", get_model("unet_w8").eval(),
                                        make_card("unet_w8", thresholds={"pixel": 0.5}))
    return out


def _run(env: dict, algorithm: str, **parameters) -> dict:
    done = run_qgis_process(["--json", "run", algorithm, "--"]
                            + [f"{k}={v}" for k, v in parameters.items()], env)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(done.stdout)


def test_stacks_in_processor_layouts(plugin_zip: Path, layouts: dict, tmp_path: Path) -> None:
    """LiCSAR (uint8 coherence) and HyP3 (a folder per pair) in one stack: every pair done."""
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    out = _run(env, "isslide:processstack", INTERFEROGRAMS=layouts["root"],
               CHECKPOINT=layouts["checkpoint"], THREADS=1, OUTPUT_FOLDER=tmp_path / "pairs",
               OUTPUT_CONSISTENCY=tmp_path / "consistency.gpkg")["results"]
    assert (out["PAIRS_DONE"], out["PAIRS_FAILED"]) == (6, 0)
    manifest = json.loads((tmp_path / "pairs" / "stack_manifest.json").read_text())
    seen = {(p["convention"], p["baseline_days"]) for p in manifest["pairs"].values()}
    assert seen == {("licsar", 6), ("licsar", 12), ("hyp3", 6), ("hyp3", 12)}
    phases = {Path(p["phase"]).name for p in manifest["pairs"].values() if p["convention"] == "hyp3"}
    assert all(name.endswith("_wrapped_phase.tif") for name in phases)
    assert all(p["coherence"] for p in manifest["pairs"].values())


def test_detection_on_processor_pairs(plugin_zip: Path, layouts: dict, tmp_path: Path) -> None:
    """LiCSAR without COHERENCE (found, /255), HyP3 unwrapped (re-wrapped), SNAP zeros, PyRate."""
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    common = {"CHECKPOINT": layouts["checkpoint"], "THRESHOLD": 0.0, "MIN_AREA": 0}
    cases = {"licsar": layouts["licsar 20220704_20220710"], "hyp3": layouts["hyp3 20220704_20220710"],
             "snap": layouts["snap 20220704_20220710"],
             "pyrate": tmp_path / "pyrate" / "cropA_20180106-20180130_VV_8rlks_eqa_unw.tif"}
    shutil.copytree(PYRATE, tmp_path / "pyrate")  # QGIS may write .aux.xml beside what it reads
    logs = {}
    for name, path in cases.items():
        done = _run(env, "isslide:detectmovingareas", INTERFEROGRAM=path, **common,
                    OUTPUT_PROBABILITY=tmp_path / f"{name}.tif", OUTPUT_AREAS=tmp_path / f"{name}.gpkg")
        logs[name] = done.get("log", {})
        assert done["results"]["AREA_COUNT"] >= 1
    text = json.dumps(logs)
    assert "divided by 255" in text and "coherence found beside" in text
    assert "re-wrapped" in text and "PyRate" in text
    with rasterio.open(tmp_path / "snap.tif") as src:
        probability = src.read(1, masked=True)
    hole = probability[HOLE]
    assert (np.ma.getmaskarray(hole) | ~np.isfinite(hole.filled(np.nan))).all()
    from qgis.core import QgsGeometry, QgsRectangle, QgsVectorLayer

    pyrate = QgsVectorLayer(str(tmp_path / "pyrate.gpkg"), "pyrate")
    assert {f["baseline_days"] for f in pyrate.getFeatures()} == {24}
    with rasterio.open(layouts["snap 20220704_20220710"]) as src:
        x0, y0 = src.transform * (HOLE[1].start + 2, HOLE[0].start + 2)
        x1, y1 = src.transform * (HOLE[1].stop - 2, HOLE[0].stop - 2)
    inner = QgsGeometry.fromRect(QgsRectangle(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    snap = QgsVectorLayer(str(tmp_path / "snap.gpkg"), "snap")
    assert snap.featureCount() >= 1
    assert sum(f.geometry().intersection(inner).area() for f in snap.getFeatures()) < 1e-6


@pytest.fixture(scope="module")
def raw_layouts(tmp_path_factory, layouts: dict) -> dict[str, Path]:
    """An ISCE2 topsStack (radar geometry) and GAMMA pairs (geocoded by a DEM_par), 3 pairs each,
    written from the same simulated pairs in each processor's exact layout."""
    from tests.processor_layouts import as_gamma, as_isce2_topsstack

    base = tmp_path_factory.mktemp("raw products")
    isslide = Path(layouts["root"]).parent / "isslide"
    out: dict[str, Path] = {"isce2": base / "isce2 stack", "gamma": base / "GAMMA"}
    for phase in sorted(isslide.rglob("phase.tif")):
        first, second = (dt.datetime.strptime(d, "%Y%m%d").date()
                         for d in phase.parent.name.split("_"))
        out[f"isce2 {phase.parent.name}"] = as_isce2_topsstack(phase, out["isce2"], first, second)
        out[f"gamma {phase.parent.name}"] = as_gamma(phase, out["gamma"], first, second)
    return out


@pytest.mark.parametrize("layout", ["isce2", "gamma"])
def test_raw_products_import_detect_and_stack(plugin_zip: Path, layouts: dict, raw_layouts: dict,
                                              tmp_path: Path, layout: str) -> None:
    """A topsStack pair folder and a GAMMA pair folder: importproduct, then detection on the
    imported GeoTIFFs, and the whole folder through processstack (dates and baselines read)."""
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    pair = raw_layouts[f"{layout} 20220704_20220716"]
    imported = _run(env, "isslide:importproduct", INPUT=pair.parent,
                    OUTPUT_INTERFEROGRAM=tmp_path / "20220704_20220716_phase.tif",
                    OUTPUT_COHERENCE=tmp_path / "20220704_20220716_coherence.tif")["results"]
    assert (imported["PRODUCT"], imported["BASELINE_DAYS"]) == (layout, 12)
    simulated = Path(layouts["root"]).parent / "isslide" / "20220704_20220716" / "phase.tif"
    with rasterio.open(imported["OUTPUT_INTERFEROGRAM"]) as src, rasterio.open(simulated) as ref:
        read, expected = src.read(1), ref.read(1)
        assert src.crs == (ref.crs if layout == "gamma" else None)  # topsStack: radar geometry
        assert np.isnan(src.nodata)
    valid = np.isfinite(expected)
    assert np.array_equal(np.isfinite(read), valid)
    assert np.allclose(np.angle(np.exp(1j * (read[valid] + expected[valid]))), 0, atol=1e-5)
    detected = _run(env, "isslide:detectmovingareas", INTERFEROGRAM=imported["OUTPUT_INTERFEROGRAM"],
                    CHECKPOINT=layouts["checkpoint"], THRESHOLD=0.0, MIN_AREA=0,
                    OUTPUT_PROBABILITY=tmp_path / "p.tif", OUTPUT_AREAS=tmp_path / "areas.gpkg")
    assert detected["results"]["AREA_COUNT"] >= 1
    assert "coherence found beside" in json.dumps(detected.get("log", {}))
    from qgis.core import QgsVectorLayer

    areas = QgsVectorLayer(str(tmp_path / "areas.gpkg"), "areas")
    assert {f["baseline_days"] for f in areas.getFeatures()} == {12}
    stack = _run(env, "isslide:processstack", INTERFEROGRAMS=raw_layouts[layout],
                 CHECKPOINT=layouts["checkpoint"], THREADS=1, OUTPUT_FOLDER=tmp_path / "pairs",
                 OUTPUT_CONSISTENCY=tmp_path / "consistency.gpkg")["results"]
    assert (stack["PAIRS_DONE"], stack["PAIRS_FAILED"]) == (3, 0)
    manifest = json.loads((tmp_path / "pairs" / "stack_manifest.json").read_text())
    assert sorted((p["convention"], p["baseline_days"]) for p in manifest["pairs"].values()) == [
        (layout, 6), (layout, 6), (layout, 12)]
    assert all(p["coherence"] for p in manifest["pairs"].values())
