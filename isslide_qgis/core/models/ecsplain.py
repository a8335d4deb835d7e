"""ECSPLAIN's classifier (Bralet et al., IEEE TGRS 2025): a ResNet without batch normalisation.

A ResNet-18 or -50 whose ``bn*`` modules are identities (the convolutions carry biases), a
2-channel first convolution ([coherence*cos(phase), coherence*sin(phase)]) and a single
detection logit (global average pool + ``fc``). Its class activation map (computed in
``core.cam``) is taken at the 5 modules named by :attr:`EcsplainClassifier.cam_layers`; the
network does nothing in place, so forward hooks there see differentiable activations.
"""
from __future__ import annotations

from torch import nn

from .resnet import RESNET_LAYOUTS, Block, ResNet


def cam_layer_names(block: Block, stage_blocks: tuple[int, ...]) -> tuple[str, str, str, str, str]:
    """The 5 CAM layers: stem max-pool, first conv of stages 2-4, last conv of stage 4."""
    last = f"layer4.{stage_blocks[3] - 1}.{block.last_conv}"
    return ("maxpool", "layer2.0.conv1", "layer3.0.conv1", "layer4.0.conv1", last)


class EcsplainClassifier(ResNet):
    """BN-free ResNet giving one detection logit per patch, shape (N, 1).

    Attributes:
        cam_layers: module names (for ``get_submodule``) where the CAM is taken.
    """

    def __init__(self, depth: int = 18, width: int = 64, in_channels: int = 2) -> None:
        if depth not in RESNET_LAYOUTS:
            raise ValueError(f"ECSPLAIN uses a ResNet of depth 18 or 50, got {depth}.")
        block, layers = RESNET_LAYOUTS[depth]
        super().__init__(block, layers, in_channels=in_channels, width=width, num_classes=1,
                         norm_layer=nn.Identity)
        self.depth = depth
        self.cam_layers: tuple[str, ...] = cam_layer_names(block, layers)


def ecsplain_resnet(depth: int = 18, width: int = 64, in_channels: int = 2) -> EcsplainClassifier:
    """ECSPLAIN classifier on a BN-free ResNet-``depth`` of base width ``width``."""
    return EcsplainClassifier(depth, width, in_channels)
