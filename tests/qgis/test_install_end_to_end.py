"""The installer's acceptance run, offline and for real.

``python -m isslide_qgis install detection --target DIR --wheels CACHE``, run with QGIS' Python
from the unpacked plugin, installs ONNX Runtime into a new versioned folder of DIR (numpy
removed: QGIS' own stays the one imported); a fresh ``qgis_process`` whose packages folder is
DIR, and in which torch cannot be imported, reports torch missing and detects on the bundled
sample with ONNX Runtime (BACKEND auto); a second install changes nothing.

CACHE (fixture ``wheels``) is filled once by ``make setup`` (``scripts/fetch_test_wheels.py``).
pip runs with no index and no pip configuration: the cache alone must do.
"""
from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.qgis.qgis_process import SYSTEM_PYTHON, hide_torch, make_profile, run_qgis_process

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


def _imports(module: str) -> bool:
    done = subprocess.run([SYSTEM_PYTHON, "-c", f"import {module}"], capture_output=True)
    return done.returncode == 0


def _offline_environment() -> dict[str, str]:
    """QGIS' Python as a user runs it: no venv, no PYTHONPATH, no pip configuration."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PIP_") and k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(PIP_CONFIG_FILE=os.devnull, PYTHONNOUSERSITE="1", OMP_NUM_THREADS="1")
    return env


def _install(plugins: Path, target: Path, wheels: Path) -> dict:
    done = subprocess.run([SYSTEM_PYTHON, "-m", "isslide_qgis", "--json", "install", "detection",
                           "--target", str(target), "--wheels", str(wheels)],
                          cwd=plugins, env=_offline_environment(), capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


def _tree(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_mtime_ns) for p in folder.rglob("*"))


def test_install_detection_offline_then_qgis_process_detects_without_torch(
        plugin_zip: Path, tmp_path: Path, wheels: Path, qgis_app) -> None:
    if _imports("onnxruntime"):
        pytest.skip(f"{SYSTEM_PYTHON} already imports onnxruntime: nothing to install")
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    target = tmp_path / "isslide packages"  # a space, as in Windows profile paths

    result = _install(plugins, target, wheels)
    folder = Path(result["folder"])
    assert result["status"] == "installed" and folder.parent == target
    assert json.loads((target / "current.json").read_text())["folder"] == folder.name
    assert result["versions"]["onnxruntime"] == "1.32.0"
    numpy_files = [p for p in target.rglob("*") if p.name.lower().startswith("numpy")]
    assert numpy_files == [], "DIR must hold no numpy: QGIS' own is the one imported"
    assert (folder / "onnxruntime").is_dir()

    before = _tree(target)
    again = _install(plugins, target, wheels)
    assert again["status"] == "up to date" and Path(again["folder"]) == folder
    assert _tree(target) == before  # a second run is a no-op: nothing written, nothing removed

    env = make_profile(tmp_path / "config", plugin_zip, packages=str(target))
    if _imports("torch"):  # this QGIS' Python has torch: hide it as a user's would lack it
        hide_torch(env, tmp_path / "blocker")

    done = run_qgis_process(["--json", "run", "isslide:checkinstallation"], env)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)["results"]
    assert report["TORCH_VERSION"].startswith("missing (")
    assert report["ONNXRUNTIME_VERSION"] == "1.32.0"
    assert f"onnxruntime: 1.32.0  [{folder / 'onnxruntime'}]" in report["REPORT"]
    numpy_line = next(line for line in report["REPORT"].splitlines() if line.startswith("numpy"))
    assert numpy_line.startswith("numpy: 1.") and str(target) not in numpy_line

    out = tmp_path / "out"
    out.mkdir()
    # no MODEL: without torch the default is the best model on ONNX Runtime, not ECSPLAIN
    parameters = {"INTERFEROGRAM": SAMPLE / "phase.tif", "COHERENCE": SAMPLE / "coherence.tif",
                  "BACKEND": "auto",
                  "OUTPUT_PROBABILITY": out / "p.tif", "OUTPUT_AREAS": out / "areas.gpkg"}
    done = run_qgis_process(["--json", "run", "isslide:detectmovingareas", "--"]
                            + [f"{k}={v}" for k, v in parameters.items()], env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Inference backend: onnxruntime" in done.stdout + done.stderr
    assert "by fcn_resnet18_w16" in done.stdout + done.stderr
    count = json.loads(done.stdout)["results"]["AREA_COUNT"]
    layer = QgsVectorLayer(str(out / "areas.gpkg"), "areas")
    assert layer.isValid() and count >= 1 and layer.featureCount() == count
