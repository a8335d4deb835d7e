"""Pretrained torchvision-named ResNet weights: safe reading, backbone loading, BN folding."""
from __future__ import annotations

from pathlib import Path

import pytest
import torch

from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.models import get_model
from isslide_qgis.core.models.pretrained import (adapt_first_conv, fold_batchnorm,
                                                 load_pretrained_backbone, load_resnet_state_dict)
from isslide_qgis.core.models.resnet import resnet


def randomised_bn_resnet(depth: int, seed: int = 0, width: int = 64) -> torch.nn.Module:
    """An RGB BN ResNet (torchvision names) with non-trivial BN statistics and affine params."""
    torch.manual_seed(seed)
    model = resnet(depth, width=width)
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.BatchNorm2d):
                n = module.num_features
                module.running_mean.uniform_(-0.5, 0.5)
                module.running_var.uniform_(0.5, 2.0)
                module.weight.uniform_(0.5, 1.5)
                module.bias.uniform_(-0.2, 0.2)
                assert n > 0
    return model.eval()


@pytest.fixture(scope="module")
def resnet18_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("weights") / "resnet18.pth"
    torch.save(randomised_bn_resnet(18).state_dict(), path)
    return path


def test_fold_batchnorm_preserves_outputs_in_ecsplain(resnet18_file: Path) -> None:
    state = load_resnet_state_dict(resnet18_file)
    ecsplain = get_model("ecsplain_resnet18")
    load_pretrained_backbone(ecsplain, state, in_channels=2)
    # reference: the BN network with the same first-conv adaptation and ECSPLAIN's own fc
    reference = resnet(18, in_channels=2, num_classes=1)
    adapted = {k: v for k, v in state.items() if not k.startswith("fc.")}
    adapted["conv1.weight"] = adapt_first_conv(state["conv1.weight"], 2)
    adapted.update({"fc.weight": ecsplain.fc.weight, "fc.bias": ecsplain.fc.bias})
    reference.load_state_dict(adapted)
    reference.eval()
    ecsplain.eval()
    torch.manual_seed(1)
    x = torch.randn(3, 2, 100, 100)
    with torch.no_grad():
        features_ref = reference.forward_features(x)
        features = ecsplain.forward_features(x)
        assert features_ref.abs().max() > 0.1  # a real signal, not near zero
        torch.testing.assert_close(features, features_ref, atol=1e-4, rtol=1e-4)
        torch.testing.assert_close(ecsplain(x), reference(x), atol=1e-4, rtol=1e-4)
    # folding was not a no-op: the raw conv weights differ from the file's
    assert not torch.allclose(ecsplain.layer1[0].conv1.weight, state["layer1.0.conv1.weight"])


def test_fold_batchnorm_formula_and_downsample_path() -> None:
    state = randomised_bn_resnet(18, width=8).state_dict()
    folded = fold_batchnorm(state)
    assert not any("bn" in k or k.startswith("layer2.0.downsample.1") for k in folded)
    gamma, beta = state["layer2.0.downsample.1.weight"], state["layer2.0.downsample.1.bias"]
    mean = state["layer2.0.downsample.1.running_mean"]
    var = state["layer2.0.downsample.1.running_var"]
    scale = gamma / torch.sqrt(var + 1e-5)
    torch.testing.assert_close(folded["layer2.0.downsample.0.weight"],
                               state["layer2.0.downsample.0.weight"] * scale.view(-1, 1, 1, 1))
    torch.testing.assert_close(folded["layer2.0.downsample.0.bias"], beta - mean * scale)


def test_segmenter_backbone_loads_weights_and_ignores_fc(resnet18_file: Path) -> None:
    state = load_resnet_state_dict(resnet18_file)
    model = get_model("fcn_resnet18")
    head_before = model.classifier[0].weight.clone()
    load_pretrained_backbone(model, state, in_channels=3)
    loaded = model.backbone.state_dict()
    torch.testing.assert_close(loaded["layer3.1.conv2.weight"], state["layer3.1.conv2.weight"])
    torch.testing.assert_close(loaded["layer2.0.downsample.1.running_var"],
                               state["layer2.0.downsample.1.running_var"])
    torch.testing.assert_close(loaded["conv1.weight"], adapt_first_conv(state["conv1.weight"], 3))
    assert torch.equal(model.classifier[0].weight, head_before)  # head untouched


