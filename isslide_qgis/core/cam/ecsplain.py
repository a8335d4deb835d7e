"""ECSPLAIN's localisation map: a differentiable CAM of a classifier's logit.

The ECSPLAIN loss is ``wClass * BCEWithLogits(score, label) + wSegm * BCE(fused, smoothed mask)``;
both terms come from one call (``result.scores`` and ``result.fused``), and with
``differentiable=True`` the CAM term trains the network through second-order gradients.
"""
from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from isslide_qgis.core.cam.base import CamResult
from isslide_qgis.core.cam.registry import get_cam_method
from isslide_qgis.core.cam.targets import ClassifierLogit


def ecsplain_localisation(
    model: nn.Module,
    inputs: torch.Tensor,
    layers: Sequence[str],
    method: str = "gradcam",
    differentiable: bool = True,
    *,
    output_size: tuple[int, int] | None = None,
    **method_options: object,
) -> CamResult:
    """Fused CAM of a single-logit classifier at ``layers`` (ReLU, upsample, min-max, mean).

    Args:
        model: a classifier whose output is ``(N,)`` or ``(N, 1)`` logits (any architecture
            with named layers, e.g. a ResNet without batch normalisation).
        inputs: ``(N, C, H, W)`` patches.
        layers: dotted layer names (ECSPLAIN: the stem's max-pool, the first convolutions of
            stages 2-4 and the last convolution of stage 4).
        method: a registry name, see :func:`~isslide_qgis.core.cam.registry.list_cam_methods`.
        differentiable: keep the CAM in the graph (training) or detach it (evaluation).
        output_size: map size; defaults to the patch size.
        **method_options: constructor options of the method (e.g. ``channel_fraction``).

    Returns:
        The :class:`CamResult`: ``scores`` are the logits, ``fused`` the localisation map.
    """
    cam = get_cam_method(method, **method_options)
    return cam(model, inputs, ClassifierLogit(), layers, differentiable=differentiable, output_size=output_size)
