"""Detection without PyTorch: qgis_process runs the segmenters on ONNX Runtime and finds the
areas torch finds; ECSPLAIN still asks for torch; the dock offers the backend."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.qgis.qgis_process import (
    hide_torch,
    make_profile,
    run_qgis_process,
    venv_site_packages,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


def _without_torch(plugin_zip: Path, tmp_path: Path) -> dict[str, str]:
    """A profile whose packages folder holds onnxruntime and torch, with torch made
    unimportable by a module ahead of it on the path."""
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    return hide_torch(env, tmp_path / "blocker")


def _detect(env: dict[str, str], out: Path, model: str, backend: str):
    out.mkdir(parents=True, exist_ok=True)
    parameters = {"INTERFEROGRAM": SAMPLE / "phase.tif", "COHERENCE": SAMPLE / "coherence.tif",
                  "MODEL": model, "BACKEND": backend, "OUTPUT_PROBABILITY": out / "p.tif",
                  "OUTPUT_AREAS": out / "areas.gpkg"}
    return run_qgis_process(["--json", "run", "isslide:detectmovingareas", "--"]
                            + [f"{k}={v}" for k, v in parameters.items()], env)


def _polygons(path: Path) -> list:
    layer = QgsVectorLayer(str(path), "areas")
    assert layer.isValid()
    return [feature.geometry() for feature in layer.getFeatures()]


def _iou(a, b) -> float:
    union = a.combine(b).area()
    return a.intersection(b).area() / union if union > 0 else 0.0


def test_qgis_process_detects_without_torch_as_torch_does(plugin_zip: Path, tmp_path: Path,
                                                          qgis_app):
    with_torch = make_profile(tmp_path / "config_torch", plugin_zip,
                              packages=venv_site_packages())
    done = _detect(with_torch, tmp_path / "torch", "fcn_resnet18_w16", "torch")
    assert done.returncode == 0, done.stdout + done.stderr
    reference = _polygons(tmp_path / "torch" / "areas.gpkg")
    assert reference
    env = _without_torch(plugin_zip, tmp_path)
    for backend in ("onnxruntime", "auto"):
        done = _detect(env, tmp_path / backend, "fcn_resnet18_w16", backend)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Inference backend: onnxruntime" in done.stdout + done.stderr
        areas = _polygons(tmp_path / backend / "areas.gpkg")
        assert len(areas) == len(reference) == json.loads(done.stdout)["results"]["AREA_COUNT"]
        for area in areas:
            assert max(_iou(area, twin) for twin in reference) >= 0.95


def test_qgis_process_ecsplain_without_torch_gives_the_fix_message(plugin_zip: Path,
                                                                   tmp_path: Path):
    done = _detect(_without_torch(plugin_zip, tmp_path), tmp_path / "e",
                   "ecsplain_resnet18_w16", "auto")
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "pip install --target" in output and "torch==2.13.0" in output
    assert "Plugins ▸ ISSLIDE ▸ Install dependencies…" in output
    assert "e.g. fcn_resnet18_w16, detect without PyTorch" in output  # the way round it
    assert "Traceback" not in output


@pytest.mark.parametrize("algorithm", ["isslide:detectmovingareas", "isslide:processstack"])
def test_backend_parameter_is_a_static_string_list(isslide_provider, algorithm):
    from qgis.core import QgsApplication

    definition = QgsApplication.processingRegistry().algorithmById(algorithm) \
        .parameterDefinition("BACKEND")
    assert definition.options() == ["auto", "torch", "onnxruntime"]
    assert definition.usesStaticStrings() and definition.defaultValue() == "auto"


def test_export_onnx_algorithm_writes_a_checked_model_and_refuses_ecsplain(isslide_provider,
                                                                          tmp_path: Path):
    import processing
    from qgis.core import QgsProcessingException

    result = processing.run("isslide:exportonnx", {"MODEL": "sepunet_w8",
                                                   "OUTPUT": str(tmp_path / "s.onnx")})
    assert Path(result["OUTPUT"]).is_file() and result["MAX_DIFFERENCE"] <= 1e-4
    detected = processing.run("isslide:detectmovingareas", {
        "INTERFEROGRAM": str(SAMPLE / "phase.tif"), "COHERENCE": str(SAMPLE / "coherence.tif"),
        "CHECKPOINT": result["OUTPUT"], "BACKEND": "auto",
        "OUTPUT_PROBABILITY": str(tmp_path / "p.tif")})
    assert Path(detected["OUTPUT_PROBABILITY"]).is_file()
    with pytest.raises(QgsProcessingException, match="gradients"):
        processing.run("isslide:exportonnx", {"MODEL": "ecsplain_resnet18_w16",
                                              "OUTPUT": str(tmp_path / "e.onnx")})
    assert not (tmp_path / "e.onnx").exists()


def test_shipped_cam_workflow_without_torch_gives_the_fix_message(plugin_zip: Path,
                                                                  tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    names = {"prepare:CHANNELS": "c.tif", "detect:PROBABILITY": "p.tif", "cam:CAM": "cam.tif",
             "vectorize:AREAS": "a.gpkg"}
    parameters = {"INTERFEROGRAM": SAMPLE / "phase.tif", "COHERENCE": SAMPLE / "coherence.tif",
                  "MODEL": "sepunet_w8", "METHOD": "gradcam",
                  **{key: out / name for key, name in names.items()}}
    done = run_qgis_process(["run", "isslide:detectexplainvectorize", "--"]
                            + [f"{k}={v}" for k, v in parameters.items()],
                            _without_torch(plugin_zip, tmp_path))
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert "pip install --target" in output and "torch==2.13.0" in output
