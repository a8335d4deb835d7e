"""Detection algorithms through processing.run and qgis_process, on the bundled sample."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import rasterio
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.qgis.qgis_process import make_profile, run_qgis_process, venv_site_packages

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory) -> Path:
    """A random-weight compact segmenter: enough to check the plumbing, not the quality."""
    import torch

    from isslide_qgis.core.models import get_model, make_card, save_checkpoint

    torch.manual_seed(0)
    path = tmp_path_factory.mktemp("models") / "unet_random.pt"
    return save_checkpoint(path, get_model("unet_w8").eval(),
                           make_card("unet_w8", thresholds={"pixel": 0.5}))


def _parameters(checkpoint: Path, tmp_path: Path, **extra) -> dict:
    return {"INTERFEROGRAM": str(SAMPLE / "phase.tif"), "COHERENCE": str(SAMPLE / "coherence.tif"),
            "CHECKPOINT": str(checkpoint), "THRESHOLD": 0.0, "MIN_AREA": 0,
            "OUTPUT_PROBABILITY": str(tmp_path / "probability.tif"),
            "OUTPUT_AREAS": str(tmp_path / "areas.gpkg"), **extra}


def test_detect_then_vectorize_with_processing(isslide_provider, checkpoint, tmp_path: Path):
    import processing

    result = processing.run("isslide:detectmovingareas", _parameters(checkpoint, tmp_path))
    with rasterio.open(SAMPLE / "phase.tif") as src, \
            rasterio.open(result["OUTPUT_PROBABILITY"]) as out:
        assert (out.crs, out.transform, out.shape) == (src.crs, src.transform, src.shape)
    areas = QgsVectorLayer(result["OUTPUT_AREAS"], "areas")
    assert areas.isValid() and areas.featureCount() == result["AREA_COUNT"] >= 1
    assert areas.renderer().type() == "categorizedSymbol"  # the embedded default style
    again = processing.run("isslide:vectorizeprobability", {
        "PROBABILITY": result["OUTPUT_PROBABILITY"], "THRESHOLD": 0.0, "MIN_AREA": 0,
        "COHERENCE": str(SAMPLE / "coherence.tif"), "OUTPUT_AREAS": str(tmp_path / "v.gpkg")})
    assert again["AREA_COUNT"] == result["AREA_COUNT"]


def test_cancelled_detection_leaves_no_output(isslide_provider, checkpoint, tmp_path: Path):
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        processing.run("isslide:detectmovingareas", _parameters(checkpoint, tmp_path),
                       feedback=feedback)
    assert list(tmp_path.iterdir()) == []


def test_unsafe_checkpoint_is_refused_cleanly(isslide_provider, tmp_path: Path):
    import processing

    bad = tmp_path / "bad.pt"
    bad.write_bytes(b"this is not a checkpoint")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("isslide:detectmovingareas", _parameters(bad, tmp_path / "out"))
    assert "bad.pt" in str(raised.value) and "Traceback" not in str(raised.value)


def test_detect_with_qgis_process(plugin_zip: Path, checkpoint, tmp_path: Path) -> None:
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    parameters = _parameters(checkpoint, tmp_path)
    done = run_qgis_process(["--json", "run", "isslide:detectmovingareas", "--"]
                            + [f"{k}={v}" for k, v in parameters.items()], env)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert Path(results["OUTPUT_PROBABILITY"]).is_file() and results["AREA_COUNT"] >= 1
