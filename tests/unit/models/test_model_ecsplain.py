"""ECSPLAIN: BN-free ResNet, CAM layers reachable by hooks, activations differentiable."""
from __future__ import annotations

import pytest
import torch

from isslide_qgis.core.models import get_model

_R18 = ("maxpool", "layer2.0.conv1", "layer3.0.conv1", "layer4.0.conv1", "layer4.1.conv2")
_R50 = ("maxpool", "layer2.0.conv1", "layer3.0.conv1", "layer4.0.conv1", "layer4.2.conv3")
# activation sizes for a 64x64 input: a BasicBlock strides in conv1 (layerN.0.conv1 is already
# downsampled), a Bottleneck in conv2 (layerN.0.conv1 still has the previous stage's size)
_R18_SIZES = [(16, 16), (8, 8), (4, 4), (2, 2), (2, 2)]
_R50_SIZES = [(16, 16), (16, 16), (8, 8), (4, 4), (2, 2)]
CAM_LAYERS = {"ecsplain_resnet18": (_R18, _R18_SIZES), "ecsplain_resnet50": (_R50, _R50_SIZES),
              "ecsplain_resnet18_w16": (_R18, _R18_SIZES)}


@pytest.mark.parametrize("name", sorted(CAM_LAYERS))
def test_hooks_on_cam_layers_capture_differentiable_activations(name: str) -> None:
    torch.manual_seed(0)
    model = get_model(name)
    layers, expected_sizes = CAM_LAYERS[name]
    assert model.cam_layers == layers
    captured: dict[str, torch.Tensor] = {}
    handles = [model.get_submodule(layer).register_forward_hook(
        lambda _m, _i, out, layer=layer: captured.__setitem__(layer, out))
        for layer in model.cam_layers]
    x = torch.randn(2, 2, 64, 64)
    score = model(x)
    for handle in handles:
        handle.remove()
    assert tuple(score.shape) == (2, 1) and len(captured) == 5
    assert all(a.requires_grad for a in captured.values())
    assert [tuple(captured[layer].shape[-2:]) for layer in layers] == expected_sizes
    # conv outputs are seen before the ReLU (nothing in place overwrote them)
    conv_outputs = [captured[layer] for layer in model.cam_layers[1:]]
    assert all((a < 0).any() for a in conv_outputs)
    # a loss on the 5 activations reaches the first convolution's weight
    loss = sum(a.pow(2).mean() for a in captured.values())
    (grad,) = torch.autograd.grad(loss, model.conv1.weight, retain_graph=True)
    assert grad.abs().sum() > 0
    # a Grad-CAM-like map built with create_graph=True (ECSPLAIN's CAM loss) trains both the
    # layers before the activation (through A) and those after it (through the gradients)
    activation = captured["layer4.0.conv1"]
    (gradient,) = torch.autograd.grad(score.sum(), activation, create_graph=True)
    cam = (gradient.mean(dim=(2, 3), keepdim=True) * activation).sum(dim=1)  # before its ReLU
    weights = (model.conv1.weight, model.fc.weight)
    grad_before, grad_after = torch.autograd.grad(cam.pow(2).mean(), weights)
    assert grad_before.abs().sum() > 0 and grad_after.abs().sum() > 0


def test_ecsplain_has_no_batch_norm_and_two_input_channels() -> None:
    model = get_model("ecsplain_resnet18")
    assert model.conv1.weight.shape == (64, 2, 7, 7)
    assert model.fc.weight.shape == (1, 512)
    assert not any(isinstance(m, torch.nn.modules.batchnorm._BatchNorm) for m in model.modules())
    assert isinstance(model.bn1, torch.nn.Identity)
    assert isinstance(model.layer4[1].bn2, torch.nn.Identity)
    assert all(key.endswith(("weight", "bias")) for key in model.state_dict())  # no BN buffers


def test_untrained_ecsplain_logits_stay_order_one() -> None:
    """The BN-free init (scaled residual branches) keeps the deep net's output bounded."""
    torch.manual_seed(0)
    for name in ("ecsplain_resnet18", "ecsplain_resnet50"):
        with torch.no_grad():
            out = get_model(name)(torch.randn(8, 2, 100, 100))
        assert 1e-3 < out.std().item() < 10, (name, out.std().item())


def test_valid_pooling_ignores_blank_pixels_and_changes_nothing_on_full_patches() -> None:
    """With valid pooling the score of a patch whose right half is blank (no data: 0 in every
    channel) pools the feature columns over its left half only; a patch without blank pixels
    scores as with the plain pool."""
    torch.manual_seed(0)
    plain = get_model("ecsplain_resnet18_w16").eval()
    valid = get_model("ecsplain_resnet18_w16", valid_pooling=True).eval()
    valid.load_state_dict(plain.state_dict())
    full = torch.randn(2, 2, 128, 128)
    torch.testing.assert_close(valid(full), plain(full))
    half = full.clone()
    half[..., 64:] = 0
    with torch.no_grad():
        features = valid.forward_features(half)  # (2, C, 4, 4): columns 2-3 see only blanks
        expected = valid.fc(features[..., :2].mean((2, 3)))
        torch.testing.assert_close(valid(half), expected)
        assert (valid(half) - plain(half)).abs().max() > 1e-3
