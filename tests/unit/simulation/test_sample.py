"""The bundled sample scene (resources/sample) and the script that makes it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import rasterio
from osgeo import ogr

from isslide_qgis.core.insar.simulation import simulate_scene
from isslide_qgis.core.insar.simulation.sample import SAMPLE_SEED, check_sample, sample_config

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "sample"
FILES = ("phase.tif", "coherence.tif", "truth.tif", "moving_areas.gpkg", "dem.tif", "optical.tif", "README.txt")


def test_bundled_sample_is_complete_and_small() -> None:
    sizes = {name: (SAMPLE / name).stat().st_size for name in FILES}
    assert sum(sizes.values()) <= 5 * 1024 * 1024
    readme = (SAMPLE / "README.txt").read_text(encoding="utf-8")
    assert f"seed={SAMPLE_SEED}" in readme and "SIMULATED" in readme


def test_bundled_sample_grid_and_content() -> None:
    with rasterio.open(SAMPLE / "phase.tif") as ds:
        phase = ds.read(1)
        assert (ds.width, ds.height) == (600, 600) and ds.crs.to_epsg() == 32632
        assert (ds.transform.a, ds.transform.e) == (14.64, -14.64)
    assert 0.03 < np.isnan(phase).mean() < 0.4  # swath border
    with rasterio.open(SAMPLE / "truth.tif") as ds:
        truth = ds.read(1)
    with rasterio.open(SAMPLE / "optical.tif") as ds:
        assert ds.count == 3 and (ds.width, ds.height) == (1800, 1800)
    ds = ogr.Open(str(SAMPLE / "moving_areas.gpkg"))
    layer = ds.GetLayerByName("moving_areas")
    kinds = {f.GetField("kind") for f in layer}
    assert layer.GetFeatureCount() >= 4 and kinds == {"bubble", "fringes"}
    assert truth.max() == 1 and not (truth.astype(bool) & np.isnan(phase)).any()


def test_bundled_sample_is_reproducible() -> None:
    scene = simulate_scene(SAMPLE_SEED, sample_config().replace(optical=False))
    assert check_sample(scene) == []
    with rasterio.open(SAMPLE / "phase.tif") as ds:
        bundled = ds.read(1)
    np.testing.assert_array_equal(np.isnan(bundled), np.isnan(scene.phase))
    valid = np.isfinite(bundled)
    diff = np.angle(np.exp(1j * (bundled[valid] - scene.phase[valid])))
    assert np.mean(np.abs(diff) < 1e-4) > 0.999  # same numbers (ulps may differ across CPUs)


def test_script_writes_the_sample(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_sample_scene.py"), "--output", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for name in FILES:
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "truth.tif").read_bytes() == (SAMPLE / "truth.tif").read_bytes()
