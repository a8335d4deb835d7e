"""isslide:processstack through processing.run: per-pair outputs, temporal consistency, resume."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


@pytest.fixture(scope="module")
def stack_folder(tmp_path_factory) -> Path:
    from isslide_qgis.core.insar.simulation import SceneConfig
    from isslide_qgis.core.stack.simulation import simulate_stack, stack_dates

    folder = tmp_path_factory.mktemp("stack") / "ifgs"
    config = SceneConfig(height=128, width=128, optical=False, n_bodies=(2, 3), n_decoys=(1, 1),
                         nodata_layout="none")
    simulate_stack(folder, 11, config, stack_dates(dt.date(2022, 7, 4), 3))
    return folder


def _parameters(folder: Path, out: Path, **extra) -> dict:
    return {"INTERFEROGRAMS": [str(folder)], "MODEL": "sepunet_w8", "THREADS": 1,
            "OUTPUT_FOLDER": str(out / "pairs"),
            "OUTPUT_CONSISTENCY": str(out / "consistency.gpkg"), **extra}


def test_process_stack_writes_pairs_and_styled_consistency(isslide_provider, stack_folder: Path,
                                                           tmp_path: Path) -> None:
    import processing

    result = processing.run("isslide:processstack", _parameters(stack_folder, tmp_path))
    assert (result["PAIRS_DONE"], result["PAIRS_SKIPPED"], result["PAIRS_FAILED"]) == (3, 0, 0)
    for name in ("20220704_20220710", "20220704_20220716", "20220710_20220716"):
        assert (tmp_path / "pairs" / name / "probability.tif").is_file()
        assert (tmp_path / "pairs" / name / "done.json").is_file()
    layer = QgsVectorLayer(result["OUTPUT_CONSISTENCY"], "consistency")
    assert layer.isValid() and layer.featureCount() == result["AREA_COUNT"] >= 1
    assert layer.renderer().type() == "graduatedSymbol"  # the embedded default style
    feature = next(layer.getFeatures())
    assert 0 < feature["persistence"] <= 1 and 0 <= feature["score"] <= 1
    assert 1 <= feature["n_detected"] <= feature["n_covered"] <= 3
    assert feature["vel_class"] in ("<1", "1-3", "3-10", "10-30", "30-100", "100-300", ">300",
                                    "undefined")
    assert feature["kin_reliability"] in ("high", "medium", "low")
    styles = layer.listStylesInDatabase()  # (count, ids, names, descriptions, error)
    assert "velocity class" in styles[2]
    again = processing.run("isslide:processstack", _parameters(stack_folder, tmp_path))
    assert (again["PAIRS_DONE"], again["PAIRS_SKIPPED"]) == (0, 3)
    manifest = json.loads((tmp_path / "pairs" / "stack_manifest.json").read_text())
    assert {state["status"] for state in manifest["pairs"].values()} == {"done"}


def test_process_stack_needs_inputs_or_table(isslide_provider, tmp_path: Path) -> None:
    import processing

    with pytest.raises(QgsProcessingException):
        processing.run("isslide:processstack", _parameters("", tmp_path, INTERFEROGRAMS=None))


def test_names_without_dates_are_explained(isslide_provider, tmp_path: Path) -> None:
    import processing

    odd = tmp_path / "scene_a.tif"
    odd.write_bytes(b"")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("isslide:processstack", _parameters(odd, tmp_path,
                                                           INTERFEROGRAMS=[str(odd)]))
    assert "pairs table" in str(raised.value) and "Traceback" not in str(raised.value)


def test_process_stack_on_a_dask_scheduler(isslide_provider, stack_folder: Path,
                                           tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    import processing

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        result = processing.run("isslide:processstack", _parameters(
            stack_folder, tmp_path, SCHEDULER=cluster.scheduler_address))
    assert (result["PAIRS_DONE"], result["PAIRS_FAILED"]) == (3, 0)
    assert QgsVectorLayer(result["OUTPUT_CONSISTENCY"], "c").featureCount() == result["AREA_COUNT"]
