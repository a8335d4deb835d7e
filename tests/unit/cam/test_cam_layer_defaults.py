"""Post-hoc default CAM layers: looked up by (family, method), chosen on validation scenes.

The defaults of :mod:`isslide_qgis.core.cam.layers` must be those that
``scripts/evaluate_cams.py --select-layers`` chose and recorded in
``docs/cam_layer_selection.json``, on validation scenes only (never the held-out seeds that
score the methods); the lookup falls back to the network's own ``cam_layers``, then to its
family's set; whole-raster runs use the method's layers, and ECSPLAIN's training layers stay.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from isslide_qgis.core.cam.evaluation import SPLIT_FIRST_SEEDS
from isslide_qgis.core.cam.layer_choice import choose_layer_set
from isslide_qgis.core.cam.layers import FAMILY_CAM_LAYERS, METHOD_CAM_LAYERS, default_cam_layers
from isslide_qgis.core.cam.raster import setup_cam
from isslide_qgis.core.cam.registry import list_cam_methods
from isslide_qgis.core.models import load_checkpoint
from isslide_qgis.core.models.ecsplain import cam_layer_names
from isslide_qgis.core.models.registry import MODELS, get_model
from isslide_qgis.core.insar.simulation.families import get_family
from isslide_qgis.core.models.resnet import RESNET_LAYOUTS
from isslide_qgis.core.training.seeds import HELD_OUT_FIRST_SEED

ROOT = Path(__file__).resolve().parents[3]
SELECTION = json.loads((ROOT / "docs" / "cam_layer_selection.json").read_text(encoding="utf-8"))


def test_selection_used_validation_scenes_only():
    assert SELECTION["split"] == "validation"
    first = SPLIT_FIRST_SEEDS["validation"]
    assert first + SELECTION["scenes"] <= HELD_OUT_FIRST_SEED
    # chosen on the family that picks settings: none of the models was trained on it
    assert get_family(SELECTION["family"]).role == "selection"


def test_rule_points_first_then_keeps_mass():
    rows = {"dim": {"pointing_game": {"m": 0.60}, "energy_inside": {"m": 0.50}},
            "sharp": {"pointing_game": {"m": 0.80}, "energy_inside": {"m": 0.20}},
            "close": {"pointing_game": {"m": 0.76}, "energy_inside": {"m": 0.30}}}
    assert choose_layer_set(rows, "m") == "close"  # within the margin of the best pointing
    assert choose_layer_set(rows, "m", margin=0.0) == "sharp"
    assert choose_layer_set(rows, "m", margin=1.0) == "dim"
    with pytest.raises(ValueError):
        choose_layer_set({}, "m")


@pytest.mark.parametrize("name", sorted(SELECTION["models"]))
def test_defaults_are_the_validation_choices(name):
    result = SELECTION["models"][name]
    family = result["family"]
    assert family == MODELS[name].family
    assert set(result["per_method"]) == set(list_cam_methods())
    for method, label in result["per_method"].items():
        candidates = result["candidates"]
        assert METHOD_CAM_LAYERS[(family, method)] == tuple(candidates[label]["layers"]), method
        # the chosen set is the rule's choice on validation scenes
        assert label == choose_layer_set(candidates, method)
    if family != "ecsplain":
        assert FAMILY_CAM_LAYERS[family] == tuple(result["candidates"][result["fallback"]]["layers"])


def test_every_family_and_method_has_a_default():
    families = {spec.family for spec in MODELS.values()}
    assert {(f, m) for f in families for m in list_cam_methods()} <= set(METHOD_CAM_LAYERS)


def test_lookup_falls_back_to_own_then_family_layers():
    torch.manual_seed(0)
    ecsplain, unet = get_model("ecsplain_resnet18_w16"), get_model("unet_w8")
    training = cam_layer_names(*RESNET_LAYOUTS[18])
    assert ecsplain.cam_layers == training  # the training loss's layers are untouched
    assert default_cam_layers(ecsplain, "ecsplain_resnet18_w16", "layercam") == \
        METHOD_CAM_LAYERS[("ecsplain", "layercam")]
    assert default_cam_layers(ecsplain, "ecsplain_resnet18_w16") == training
    assert default_cam_layers(ecsplain, "ecsplain_resnet18_w16", "a_new_method") == training
    assert default_cam_layers(unet, "unet_w8", "a_new_method") == FAMILY_CAM_LAYERS["unet"]
    assert default_cam_layers(unet, "unet_w8", "scorecam") == METHOD_CAM_LAYERS[("unet", "scorecam")]
    # a network outside the registry keeps its own layers whatever the method
    assert default_cam_layers(ecsplain, None, "gradcam") == training


@pytest.mark.parametrize("method", list_cam_methods())
def test_whole_raster_runs_use_the_methods_layers(method):
    model, card = load_checkpoint(ROOT / "resources" / "models" / "ecsplain_resnet18_w16.pt")
    layers = setup_cam(model, card, method=method, target="all", device="cpu").predictor.layers
    assert tuple(layers) == METHOD_CAM_LAYERS[("ecsplain", method)]
    chosen = setup_cam(model, card, method=method, layers="layer4", target="all", device="cpu")
    assert tuple(chosen.predictor.layers) == ("layer4",)
