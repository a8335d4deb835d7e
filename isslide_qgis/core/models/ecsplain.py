"""ECSPLAIN's classifier (Bralet et al., IEEE TGRS 2025): a ResNet without batch normalisation.

A ResNet-18 or -50 whose ``bn*`` modules are identities (the convolutions carry biases), a
2-channel first convolution ([coherence*cos(phase), coherence*sin(phase)]) and a single
detection logit (global average pool + ``fc``). Its class activation map (computed in
``core.cam``) is taken at the 5 modules named by :attr:`EcsplainClassifier.cam_layers`; the
network does nothing in place, so forward hooks there see differentiable activations.

*Valid pooling* (``valid_pooling=True``, recorded in the card's ``arguments``): the global
average pool weighs each position of the last feature map by the share of valid input pixels
under it (a no-data pixel is 0 in every channel, ``training.datasets.NODATA_INPUT``), so a tile
half outside the raster or half masked is judged on its valid half instead of having its score
diluted by the blank one. Off by default (the weights trained with the plain pool keep it).
"""
from __future__ import annotations

import torch.nn.functional as F
from torch import Tensor, nn

from .resnet import RESNET_LAYOUTS, Block, ResNet


def cam_layer_names(block: Block, stage_blocks: tuple[int, ...]) -> tuple[str, str, str, str, str]:
    """The 5 CAM layers: stem max-pool, first conv of stages 2-4, last conv of stage 4."""
    last = f"layer4.{stage_blocks[3] - 1}.{block.last_conv}"
    return ("maxpool", "layer2.0.conv1", "layer3.0.conv1", "layer4.0.conv1", last)


class EcsplainClassifier(ResNet):
    """BN-free ResNet giving one detection logit per patch, shape (N, 1).

    Attributes:
        cam_layers: module names (for ``get_submodule``) where the CAM is taken.
        valid_pooling: pool over the valid part of the patch only (see the module docstring).
    """

    def __init__(self, depth: int = 18, width: int = 64, in_channels: int = 2,
                 valid_pooling: bool = False) -> None:
        if depth not in RESNET_LAYOUTS:
            raise ValueError(f"ECSPLAIN uses a ResNet of depth 18 or 50, got {depth}.")
        block, layers = RESNET_LAYOUTS[depth]
        super().__init__(block, layers, in_channels=in_channels, width=width, num_classes=1,
                         norm_layer=nn.Identity)
        self.depth = depth
        self.cam_layers: tuple[str, ...] = cam_layer_names(block, layers)
        self.valid_pooling = valid_pooling

    def forward(self, x: Tensor) -> Tensor:
        if not self.valid_pooling:
            return super().forward(x)
        features = self.forward_features(x)
        valid = (x != 0).any(dim=1, keepdim=True).to(features.dtype)
        weight = F.adaptive_avg_pool2d(valid, features.shape[-2:])
        pooled = (features * weight).sum((2, 3)) / weight.sum((2, 3)).clamp(min=1e-6)
        return self.fc(pooled)


def ecsplain_resnet(depth: int = 18, width: int = 64, in_channels: int = 2,
                    valid_pooling: bool = False) -> EcsplainClassifier:
    """ECSPLAIN classifier on a BN-free ResNet-``depth`` of base width ``width``."""
    return EcsplainClassifier(depth, width, in_channels, valid_pooling)
