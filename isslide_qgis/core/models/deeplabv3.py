"""DeepLabV3 (Chen et al. 2017) as in torchvision: dilated ResNet + ASPP head.

ASPP at output stride 8 uses atrous rates 12/24/36 and an image-pooling branch. That branch
normalises a 1x1 map: plain ``BatchNorm2d`` then sees one value per channel when a training
batch holds one patch and raises. :class:`PooledBatchNorm2d` normalises such a batch with
its running statistics instead (as in evaluation) and leaves them untouched; batches of two
or more are normalised exactly as torchvision does.
"""
from __future__ import annotations

from typing import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from .segmenter import ResNetSegmenter, conv_bn_relu, dilated_backbone


class PooledBatchNorm2d(nn.BatchNorm2d):
    """BatchNorm that also works in training mode on a single 1x1 sample (uses running stats)."""

    def forward(self, x: Tensor) -> Tensor:
        if self.training and x.shape[0] * x.shape[2] * x.shape[3] == 1:
            return F.batch_norm(x, self.running_mean, self.running_var, self.weight, self.bias,
                                training=False, momentum=0.0, eps=self.eps)
        return super().forward(x)


class ASPPConv(nn.Sequential):
    """3x3 atrous convolution -> BN -> ReLU."""

    def __init__(self, in_channels: int, out_channels: int, dilation: int) -> None:
        super().__init__(*conv_bn_relu(in_channels, out_channels, 3, dilation))


class ASPPPooling(nn.Sequential):
    """Image-level features: global average pool -> 1x1 conv -> BN -> ReLU, broadcast back."""

    def __init__(self, in_channels: int, out_channels: int) -> None:
        super().__init__(nn.AdaptiveAvgPool2d(1),
                         nn.Conv2d(in_channels, out_channels, 1, bias=False),
                         PooledBatchNorm2d(out_channels), nn.ReLU())

    def forward(self, x: Tensor) -> Tensor:
        return super().forward(x).expand(-1, -1, *x.shape[-2:])


class ASPP(nn.Module):
    """Atrous spatial pyramid pooling: 1x1, three atrous 3x3, image pooling; concat, project."""

    def __init__(self, in_channels: int, atrous_rates: Sequence[int],
                 out_channels: int = 256) -> None:
        super().__init__()
        branches: list[nn.Module] = [nn.Sequential(*conv_bn_relu(in_channels, out_channels))]
        branches += [ASPPConv(in_channels, out_channels, rate) for rate in atrous_rates]
        branches.append(ASPPPooling(in_channels, out_channels))
        self.convs = nn.ModuleList(branches)
        self.project = nn.Sequential(*conv_bn_relu(len(branches) * out_channels, out_channels),
                                     nn.Dropout(0.5))

    def forward(self, x: Tensor) -> Tensor:
        return self.project(torch.cat([branch(x) for branch in self.convs], dim=1))


class DeepLabHead(nn.Sequential):
    """ASPP -> 3x3 conv -> BN -> ReLU -> 1x1 conv to ``channels``."""

    def __init__(self, in_channels: int, channels: int = 1, aspp_channels: int = 256,
                 atrous_rates: Sequence[int] = (12, 24, 36)) -> None:
        super().__init__(ASPP(in_channels, atrous_rates, aspp_channels),
                         *conv_bn_relu(aspp_channels, aspp_channels, 3),
                         nn.Conv2d(aspp_channels, channels, 1))


class DeepLabV3(ResNetSegmenter):
    """DeepLabV3: one logit per pixel at the input resolution."""


def deeplabv3_resnet(depth: int = 50, width: int = 64, in_channels: int = 3,
                     aspp_channels: int = 256,
                     atrous_rates: Sequence[int] = (12, 24, 36)) -> DeepLabV3:
    """DeepLabV3 on a dilated ResNet (output stride 8), 1 output logit.

    Args:
        depth: ResNet depth (18 or 50).
        width: backbone base width (64 paper size; 16 for the compact variant).
        in_channels: input channels ([coherence, cos, sin]: 3).
        aspp_channels: channels of each ASPP branch and of the head (256 in the paper).
        atrous_rates: dilation rates of the 3 atrous branches (12/24/36 at output stride 8).
    """
    backbone = dilated_backbone(depth, width, in_channels)
    head = DeepLabHead(backbone.out_channels, 1, aspp_channels, tuple(atrous_rates))
    return DeepLabV3(backbone, head)
