"""Starting a ResNet network from another trained model's backbone (transfer between tasks).

ECSPLAIN's BN-free classifier learns slowly from scratch on a CPU budget: a single detection
logit per patch is a weak signal. Its ResNet has the same layers as the backbone of the FCN
and DeepLabV3 segmenters, which learn fast from every pixel. :func:`init_from_checkpoint`
loads such a backbone into the new model (as the papers start from ImageNet weights, here
from a segmenter trained on the same simulated data): batch norms are folded into the
convolutions when the new model has none, and the first convolution's filters are taken
channel by channel across input conventions (:data:`CHANNEL_CORRESPONDENCE`: the filter that
read cos(phase) reads coh*cos(phase); a channel without counterpart, e.g. coherence, gets
zero weights). The dilation of the segmenters' last stages changes the resolution a filter
sees, not its shape, so the weights load as they are.
"""
from __future__ import annotations

from pathlib import Path

import torch
from torch import nn

from ..models import load_checkpoint
from ..models.pretrained import load_pretrained_backbone, resnet_backbone

#: band of the new model -> band of the source model whose first-layer filters it takes
CHANNEL_CORRESPONDENCE: dict[str, str] = {
    "coh_cos_phase": "cos_phase", "coh_sin_phase": "sin_phase",
    "cos_phase": "coh_cos_phase", "sin_phase": "coh_sin_phase",
}


def map_first_conv(weight: torch.Tensor, source_bands: list[str], target_bands: list[str]) -> torch.Tensor:
    """First-convolution weight ``(out, len(target_bands), k, k)`` from one on ``source_bands``:
    same band or its :data:`CHANNEL_CORRESPONDENCE` counterpart, else zeros."""
    out = torch.zeros(weight.shape[0], len(target_bands), *weight.shape[2:], dtype=weight.dtype)
    for index, band in enumerate(target_bands):
        for candidate in (band, CHANNEL_CORRESPONDENCE.get(band)):
            if candidate in source_bands:
                out[:, index] = weight[:, source_bands.index(candidate)]
                break
    return out


def init_from_checkpoint(model: nn.Module, band_names: list[str], checkpoint: str | Path) -> str:
    """Load the ResNet backbone of ``checkpoint`` into ``model``'s ResNet, in place.

    Args:
        model: an FCN, DeepLabV3 or ECSPLAIN network.
        band_names: ``model``'s input bands, in order.
        checkpoint: an isslide checkpoint of an FCN, DeepLabV3 or ECSPLAIN model of the same
            ResNet depth and width.

    Returns:
        A one-line description for the model card.

    Raises:
        ModelError: unreadable checkpoint, or a backbone of another shape.
    """
    source, card = load_checkpoint(checkpoint)
    state = dict(resnet_backbone(source).state_dict())
    state["conv1.weight"] = map_first_conv(state["conv1.weight"], list(card.band_names), band_names)
    load_pretrained_backbone(model, state, first_conv_rule="keep")
    return f"ResNet backbone of {card.architecture} ({Path(checkpoint).name})"
