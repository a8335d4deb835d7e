"""The shipped defaults are the out-of-family calibration's (docs/out_of_family_validation.json):
card thresholds, the minimum area of every detection entry point, the default model."""
from __future__ import annotations

import ast
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from isslide_qgis.core.inference.detection import DEFAULT_MIN_AREA_M2, DEFAULT_MODEL, \
    ONNX_DEFAULT_MODEL, DetectionSettings, default_model, map_threshold
from isslide_qgis.core.models.checkpoint import read_checkpoint
from isslide_qgis.core.models.shipped import shipped_models

ROOT = Path(__file__).resolve().parents[3]
RESULTS = json.loads((ROOT / "docs" / "out_of_family_validation.json").read_text())
CALIBRATION = RESULTS["calibration"]


@pytest.mark.parametrize("name", sorted(shipped_models(ROOT / "resources" / "models")))
def test_card_thresholds_are_the_calibrated_ones(name: str) -> None:
    card, _ = read_checkpoint(ROOT / "resources" / "models" / f"{name}.pt")
    assert map_threshold(card) == pytest.approx(CALIBRATION["thresholds"][name])
    record = card.training["calibration"]
    assert record["family"] == CALIBRATION["family"] == "selection"
    assert record["date"] == CALIBRATION["date"]
    assert record["selection_object_f1"] == pytest.approx(CALIBRATION["selection_f1"][name])


def test_calibration_never_used_the_untouched_family() -> None:
    assert CALIBRATION["family"] not in RESULTS["families"]["untouched"]
    assert set(RESULTS["families"]["untouched"]).isdisjoint(RESULTS["families"]["in-family"])


def test_minimum_area_everywhere() -> None:
    assert DEFAULT_MIN_AREA_M2 == CALIBRATION["min_area_m2"]
    assert DetectionSettings(Path("c")).min_area_m2 == DEFAULT_MIN_AREA_M2
    assert [float(v) for v in _workflow_defaults("MIN_AREA")] == [DEFAULT_MIN_AREA_M2]


def _workflow_parameter(name: str) -> list[ET.Element]:
    """The definitions (``Map`` options) of the shipped graphical model's input parameter ``name``."""
    model = ET.parse(ROOT / "resources" / "workflows" / "detectexplainvectorize.model3")
    return [option for option in model.iter("Option")
            if option.get("name") == name and option.get("type") == "Map"]


def _workflow_options(name: str) -> list[str]:
    """Choices of the shipped graphical model's enum input parameter ``name``."""
    for option in _workflow_parameter(name):
        listed = option.find("./Option[@name='options']")
        if listed is not None:
            return [item.get("value") for item in listed]
    return []


def _workflow_defaults(name: str) -> list[str]:
    """Defaults of the shipped graphical model's input parameter ``name``."""
    return [option.find("./Option[@name='default']").get("value") for option in _workflow_parameter(name)
            if option.find("./Option[@name='default']") is not None]


def test_without_torch_the_default_is_the_best_model_on_onnx_runtime(monkeypatch) -> None:
    import isslide_qgis.core.dependencies as dependencies

    models = ROOT / "resources" / "models"
    onnx = [name for name in shipped_models(models) if (models / f"{name}.onnx").exists()]
    assert ONNX_DEFAULT_MODEL == max(onnx, key=lambda name: CALIBRATION["selection_f1"][name])
    monkeypatch.setattr(dependencies, "torch_available", lambda: False)
    assert default_model() == ONNX_DEFAULT_MODEL
    monkeypatch.setattr(dependencies, "torch_available", lambda: True)
    assert default_model() == DEFAULT_MODEL


def test_default_model_is_the_selection_familys_best() -> None:
    assert DEFAULT_MODEL == CALIBRATION["default_model"]
    assert _workflow_defaults("MODEL") == [DEFAULT_MODEL]
    # the shipped workflow offers every shipped model once (an edit of the default once
    # replaced ECSPLAIN by a second FCN in its list)
    assert _workflow_options("MODEL") == sorted(shipped_models(ROOT / "resources" / "models"))
    for module in ("processing/detect_moving_areas.py", "core/cli/common.py"):
        source = (ROOT / "isslide_qgis" / module).read_text()
        imported = [alias.name for node in ast.walk(ast.parse(source))
                    if isinstance(node, ast.ImportFrom) and (node.module or "").endswith(
                        "inference.detection") for alias in node.names]
        assert "DEFAULT_MODEL" in imported, module  # one definition, in the core
