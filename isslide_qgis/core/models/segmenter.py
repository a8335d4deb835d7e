"""The part FCN and DeepLabV3 share: a dilated ResNet backbone, a head, bilinear upsampling."""
from __future__ import annotations

import torch.nn.functional as F
from torch import Tensor, nn

from .resnet import ResNet, resnet


def conv_bn_relu(in_channels: int, out_channels: int, kernel: int = 1,
                 dilation: int = 1) -> list[nn.Module]:
    """Convolution (no bias, "same" padding) -> BatchNorm -> ReLU, as a list of modules."""
    return [nn.Conv2d(in_channels, out_channels, kernel, padding=dilation * (kernel // 2),
                      dilation=dilation, bias=False),
            nn.BatchNorm2d(out_channels), nn.ReLU()]


def dilated_backbone(depth: int, width: int, in_channels: int) -> ResNet:
    """A BN ResNet without ``avgpool``/``fc``, stages 3-4 dilated: output stride 8.

    As torchvision's ``fcn_resnet50``/``deeplabv3_resnet50`` backbones, so the parameter names
    under ``backbone.`` are torchvision's ResNet names.
    """
    return resnet(depth, in_channels=in_channels, width=width, num_classes=None,
                  replace_stride_with_dilation=(False, True, True))


class ResNetSegmenter(nn.Module):
    """Backbone features -> head -> 1 logit channel upsampled bilinearly to the input size.

    Attributes:
        backbone: the dilated :class:`~.resnet.ResNet` (pretrained weights load here).
        classifier: the head, mapping ``backbone.out_channels`` features to 1 logit.
    """

    def __init__(self, backbone: ResNet, classifier: nn.Module) -> None:
        super().__init__()
        self.backbone = backbone
        self.classifier = classifier
        self.in_channels = backbone.in_channels

    def forward(self, x: Tensor) -> Tensor:
        logits = self.classifier(self.backbone.forward_features(x))
        return F.interpolate(logits, size=x.shape[-2:], mode="bilinear", align_corners=False)
