"""FCN (Long, Shelhamer, Darrell 2015) as in torchvision: dilated ResNet + FCNHead."""
from __future__ import annotations

from torch import nn

from .segmenter import ResNetSegmenter, conv_bn_relu, dilated_backbone


class FCNHead(nn.Sequential):
    """3x3 conv (in/4 channels) -> BN -> ReLU -> dropout 0.1 -> 1x1 conv to ``channels``."""

    def __init__(self, in_channels: int, channels: int = 1) -> None:
        inter = in_channels // 4
        super().__init__(*conv_bn_relu(in_channels, inter, 3), nn.Dropout(0.1),
                         nn.Conv2d(inter, channels, 1))


class FCN(ResNetSegmenter):
    """Fully convolutional network: one logit per pixel at the input resolution."""


def fcn_resnet(depth: int = 50, width: int = 64, in_channels: int = 3) -> FCN:
    """FCN on a dilated ResNet (output stride 8), 1 output logit.

    Args:
        depth: ResNet depth (18 or 50 in the ISSLIDE comparisons).
        width: backbone base width (64 paper size; 16 for the compact variant).
        in_channels: input channels ([coherence, cos, sin]: 3).
    """
    backbone = dilated_backbone(depth, width, in_channels)
    return FCN(backbone, FCNHead(backbone.out_channels, 1))
