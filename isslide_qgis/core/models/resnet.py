"""ResNet-18/34/50/101/152 (He 2016) in plain torch, with torchvision's parameter names.

Keeping torchvision's names (``conv1``, ``bn1``, ``layer1`` .. ``layer4``, ``downsample.0/1``,
``fc``) lets an analyst load a torchvision ResNet ``state_dict`` they already have as a
pretrained backbone (torchvision itself has no CPU build here).

Options beyond torchvision:

- ``in_channels``: InSAR inputs have 2 or 3 channels that are not RGB.
- ``width``: base number of channels (64 in the paper); compact variants use e.g. 16. Stage
  ``i`` has ``width * 2**i`` planes (times 4 at a Bottleneck's output), names unchanged.
- ``norm_layer=nn.Identity``: no batch normalisation (ECSPLAIN). The ``bn*`` modules still
  exist, as ``nn.Identity``, so names stay aligned, and the convolutions then get a bias
  (torchvision's have none because the following BN has one). A BN network's weights map to
  the BN-free one by folding each BN into its convolution (see :mod:`.pretrained`).
- ``BasicBlock`` supports dilation, so ResNet-18 can be an output-stride-8 backbone too.

No operation is in place (ReLU, residual sum): forward hooks on any convolution see the
convolution's own output, still differentiable, which the CAM code relies on.
"""
from __future__ import annotations

import math
from typing import Callable, Sequence

import torch
from torch import Tensor, nn

#: A normalisation layer factory taking the number of channels (nn.BatchNorm2d, nn.Identity).
NormLayer = Callable[[int], nn.Module]


def conv3x3(in_planes: int, out_planes: int, stride: int = 1, dilation: int = 1,
            groups: int = 1, bias: bool = False) -> nn.Conv2d:
    """3x3 convolution whose padding keeps the size (up to the stride)."""
    return nn.Conv2d(in_planes, out_planes, 3, stride=stride, padding=dilation,
                     dilation=dilation, groups=groups, bias=bias)


def conv1x1(in_planes: int, out_planes: int, stride: int = 1, bias: bool = False) -> nn.Conv2d:
    """1x1 convolution."""
    return nn.Conv2d(in_planes, out_planes, 1, stride=stride, bias=bias)


def is_identity_norm(norm_layer: NormLayer) -> bool:
    """True when ``norm_layer`` builds no normalisation (so convolutions need a bias)."""
    return isinstance(norm_layer(1), nn.Identity)


class BasicBlock(nn.Module):
    """Two 3x3 convolutions and a shortcut (ResNet-18/34)."""

    expansion = 1
    #: name of the residual branch's last convolution
    last_conv = "conv2"

    def __init__(self, inplanes: int, planes: int, stride: int = 1,
                 downsample: nn.Module | None = None, dilation: int = 1,
                 norm_layer: NormLayer = nn.BatchNorm2d, conv_bias: bool = False) -> None:
        super().__init__()
        self.conv1 = conv3x3(inplanes, planes, stride, dilation, bias=conv_bias)
        self.bn1 = norm_layer(planes)
        self.relu = nn.ReLU()
        self.conv2 = conv3x3(planes, planes, dilation=dilation, bias=conv_bias)
        self.bn2 = norm_layer(planes)
        self.downsample = downsample
        self.stride = stride

    def forward(self, x: Tensor) -> Tensor:
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return self.relu(out + identity)


class Bottleneck(nn.Module):
    """1x1 reduce, 3x3 (stride/dilation here, torchvision's "V1.5"), 1x1 expand (ResNet-50+)."""

    expansion = 4
    last_conv = "conv3"

    def __init__(self, inplanes: int, planes: int, stride: int = 1,
                 downsample: nn.Module | None = None, dilation: int = 1,
                 norm_layer: NormLayer = nn.BatchNorm2d, conv_bias: bool = False) -> None:
        super().__init__()
        self.conv1 = conv1x1(inplanes, planes, bias=conv_bias)
        self.bn1 = norm_layer(planes)
        self.conv2 = conv3x3(planes, planes, stride, dilation, bias=conv_bias)
        self.bn2 = norm_layer(planes)
        self.conv3 = conv1x1(planes, planes * self.expansion, bias=conv_bias)
        self.bn3 = norm_layer(planes * self.expansion)
        self.relu = nn.ReLU()
        self.downsample = downsample
        self.stride = stride

    def forward(self, x: Tensor) -> Tensor:
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        return self.relu(out + identity)


Block = type[BasicBlock] | type[Bottleneck]

#: depth -> (block type, number of blocks in each of the 4 stages)
RESNET_LAYOUTS: dict[int, tuple[Block, tuple[int, int, int, int]]] = {
    18: (BasicBlock, (2, 2, 2, 2)),
    34: (BasicBlock, (3, 4, 6, 3)),
    50: (Bottleneck, (3, 4, 6, 3)),
    101: (Bottleneck, (3, 4, 23, 3)),
    152: (Bottleneck, (3, 8, 36, 3)),
}


