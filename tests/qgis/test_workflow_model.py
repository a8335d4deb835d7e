"""The shipped graphical model (prepare -> detect -> CAM -> vectorise): an algorithm of the
isslide provider in group Workflows, runnable from qgis_process, installed in no profile."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.qgis.qgis_process import list_algorithms, make_profile, run_qgis_process, \
    venv_site_packages

MODEL_ID = "isslide:detectexplainvectorize"
OUTPUTS = ("prepare:CHANNELS", "detect:PROBABILITY", "cam:CAM", "vectorize:AREAS")


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> Path:
    from isslide_qgis.core.insar.simulation import SceneConfig, simulate_scene, write_scene

    folder = tmp_path_factory.mktemp("scene")
    write_scene(simulate_scene(3, SceneConfig(height=128, width=128, optical=False)),
                phase_path=folder / "phase.tif", coherence_path=folder / "coherence.tif")
    return folder


def _parameters(scene: Path, out: Path) -> dict[str, str]:
    names = dict(zip(OUTPUTS, ("channels.tif", "probability.tif", "cam.tif", "areas.gpkg")))
    return {"INTERFEROGRAM": str(scene / "phase.tif"), "COHERENCE": str(scene / "coherence.tif"),
            "MODEL": "sepunet_w8", "MIN_AREA": "0", "METHOD": "gradcam",  # the card's threshold
            **{key: str(out / name) for key, name in names.items()}}


def test_model_is_a_workflow_of_the_provider(isslide_provider) -> None:
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert algorithm is not None and algorithm.provider().id() == "isslide"
    assert algorithm.groupId() == "workflows" and algorithm.shortHelpString()
    assert algorithm.canExecute()[0]
    children = algorithm.childAlgorithms()
    assert {c.algorithmId() for c in children.values()} == {
        "isslide:preparechannels", "isslide:detectmovingareas", "isslide:classactivationmap",
        "isslide:vectorizeprobability"}
    assert children["vectorize"].parameterSources()["PROBABILITY"][0].outputChildId() == "detect"
    threshold = children["vectorize"].parameterSources()["THRESHOLD"][0]
    assert (threshold.outputChildId(), threshold.outputName()) == ("detect", "THRESHOLD_USED")
    assert algorithm.parameterDefinition("THRESHOLD").flags() & 8  # optional: the model's


def test_model_runs_with_qgis_process(plugin_zip: Path, scene: Path, tmp_path: Path) -> None:
    config = tmp_path / "config"
    env = make_profile(config, plugin_zip, packages=venv_site_packages())
    providers = list_algorithms(env)
    assert providers["isslide"]["algorithms"][MODEL_ID]["group"] == "Workflows"
    out = tmp_path / "out"
    out.mkdir()
    done = run_qgis_process(["--json", "run", MODEL_ID, "--"] + [
        f"{key}={value}" for key, value in _parameters(scene, out).items()], env)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    for key in OUTPUTS:
        assert Path(results[key]).is_file(), key
    import rasterio

    with rasterio.open(results["cam:CAM"]) as cam, rasterio.open(scene / "phase.tif") as phase:
        assert (cam.shape, cam.transform) == (phase.shape, phase.transform)
        assert float(cam.read(1, masked=True).max()) > 0  # something explained
    # nothing installed in the profile: the model is read from the plugin's own folder only
    plugins = config / "profiles" / "default" / "python" / "plugins"
    assert [p for p in config.rglob("*.model3") if plugins not in p.parents] == []


def test_model_runs_with_its_inputs_only(plugin_zip: Path, scene: Path, tmp_path: Path) -> None:
    """No output given: every child output goes to a temporary file, none to the current
    folder; an output naming a folder is a clear input error that writes nothing."""
    env = make_profile(tmp_path / "config", plugin_zip, packages=venv_site_packages())
    here = tmp_path / "current_folder"
    here.mkdir()
    inputs = [f"INTERFEROGRAM={scene / 'phase.tif'}", f"COHERENCE={scene / 'coherence.tif'}"]
    done = run_qgis_process(["--json", "run", MODEL_ID, "--", *inputs], env, cwd=here)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    for key in OUTPUTS:  # reported, in QGIS' temporary folder (removed when qgis_process ends)
        assert results[key] and Path(results[key]).parent.parent.name.startswith("processing_"), \
            (key, results[key])
    assert list(here.iterdir()) == []

    done = run_qgis_process(["run", MODEL_ID, "--", *inputs, "prepare:CHANNELS=."], env, cwd=here)
    assert done.returncode != 0
    log = done.stdout + done.stderr
    assert "is a folder, not a file" in log, log
    assert "Traceback" not in log and "bug of the ISSLIDE plugin" not in log, log
    assert list(here.iterdir()) == []
