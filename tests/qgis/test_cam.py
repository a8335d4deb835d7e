"""isslide:classactivationmap through processing.run and qgis_process, on a crop of the sample."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window
from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
)

from tests.qgis.qgis_process import make_profile, run_qgis_process, venv_site_packages

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
CROP = Window(130, 150, 160, 160)  # two moving bodies of the sample
NODATA = (slice(0, 12), slice(0, 12))


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> dict[str, Path]:
    """A 160 x 160 crop of the bundled sample, with a nodata corner in the phase."""
    folder = tmp_path_factory.mktemp("cam_scene")
    paths = {}
    for name in ("phase", "coherence"):
        with rasterio.open(SAMPLE / f"{name}.tif") as src:
            data = src.read(1, window=CROP).astype(np.float32)
            profile = src.profile | {"width": CROP.width, "height": CROP.height, "dtype": "float32",
                                     "transform": src.window_transform(CROP), "nodata": np.nan}
        if name == "phase":
            data[NODATA] = np.nan
        paths[name] = folder / f"{name}.tif"
        with rasterio.open(paths[name], "w", **profile) as dst:
            dst.write(data, 1)
    paths["polygons"] = SAMPLE / "moving_areas.gpkg"
    return paths


def _parameters(scene: dict[str, Path], out: Path, **extra) -> dict:
    return {"INTERFEROGRAM": str(scene["phase"]), "COHERENCE": str(scene["coherence"]),
            "MODEL": "ecsplain_resnet18_w16", "METHOD": "gradcam", "TARGET": "polygons",
            "TARGET_POLYGONS": str(scene["polygons"]), "DEVICE": "cpu", "THREADS": 1,
            "OUTPUT_CAM": str(out), **extra}


class RecordingFeedback(QgsProcessingFeedback):
    """Records the progress; cancels once it passes ``cancel_at`` percent."""

    def __init__(self, cancel_at: float | None = None) -> None:
        super().__init__()
        self.values: list[float] = []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._record)

    def _record(self, value: float) -> None:
        self.values.append(value)
        if self.cancel_at is not None and value > self.cancel_at:
            self.cancel()


def test_ecsplain_cam_of_polygons_with_processing(isslide_provider, scene, tmp_path):
    import processing

    feedback = RecordingFeedback()
    result = processing.run("isslide:classactivationmap",
                            _parameters(scene, tmp_path / "cam.tif"), feedback=feedback)
    with rasterio.open(scene["phase"]) as src, rasterio.open(result["OUTPUT_CAM"]) as out:
        assert (out.crs, out.transform, out.shape) == (src.crs, src.transform, src.shape)
        assert out.dtypes[0] == "float32" and np.isnan(out.nodata)
        cam = out.read(1)
        with rasterio.open(SAMPLE / "truth.tif") as truth_file:
            truth = truth_file.read(1, window=CROP) > 0
        assert out.tags()["cam_views"] == "8"  # by default, the tile's eight symmetries
    assert np.isnan(cam[NODATA]).all()
    valid = cam[np.isfinite(cam)]
    assert valid.min() >= 0 and valid.max() <= 1
    assert cam[truth].max() > 0.3 and result["TILES_EXPLAINED"] >= 1
    assert feedback.values and max(feedback.values) == pytest.approx(100.0)
    assert feedback.values == sorted(feedback.values)


def test_segmenter_scorecam_of_its_prediction(isslide_provider, scene, tmp_path):
    import processing

    result = processing.run("isslide:classactivationmap", _parameters(
        scene, tmp_path / "cam.tif", MODEL="fcn_resnet18_w16", METHOD="scorecam",
        TARGET="prediction", TARGET_POLYGONS=None, SCORECAM_CHANNELS=0.1, LAYERS="backbone.layer4",
        VIEWS="1"))
    with rasterio.open(result["OUTPUT_CAM"]) as out:
        cam = out.read(1)
        assert out.tags()["cam_layers"] == "backbone.layer4" and out.tags()["cam_views"] == "1"
    assert np.isfinite(cam[20:, 20:]).all() and np.nanmax(cam) > 0


def test_cancel_leaves_no_output(isslide_provider, scene, tmp_path):
    import processing

    feedback = RecordingFeedback(cancel_at=10.0)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("isslide:classactivationmap",
                       _parameters(scene, tmp_path / "cam.tif", TARGET="all"), feedback=feedback)
    assert feedback.values and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("extra, message", [
    ({"TARGET_POLYGONS": None}, "no polygon"),
    ({"LAYERS": "layer9.0.conv1"}, "layer9.0.conv1"),
])
def test_bad_input_is_reported_without_traceback(isslide_provider, scene, tmp_path, extra, message):
    import processing

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("isslide:classactivationmap", _parameters(scene, tmp_path / "cam.tif", **extra))
    assert message in str(raised.value) and "Traceback" not in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_output_is_styled_when_loaded(isslide_provider, scene, tmp_path):
    import processing

    result = processing.runAndLoadResults("isslide:classactivationmap", _parameters(
        scene, tmp_path / "cam.tif", METHOD="layercam"))
    try:
        layers = [layer for layer in QgsProject.instance().mapLayers().values()
                  if isinstance(layer, QgsRasterLayer)
                  and Path(layer.source()) == Path(result["OUTPUT_CAM"])]
        assert len(layers) == 1
        renderer = layers[0].renderer()
        assert renderer.type() == "singlebandpseudocolor" and renderer.opacity() == pytest.approx(0.6)
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_cam_with_qgis_process(plugin_zip: Path, scene, tmp_path: Path) -> None:
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    parameters = _parameters(scene, tmp_path / "cam.tif", METHOD="normgrad")
    done = run_qgis_process(["--json", "run", "isslide:classactivationmap", "--"]
                            + [f"{k}={v}" for k, v in parameters.items()], env)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert Path(results["OUTPUT_CAM"]).is_file() and results["TILES_EXPLAINED"] >= 1
    helped = run_qgis_process(["help", "isslide:classactivationmap"], env)
    assert helped.returncode == 0 and "Score-CAM" in helped.stdout and "TARGET_POLYGONS" in helped.stdout
