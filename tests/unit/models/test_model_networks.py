"""The six networks: output shapes at any size, learning ability, torchvision compatibility."""
from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from isslide_qgis.core.models import get_model, get_spec, list_models
from isslide_qgis.core.models.deeplabv3 import PooledBatchNorm2d
from isslide_qgis.core.models.resnet import resnet

# torchvision's documented parameter counts (num_classes=1000 / 21 with the aux head)
TV_RESNET18, TV_RESNET50 = 11_689_512, 25_557_032
TV_FCN_R50_AUX, TV_DEEPLAB_R50_AUX = 35_322_218, 42_004_074
TV_AUX_HEAD_21 = 1024 * 256 * 9 + 2 * 256 + 256 * 21 + 21  # FCNHead(1024, 21)


def n_params(model: torch.nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def disc_masks(n: int, size: int, generator: torch.Generator) -> torch.Tensor:
    """(n, 1, size, size) binary discs of radius size/5 at random centres."""
    yy, xx = torch.meshgrid(torch.arange(size), torch.arange(size), indexing="ij")
    cy, cx = torch.randint(size // 4, 3 * size // 4, (2, n), generator=generator)
    squared = (yy[None] - cy[:, None, None]) ** 2 + (xx[None] - cx[:, None, None]) ** 2
    inside = squared < (size / 5) ** 2
    return inside.float()[:, None]


@pytest.mark.parametrize("name", list_models())
def test_output_shape_and_finite_logits_at_any_size(name: str) -> None:
    torch.manual_seed(0)
    spec = get_spec(name)
    model = get_model(name).eval()
    with torch.no_grad():
        for height, width in ((100, 100), (97, 131), (64, 64)):
            out = model(torch.randn(2, spec.in_channels, height, width))
            expected = (2, 1, height, width) if spec.task == "segmentation" else (2, 1)
            assert tuple(out.shape) == expected
            assert torch.isfinite(out).all()
            assert not torch.allclose(out[0], out[1])  # the output depends on the input


def _learning_rate(name: str) -> float:
    """Adam rate: ECSPLAIN has no BN (paper: 1e-3); large BN ResNets 3e-3; small nets 1e-2."""
    spec = get_spec(name)
    if spec.family == "ecsplain":
        return 1e-3
    return 3e-3 if spec.family in ("fcn", "deeplabv3") and not spec.compact else 1e-2


@pytest.mark.parametrize("name", list_models())
def test_overfits_a_tiny_batch(name: str) -> None:
    """2-4 patches of 32x32 (small so that the full-size ResNet-50 nets stay fast)."""
    torch.manual_seed(0)
    size = 32
    generator = torch.Generator().manual_seed(0)
    spec = get_spec(name)
    model = get_model(name).train()
    if spec.task == "segmentation":
        target = disc_masks(2, size, generator)
        x = 0.5 * torch.randn(2, spec.in_channels, size, size, generator=generator) + target
    else:
        target = torch.tensor([[1.0], [0.0], [1.0], [0.0]])
        masks = disc_masks(4, size, generator) * target[:, :, None, None]
        x = 0.5 * torch.randn(4, spec.in_channels, size, size, generator=generator) + masks
    prior = target.mean().item()
    constant_loss = -(prior * math.log(prior) + (1 - prior) * math.log(1 - prior))
    optimiser = torch.optim.Adam(model.parameters(), lr=_learning_rate(name))
    first = None
    for _ in range(80):
        loss = F.binary_cross_entropy_with_logits(model(x), target)
        first = loss.item() if first is None else first
        if loss.item() < first / 5 and loss.item() < constant_loss / 2:
            break
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    # 5x lower than at start, and half the loss of the best constant prediction
    assert loss.item() < first / 5, (first, loss.item())
    assert loss.item() < constant_loss / 2, (constant_loss, loss.item())


def test_resnets_have_torchvision_names_and_parameter_counts() -> None:
    r18, r50 = resnet(18), resnet(50)
    assert n_params(r18) == TV_RESNET18
    assert n_params(r50) == TV_RESNET50
    keys18 = list(r18.state_dict())
    assert len(keys18) == 122 and len(r50.state_dict()) == 320
    for key in ("conv1.weight", "bn1.running_var", "layer1.0.conv1.weight", "layer1.1.bn2.bias",
                "layer2.0.downsample.0.weight", "layer2.0.downsample.1.running_mean",
                "layer4.1.conv2.weight", "fc.weight", "fc.bias"):
        assert key in keys18
    assert "layer4.2.conv3.weight" in r50.state_dict()
    assert r50.state_dict()["layer3.0.downsample.0.weight"].shape == (1024, 512, 1, 1)
    assert not any(m.bias is not None for m in r18.modules() if isinstance(m, torch.nn.Conv2d))


def test_segmenters_match_torchvision_sizes() -> None:
    # torchvision's counts for 21 classes with aux head -> 1 class without aux head
    fcn = get_model("fcn_resnet50")
    deeplab = get_model("deeplabv3_resnet50")
    assert n_params(fcn) == TV_FCN_R50_AUX - TV_AUX_HEAD_21 - 20 * (512 + 1)
    assert n_params(deeplab) == TV_DEEPLAB_R50_AUX - TV_AUX_HEAD_21 - 20 * (256 + 1)
    assert "backbone.layer4.2.conv3.weight" in fcn.state_dict()
    assert "backbone.fc.weight" not in fcn.state_dict()


@pytest.mark.parametrize("depth", [18, 50])
def test_dilated_backbone_has_output_stride_8(depth: int) -> None:
    backbone = resnet(depth, num_classes=None, replace_stride_with_dilation=(False, True, True),
                      width=8)
    features = backbone(torch.zeros(1, 3, 96, 64))
    assert tuple(features.shape[-2:]) == (12, 8)
    plain = resnet(depth, num_classes=None, width=8)(torch.zeros(1, 3, 96, 64))
    assert tuple(plain.shape[-2:]) == (3, 2)


def test_identity_norm_gives_conv_biases_and_no_batchnorm() -> None:
    model = resnet(50, norm_layer=torch.nn.Identity, width=8)
    convs = [m for m in model.modules() if isinstance(m, torch.nn.Conv2d)]
    assert convs and all(c.bias is not None for c in convs)
    assert not any(isinstance(m, torch.nn.BatchNorm2d) for m in model.modules())
    assert isinstance(model.layer1[0].downsample[1], torch.nn.Identity)


def test_deeplab_trains_on_a_batch_of_one() -> None:
    torch.manual_seed(0)
    model = get_model("deeplabv3_resnet18_w16").train()
    pooled_bn = [m for m in model.modules() if isinstance(m, PooledBatchNorm2d)]
    assert len(pooled_bn) == 1
    before = pooled_bn[0].running_mean.clone()
    out = model(torch.randn(1, 3, 40, 40))
    out.mean().backward()  # plain BatchNorm2d raises here ("more than 1 value per channel")
    assert torch.equal(pooled_bn[0].running_mean, before)  # single sample: stats untouched
    model(torch.randn(2, 3, 40, 40))
    assert not torch.equal(pooled_bn[0].running_mean, before)  # batches of 2+: normal BN


def test_unet_rejects_too_small_inputs_clearly() -> None:
    with pytest.raises(ValueError, match="at least 4 pixels"):
        get_model("unet_w8")(torch.zeros(1, 3, 3, 50))
