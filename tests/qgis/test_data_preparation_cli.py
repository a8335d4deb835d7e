"""The data-preparation chain through the real command line (qgis_process.bin run)."""
from __future__ import annotations

import json
from pathlib import Path

import rasterio

from tests.qgis.qgis_process import make_profile, run_qgis_process, venv_site_packages


def _run(env: dict, algorithm: str, **parameters) -> dict:
    args = ["--json", "run", algorithm, "--"] + [f"{k}={v}" for k, v in parameters.items()]
    done = run_qgis_process(args, env)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)["results"]


def test_simulate_prepare_extract_with_qgis_process(plugin_zip: Path, tmp_path: Path) -> None:
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    scene = _run(env, "isslide:simulatescene", SEED=11, SIZE=256, CRS="EPSG:4326",
                 OUTPUT_PHASE=tmp_path / "phase.tif", OUTPUT_COHERENCE=tmp_path / "coh.tif",
                 OUTPUT_TRUTH=tmp_path / "truth.tif", OUTPUT_AREAS=tmp_path / "areas.gpkg",
                 OUTPUT_OPTICAL=tmp_path / "optical.tif")
    with rasterio.open(scene["OUTPUT_PHASE"]) as phase:
        assert phase.crs.to_epsg() == 4326 and abs(phase.transform.a - 1.3151e-4) < 1e-9
    channels = _run(env, "isslide:preparechannels", INTERFEROGRAM=scene["OUTPUT_PHASE"],
                    COHERENCE=scene["OUTPUT_COHERENCE"], CONVENTION="coh_cos_sin",
                    OUTPUT=tmp_path / "channels.tif")
    with rasterio.open(channels["OUTPUT"]) as out:
        assert out.count == 3 and out.shape == (256, 256)
    patches = _run(env, "isslide:extractpatches", INTERFEROGRAM=scene["OUTPUT_PHASE"],
                   COHERENCE=scene["OUTPUT_COHERENCE"], ANNOTATIONS=scene["OUTPUT_AREAS"],
                   ZONE="Ecrins", DELAY=6, PATCH_SIZE=64, NEGATIVES=2,
                   OUTPUT_FOLDER=tmp_path / "dataset")
    assert patches["PATCH_COUNT"] >= 1 and patches["NEGATIVE_COUNT"] == 2
    assert list((tmp_path / "dataset" / "6" / "Ecrins").iterdir())