class ResNet(nn.Module):
    """A ResNet with torchvision's module names.

    Args:
        block: :class:`BasicBlock` or :class:`Bottleneck`.
        layers: number of blocks in each of the 4 stages.
        in_channels: input channels of ``conv1``.
        width: base number of channels (64 in torchvision).
        num_classes: outputs of ``fc``; None builds no ``avgpool``/``fc`` (a backbone).
        norm_layer: ``nn.BatchNorm2d`` or ``nn.Identity`` (no normalisation).
        replace_stride_with_dilation: for stages 2-4, dilate instead of striding
            (``(False, True, True)`` gives output stride 8 as torchvision's FCN/DeepLabV3).
        conv_bias: give convolutions a bias; default: only when ``norm_layer`` is identity.
    """

    def __init__(self, block: Block, layers: Sequence[int], in_channels: int = 3,
                 width: int = 64, num_classes: int | None = 1000,
                 norm_layer: NormLayer = nn.BatchNorm2d,
                 replace_stride_with_dilation: Sequence[bool] = (False, False, False),
                 conv_bias: bool | None = None) -> None:
        super().__init__()
        if len(layers) != 4 or len(replace_stride_with_dilation) != 3:
            raise ValueError("layers needs 4 stage sizes and replace_stride_with_dilation 3 flags")
        self.in_channels = in_channels
        self.block = block
        self.stage_blocks = tuple(layers)
        self.has_norm = not is_identity_norm(norm_layer)
        self._norm_layer = norm_layer
        self._conv_bias = (not self.has_norm) if conv_bias is None else conv_bias
        self.inplanes = width
        self.dilation = 1
        self.conv1 = nn.Conv2d(in_channels, width, 7, stride=2, padding=3, bias=self._conv_bias)
        self.bn1 = norm_layer(width)
        self.relu = nn.ReLU()
        self.maxpool = nn.MaxPool2d(3, stride=2, padding=1)
        self.layer1 = self._make_layer(width, layers[0])
        self.layer2 = self._make_layer(width * 2, layers[1], 2, replace_stride_with_dilation[0])
        self.layer3 = self._make_layer(width * 4, layers[2], 2, replace_stride_with_dilation[1])
        self.layer4 = self._make_layer(width * 8, layers[3], 2, replace_stride_with_dilation[2])
        self.out_channels = width * 8 * block.expansion
        if num_classes is not None:
            self.avgpool = nn.AdaptiveAvgPool2d(1)
            self.fc = nn.Linear(self.out_channels, num_classes)
        self._init_weights()

    def _make_layer(self, planes: int, blocks: int, stride: int = 1,
                    dilate: bool = False) -> nn.Sequential:
        previous_dilation = self.dilation
        if dilate:
            self.dilation *= stride
            stride = 1
        downsample = None
        if stride != 1 or self.inplanes != planes * self.block.expansion:
            downsample = nn.Sequential(
                conv1x1(self.inplanes, planes * self.block.expansion, stride, self._conv_bias),
                self._norm_layer(planes * self.block.expansion))
        common = {"norm_layer": self._norm_layer, "conv_bias": self._conv_bias}
        modules = [self.block(self.inplanes, planes, stride, downsample, previous_dilation,
                              **common)]
        self.inplanes = planes * self.block.expansion
        modules += [self.block(self.inplanes, planes, dilation=self.dilation, **common)
                    for _ in range(1, blocks)]
        return nn.Sequential(*modules)

    def _init_weights(self) -> None:
        """He init; without normalisation, residual branches are scaled down (Fixup-like).

        With BN, torchvision's scheme. Without, each residual branch's last convolution is
        scaled by ``1/sqrt(number of blocks)`` so the variance added by the ``n`` residual sums
        stays bounded (about ``(1 + 1/n)**n <= e``) and the untrained logit is O(1).
        """
        mode = "fan_out" if self.has_norm else "fan_in"
        for module in self.modules():
            if isinstance(module, nn.Conv2d):
                nn.init.kaiming_normal_(module.weight, mode=mode, nonlinearity="relu")
                if module.bias is not None:
                    nn.init.zeros_(module.bias)
            elif isinstance(module, nn.BatchNorm2d):
                nn.init.ones_(module.weight)
                nn.init.zeros_(module.bias)
        if not self.has_norm:
            scale = 1.0 / math.sqrt(sum(self.stage_blocks))
            with torch.no_grad():
                for block in self.blocks():
                    getattr(block, block.last_conv).weight.mul_(scale)

    def blocks(self) -> list[nn.Module]:
        """All residual blocks, stage by stage."""
        return [b for stage in (self.layer1, self.layer2, self.layer3, self.layer4) for b in stage]

    def forward_features(self, x: Tensor) -> Tensor:
        """The last stage's feature map (N, out_channels, h, w)."""
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        return self.layer4(self.layer3(self.layer2(self.layer1(x))))

    def forward(self, x: Tensor) -> Tensor:
        features = self.forward_features(x)
        if not hasattr(self, "fc"):
            return features
        return self.fc(torch.flatten(self.avgpool(features), 1))


def resnet(depth: int, **kwargs: object) -> ResNet:
    """Build a ResNet of a given depth (18, 34, 50, 101, 152); kwargs go to :class:`ResNet`."""
    if depth not in RESNET_LAYOUTS:
        raise ValueError(f"No ResNet of depth {depth}; valid depths: "
                         f"{', '.join(map(str, RESNET_LAYOUTS))}.")
    block, layers = RESNET_LAYOUTS[depth]
    return ResNet(block, layers, **kwargs)  # type: ignore[arg-type]