def test_first_conv_rule_preserves_the_response_to_a_grey_input() -> None:
    torch.manual_seed(0)
    rgb = torch.randn(16, 3, 7, 7)
    grey = torch.rand(1, 1, 20, 20)
    response = torch.nn.functional.conv2d(grey.expand(-1, 3, -1, -1), rgb)
    for channels in (2, 3, 5):
        adapted = adapt_first_conv(rgb, channels)
        assert adapted.shape == (16, channels, 7, 7)
        assert torch.allclose(adapted[:, 0], adapted[:, -1])  # channels treated alike
        same = torch.nn.functional.conv2d(grey.expand(-1, channels, -1, -1), adapted)
        torch.testing.assert_close(same, response, atol=1e-5, rtol=1e-5)
    assert torch.equal(adapt_first_conv(rgb, 3, rule="keep"), rgb)
    with pytest.raises(ModelError, match="rule 'keep'"):
        adapt_first_conv(rgb, 2, rule="keep")


def test_resnet18_file_into_resnet50_backbone_is_refused_clearly(resnet18_file: Path) -> None:
    state = load_resnet_state_dict(resnet18_file)
    with pytest.raises(ModelError, match=r"ResNet-18 .*ResNet-50") as info:
        load_pretrained_backbone(get_model("deeplabv3_resnet50"), state)
    assert "missing keys (198)" in str(info.value) and "layer1.0.bn3" in str(info.value)


def test_full_width_file_into_compact_model_names_the_shapes(resnet18_file: Path) -> None:
    state = load_resnet_state_dict(resnet18_file)
    with pytest.raises(ModelError, match=r"base width 64.*base width 16") as info:
        load_pretrained_backbone(get_model("ecsplain_resnet18_w16"), state)
    assert "shape mismatches" in str(info.value)


def test_unsafe_or_foreign_weight_files_are_refused(tmp_path: Path, code_carrier) -> None:
    marker = tmp_path / "code_ran"
    evil = tmp_path / "evil.pth"
    torch.save({"conv1.weight": torch.zeros(1), "evil": code_carrier(marker)}, evil)
    with pytest.raises(ModelError, match=r"would run code when loaded \(it calls io.open\)"):
        load_resnet_state_dict(evil)
    assert not marker.exists()
    torch.load(evil, weights_only=False)  # control: an unsafe load does run the code
    assert marker.exists()
    with pytest.raises(ModelError, match="does not exist"):
        load_resnet_state_dict(tmp_path / "nothing.pth")
    torch.save({"encoder.weight": torch.zeros(2)}, tmp_path / "other.pth")
    with pytest.raises(ModelError, match="torchvision-named ResNet"):
        load_resnet_state_dict(tmp_path / "other.pth")
    with pytest.raises(ModelError, match="no ResNet backbone"):
        load_pretrained_backbone(get_model("unet_w8"), {})


def test_prefixed_wrapped_and_segmenter_state_dicts_are_accepted() -> None:
    state = resnet(18, width=8).state_dict()
    wrapped = {"state_dict": {f"module.{k}": v for k, v in state.items()}}
    assert set(load_resnet_state_dict(wrapped)) == set(state)
    # a whole FCN (backbone.* + classifier.*): its backbone feeds a DeepLabV3
    fcn = get_model("fcn_resnet18_w16")
    backbone = load_resnet_state_dict(fcn.state_dict())
    assert set(backbone) == set(fcn.backbone.state_dict())
    deeplab = get_model("deeplabv3_resnet18_w16")
    load_pretrained_backbone(deeplab, backbone, first_conv_rule="keep")
    for key, value in fcn.backbone.state_dict().items():
        assert torch.equal(deeplab.backbone.state_dict()[key], value), key
