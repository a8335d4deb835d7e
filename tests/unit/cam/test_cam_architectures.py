"""Acceptance 2 on the real networks: every registry architecture x every CAM method.

At each architecture's default layers for the method (:mod:`isslide_qgis.core.cam.layers`), on a small
non-square input: the fused map has the input's size, is finite and in [0, 1]; with
``differentiable=True`` a loss on the map reaches the first convolution's weights. Score-CAM
keeps 2 channels per layer to stay fast. Models are built once per module.
"""
from __future__ import annotations

import pytest
import torch

from isslide_qgis.core.cam import ClassifierLogit, MaskedLogitSum, get_cam_method, list_cam_methods
from isslide_qgis.core.cam.layers import FAMILY_CAM_LAYERS, cam_layers, default_cam_layers, parse_layers
from isslide_qgis.core.cam.hooks import UnknownLayerError
from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.models.registry import MODELS, get_model

SIZE = (40, 32)  # (H, W): not square, a multiple of 8 (the segmenters' output stride)
_BUILT: dict[str, torch.nn.Module] = {}


def built(name: str) -> torch.nn.Module:
    if name not in _BUILT:
        torch.manual_seed(0)
        _BUILT[name] = get_model(name).eval()
    return _BUILT[name]


def target_of(name: str) -> object:
    if MODELS[name].task == "classification":
        return ClassifierLogit()
    mask = torch.zeros(SIZE)
    mask[10:30, 8:20] = 1.0  # an analyst's polygon, rasterised
    return MaskedLogitSum(mask)


def first_conv(model: torch.nn.Module) -> torch.nn.Conv2d:
    return next(m for m in model.modules() if isinstance(m, torch.nn.Conv2d))


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)
    _BUILT.clear()


@pytest.mark.parametrize("method", list_cam_methods())
@pytest.mark.parametrize("name", list(MODELS))
def test_every_architecture_and_method(name, method):
    model = built(name)
    # the method's default layers, fused with the method-independent ones: single layers of
    # randomly initialised networks may give all-zero maps (ReLU), trained ones do not
    # (test_cam_shipped, test_cam_layer_defaults check those at exactly their defaults)
    layers = tuple(dict.fromkeys(default_cam_layers(model, name, method) + default_cam_layers(model, name)))
    inputs = torch.randn(2, MODELS[name].in_channels, *SIZE, generator=torch.Generator().manual_seed(1))
    options = {"max_channels": 2} if method == "scorecam" else {}
    cam = get_cam_method(method, **options)

    detached = cam(model, inputs, target_of(name), layers)
    assert detached.fused.shape == (2, *SIZE)
    assert torch.isfinite(detached.fused).all()
    assert detached.fused.min() >= 0 and detached.fused.max() <= 1 and detached.fused.max() > 0
    assert set(detached.per_layer) == set(layers)

    model.zero_grad(set_to_none=True)
    result = cam(model, inputs, target_of(name), layers, differentiable=True)
    assert result.fused.requires_grad
    (result.fused * torch.linspace(0, 1, SIZE[1])).sum().backward()
    grad = first_conv(model).weight.grad
    assert grad is not None and torch.isfinite(grad).all() and grad.abs().max() > 0
    model.zero_grad(set_to_none=True)


def test_default_layers_per_family():
    for name, spec in MODELS.items():
        model = built(name) if spec.compact else None
        if spec.family == "ecsplain":
            if model is not None:
                assert default_cam_layers(model, name) == model.cam_layers
            continue
        assert spec.family in FAMILY_CAM_LAYERS, name
        if model is not None:
            assert default_cam_layers(model, name) == FAMILY_CAM_LAYERS[spec.family]


def test_chosen_layers_are_parsed_and_checked():
    model = built("unet_w8")
    assert parse_layers(" encoder.0, decoder.1 ,,encoder.0") == ("encoder.0", "decoder.1")
    assert parse_layers("") == () and parse_layers(None) == ()
    assert cam_layers(model, "unet_w8", "decoder.1") == ("decoder.1",)
    assert cam_layers(model, "unet_w8", "") == FAMILY_CAM_LAYERS["unet"]
    with pytest.raises(UnknownLayerError, match="decoder.1"):
        cam_layers(model, "unet_w8", "decoder.7")


def test_unknown_architecture_without_layers_is_reported():
    with pytest.raises(ModelError, match="no default layers"):
        default_cam_layers(torch.nn.Sequential(torch.nn.Conv2d(2, 2, 3)), "my_net")
