"""Training losses: BCE for the segmenters, ECSPLAIN's CAM-constrained loss for the classifier.

ECSPLAIN (Bralet et al., IEEE TGRS 2025)::

    loss = w_class * BCEWithLogits(score, label) + w_segm * BCE(CAM, box5(mask))

``CAM`` is the fused map of :func:`~isslide_qgis.core.cam.ecsplain_localisation` computed with
``differentiable=True`` (gradient-based methods take dy/dA with ``create_graph=True``), so the
CAM term trains the network by second-order back-propagation. ``box5`` is a 5 x 5 box filter
(normalised at the borders). Negative patches have label 0 and an empty mask. ``w_segm = 0``
gives the plain classifier (one forward pass, no CAM). The CAM is clamped to
[``CAM_EPS``, 1 - ``CAM_EPS``] inside the BCE: min-max normalised maps hit 0 and 1 exactly,
where BCE's gradient would be infinite.

Each loss is a callable ``loss(model, inputs, masks, labels) -> LossTerms``; :data:`LOSSES`
maps a model task to its loss class.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from ..cam import ecsplain_localisation
from .config import TrainConfig

#: Clamp of the CAM inside the BCE (see the module docstring).
CAM_EPS = 1e-3


@dataclass
class LossTerms:
    """One batch's loss.

    Attributes:
        total: the scalar to back-propagate.
        parts: named scalar terms (detached floats) for the training history.
        outputs: the model's detached outputs (logits), for running metrics.
    """

    total: Tensor
    parts: dict[str, float] = field(default_factory=dict)
    outputs: Tensor | None = None


def smooth_mask(mask: Tensor, size: int = 5) -> Tensor:
    """Box-filter masks ``(N, H, W)`` with a ``size`` x ``size`` window (mean of the pixels
    inside the raster near borders): the soft target of the ECSPLAIN CAM term."""
    if size <= 1:
        return mask
    return F.avg_pool2d(mask.unsqueeze(1), size, stride=1, padding=size // 2,
                        count_include_pad=False)[:, 0]


class SegmentationLoss:
    """BCE with logits of every pixel (optionally ``pos_weight`` on moving pixels)."""

    def __init__(self, config: TrainConfig) -> None:
        self.pos_weight = config.pos_weight

    def __call__(self, model: nn.Module, inputs: Tensor, masks: Tensor, labels: Tensor) -> LossTerms:
        logits = model(inputs)[:, 0]
        weight = torch.tensor(self.pos_weight, dtype=logits.dtype) if self.pos_weight != 1 else None
        loss = F.binary_cross_entropy_with_logits(logits, masks, pos_weight=weight)
        return LossTerms(loss, {"bce": float(loss.detach())}, logits.detach())


class EcsplainLoss:
    """ECSPLAIN's loss (see the module docstring).

    Args:
        config: ``w_class``, ``w_segm``, ``cam_method``, ``cam_options``, ``mask_smoothing``.
        layers: the CAM layers (the model's 5 ``cam_layers``, or the trainable ones).
    """

    def __init__(self, config: TrainConfig, layers: Sequence[str]) -> None:
        self.w_class = config.w_class
        self.w_segm = config.w_segm
        self.method = config.cam_method
        self.options: dict[str, Any] = dict(config.cam_options)
        self.smoothing = config.mask_smoothing
        self.layers = tuple(layers)

    def __call__(self, model: nn.Module, inputs: Tensor, masks: Tensor, labels: Tensor) -> LossTerms:
        target = labels.to(inputs.dtype)
        if self.w_segm == 0:
            scores = model(inputs).reshape(-1)
            classification = F.binary_cross_entropy_with_logits(scores, target)
            return LossTerms(self.w_class * classification,
                             {"classification": float(classification.detach())}, scores.detach())
        result = ecsplain_localisation(model, inputs, self.layers, self.method, differentiable=True,
                                       **self.options)
        classification = F.binary_cross_entropy_with_logits(result.scores, target)
        cam = result.fused.clamp(CAM_EPS, 1.0 - CAM_EPS)
        localisation = F.binary_cross_entropy(cam, smooth_mask(masks, self.smoothing))
        total = self.w_class * classification + self.w_segm * localisation
        return LossTerms(total, {"classification": float(classification.detach()),
                                 "localisation": float(localisation.detach())},
                         result.scores.detach())


def segmentation_loss(config: TrainConfig, model: nn.Module) -> SegmentationLoss:
    """The segmenters' loss."""
    return SegmentationLoss(config)


def ecsplain_loss(config: TrainConfig, model: nn.Module) -> EcsplainLoss:
    """ECSPLAIN's loss on ``config.cam_layers`` or, if empty, all of the model's CAM layers."""
    return EcsplainLoss(config, config.cam_layers or tuple(model.cam_layers))


#: model task -> loss factory (config, model) -> callable(model, inputs, masks, labels)
LOSSES: dict[str, Callable[[TrainConfig, nn.Module], Callable[..., LossTerms]]] = {
    "segmentation": segmentation_loss,
    "classification": ecsplain_loss,
}
