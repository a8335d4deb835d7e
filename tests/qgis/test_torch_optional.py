"""Loading the plugin never imports torch; without torch it loads and explains the fix."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.qgis.qgis_process import hide_torch, make_profile, run_qgis_process

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "qgis" / "probes" / "load_plugin.py"


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps what an algorithm reports, as the Processing log would show it."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802,N803
        self.errors.append(error)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.infos.append(info)


def test_loading_and_starting_plugin_imports_no_heavy_module(plugin_zip: Path, tmp_path: Path):
    import zipfile

    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(tmp_path)
    done = subprocess.run([sys.executable, str(PROBE), str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "config"),
                               "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["started"] and report["algorithms"] >= 1
    assert report["torch_importable"], "the probe must run where torch could be imported"
    assert report["heavy_modules_loaded"] == []


class WarningFeedback(RecordingFeedback):
    """Also keeps the warnings (pushWarning)."""

    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:  # noqa: N802
        self.warnings.append(warning)


MENU = "Plugins ▸ ISSLIDE ▸ Install dependencies…"


def test_check_installation_without_torch_reports_it_missing(isslide_provider, monkeypatch):
    import processing

    monkeypatch.setitem(sys.modules, "torch", None)  # `import torch` now raises ImportError
    feedback = WarningFeedback()
    result = processing.run("isslide:checkinstallation", {}, feedback=feedback)
    assert result["TORCH_VERSION"].startswith("missing (")
    assert "torch: missing (" in result["REPORT"] and "numpy: 1." in result["REPORT"]
    warning = "\n".join(feedback.warnings)
    assert "needs PyTorch (torch 2.13.0)" in warning and MENU in warning
    assert "pip install --target" in warning and 'torch==2.13.0 "numpy<2"' in warning
    assert not feedback.errors and "Traceback" not in warning


def test_torch_algorithm_without_torch_fails_naming_the_installer(isslide_provider,
                                                                  monkeypatch, tmp_path):
    import processing

    monkeypatch.setitem(sys.modules, "torch", None)
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("isslide:exportonnx", {"MODEL": "fcn_resnet18_w16",
                                              "OUTPUT": str(tmp_path / "m.onnx")},
                       feedback=feedback)
    log = "\n".join([str(raised.value), *feedback.errors])
    assert "needs PyTorch (torch 2.13.0)" in log and MENU in log
    assert "Traceback" not in log and not (tmp_path / "m.onnx").exists()


def test_qgis_process_check_installation_without_torch(plugin_zip: Path, tmp_path: Path):
    env = hide_torch(make_profile(tmp_path / "config", plugin_zip, packages=None),
                     tmp_path / "blocker")
    done = run_qgis_process(["--json", "run", "isslide:checkinstallation"], env)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert results["TORCH_VERSION"] == "missing (ImportError: torch is not installed here)"
    output = done.stdout + done.stderr
    assert MENU in output and "torch==2.13.0" in output
    assert "Traceback" not in output


def test_detection_on_the_torch_backend_without_torch_says_auto_would_do(isslide_provider,
                                                                         monkeypatch, tmp_path):
    import processing

    monkeypatch.setitem(sys.modules, "torch", None)
    sample = ROOT / "resources" / "sample"
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("isslide:detectmovingareas", {
            "INTERFEROGRAM": str(sample / "phase.tif"), "MODEL": "fcn_resnet18_w16",
            "BACKEND": "torch", "OUTPUT_PROBABILITY": str(tmp_path / "p.tif")})
    message = str(raised.value)
    assert "BACKEND is 'torch'; with 'auto' or 'onnxruntime'" in message and MENU in message
    assert not (tmp_path / "p.tif").exists()
