"""The ONNX Runtime backend: parity with torch, backend choice, a torch-free detection."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.inference.backends import choose_backend, load_model
from isslide_qgis.core.inference.backends.onnxruntime_backend import (
    OnnxSegmentationPredictor,
    up_to_date_onnx,
)
from isslide_qgis.core.models.checkpoint import load_checkpoint
from isslide_qgis.core.models.onnx_export import export_onnx, sample_tiles, torch_probability

ROOT = Path(__file__).resolve().parents[3]
MODELS = ROOT / "resources" / "models"
SEGMENTERS = sorted(p.stem for p in MODELS.glob("*.onnx"))
SAMPLE = ROOT / "resources" / "sample"


def test_every_shipped_segmenter_ships_an_up_to_date_onnx():
    assert SEGMENTERS == ["deeplabv3_resnet18_w16", "fcn_resnet18_w16", "resunet_w8",
                          "sepunet_w8", "unet_w8"]
    for name in SEGMENTERS:
        assert up_to_date_onnx(MODELS / f"{name}.pt") == MODELS / f"{name}.onnx"
        assert (MODELS / f"{name}.onnx").stat().st_size < 2 * 2**20  # float16 weights


@pytest.mark.parametrize("name", SEGMENTERS)
def test_onnx_probability_equals_torch_on_the_sample(name):
    model, card = load_checkpoint(MODELS / f"{name}.pt")
    tiles = sample_tiles(card, count=16)
    tiles[3, :, :10, :10] = np.nan  # invalid pixels: 0 at the network's input, as in torch
    expected = torch_probability(model, card, tiles)
    got = OnnxSegmentationPredictor(MODELS / f"{name}.onnx", threads=1).predict(tiles).maps
    assert got.shape == expected.shape == (16, 1, card.patch_size, card.patch_size)
    assert float(np.max(np.abs(got - expected))) <= 1e-4


def test_auto_prefers_onnxruntime_and_keeps_ecsplain_on_torch(tmp_path):
    assert choose_backend("auto", MODELS / "fcn_resnet18_w16.pt") == "onnxruntime"
    assert choose_backend("auto", MODELS / "ecsplain_resnet18_w16.pt") == "torch"
    assert choose_backend("torch", MODELS / "fcn_resnet18_w16.pt") == "torch"
    stale = tmp_path / "fcn.pt"
    stale.write_bytes((MODELS / "fcn_resnet18_w16.pt").read_bytes())
    (tmp_path / "fcn.onnx").write_bytes((MODELS / "unet_w8.onnx").read_bytes())
    assert choose_backend("auto", stale) == "torch"  # exported from another checkpoint
    with pytest.raises(ModelError, match="another version"):
        load_model("onnxruntime", stale)
    with pytest.raises(ModelError, match="unknown|Unknown"):
        choose_backend("tensorflow", stale)


def test_backend_errors_say_what_to_do():
    with pytest.raises(ModelError, match="exportonnx"):
        load_model("onnxruntime", MODELS / "ecsplain_resnet18_w16.pt")
    with pytest.raises(ModelError, match="ONNX Runtime only"):
        load_model("torch", MODELS / "fcn_resnet18_w16.onnx")
    loaded = load_model("auto", MODELS / "fcn_resnet18_w16.onnx")
    assert loaded.backend == "onnxruntime" and loaded.card.architecture == "fcn_resnet18_w16"


def test_export_refuses_ecsplain_and_leaves_no_file_on_failure(tmp_path):
    with pytest.raises(ModelError, match="gradients"):
        export_onnx(MODELS / "ecsplain_resnet18_w16.pt", tmp_path / "e.onnx")
    with pytest.raises(ModelError, match="differs from PyTorch"):
        export_onnx(MODELS / "sepunet_w8.pt", tmp_path / "s.onnx", tolerance=-1.0)
    assert list(tmp_path.iterdir()) == []
    result = export_onnx(MODELS / "sepunet_w8.pt", tmp_path / "s.onnx")
    assert result.max_abs_diff <= 1e-4 and result.path.is_file()
    assert up_to_date_onnx(tmp_path / "s.onnx") == tmp_path / "s.onnx"


TORCH_FREE = """
import json, sys
sys.modules["torch"] = None  # import torch raises ImportError
from pathlib import Path
from isslide_qgis.core.inference.detection import DetectionRequest, DetectionSettings, detect_moving_areas
out = Path(sys.argv[1])
result = detect_moving_areas(DetectionRequest(
    phase_path=Path("resources/sample/phase.tif"),
    coherence_path=Path("resources/sample/coherence.tif"),
    settings=DetectionSettings(Path("resources/models/fcn_resnet18_w16.pt"), backend="auto"),
    probability_path=out / "p.tif", areas_path=out / "a.gpkg"))
print(json.dumps({"backend": result.backend, "areas": result.areas,
                  "torch": [m for m in sys.modules if m.split(".")[0] == "torch"
                            and sys.modules[m] is not None]}))
"""


def test_detection_runs_without_torch(tmp_path):
    done = subprocess.run([sys.executable, "-c", TORCH_FREE, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"backend": "onnxruntime", "areas": report["areas"], "torch": []}
    assert report["areas"] >= 1


def test_package_ships_both_formats_and_stays_small():
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_package import package_members  # the build itself refuses a zip over 25 MB

    members = package_members()
    names = {name for _, name in members}
    for name in SEGMENTERS:
        assert {f"isslide_qgis/resources/models/{name}.pt",
                f"isslide_qgis/resources/models/{name}.onnx"} <= names
    weights = sum(path.stat().st_size for path, name in members
                  if name.endswith((".pt", ".onnx")))
    assert weights < 10 * 2**20  # float16: about 8 MB for both formats of the six models
