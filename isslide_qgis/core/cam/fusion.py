"""The map post-processing shared by every CAM method: ReLU, upsampling, min-max, fusion.

All helpers are plain differentiable torch functions on maps shaped ``(..., h, w)``, so the
ECSPLAIN loss can back-propagate through them and other code (inference, reports) can reuse
them on any stack of maps.
"""
from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F

#: Default guard of the min-max normalisation: a map whose range is not above it is constant.
DEFAULT_EPS = 1e-8


def relu_maps(maps: torch.Tensor) -> torch.Tensor:
    """Keep only the positive evidence of a map (``max(x, 0)``), as every CAM paper does."""
    return torch.relu(maps)


def upsample_maps(maps: torch.Tensor, size: tuple[int, int]) -> torch.Tensor:
    """Resize maps ``(N, h, w)`` or ``(N, K, h, w)`` bilinearly to ``size`` (align_corners=False).

    Args:
        maps: maps at a layer's resolution.
        size: target ``(H, W)``, usually the patch size.

    Returns:
        The maps at ``size``; unchanged values when the size already matches.
    """
    if tuple(maps.shape[-2:]) == tuple(size):
        return maps
    if maps.dim() == 3:
        return F.interpolate(maps.unsqueeze(1), size=size, mode="bilinear", align_corners=False)[:, 0]
    if maps.dim() == 4:
        return F.interpolate(maps, size=size, mode="bilinear", align_corners=False)
    raise ValueError(f"upsample_maps expects maps of shape (N, h, w) or (N, K, h, w), got {tuple(maps.shape)}")


def minmax_normalise(maps: torch.Tensor, eps: float = DEFAULT_EPS) -> torch.Tensor:
    """Rescale each map (last two dims) to [0, 1]: ``(x - min) / (max - min)``.

    A map whose range is ``<= eps`` (a constant map) becomes zeros, with a zero gradient and
    no NaN: the division uses a safe denominator, not ``0/0`` masked afterwards.

    Args:
        maps: maps ``(..., h, w)``; each ``(h, w)`` slice is normalised on its own.
        eps: range under which a map counts as constant.

    Returns:
        The normalised maps, same shape.
    """
    flat = maps.flatten(-2)
    low = flat.amin(dim=-1, keepdim=True).unsqueeze(-1)
    high = flat.amax(dim=-1, keepdim=True).unsqueeze(-1)
    span = high - low
    varies = span > eps
    safe_span = torch.where(varies, span, torch.ones_like(span))
    return torch.where(varies, (maps - low) / safe_span, torch.zeros_like(maps))


def tanh_rescale(maps: torch.Tensor, gamma: float = 2.0) -> torch.Tensor:
    """Layer-CAM's rescaling of a normalised shallow-layer map: ``tanh(gamma * x)``."""
    return torch.tanh(gamma * maps)


def fuse_mean(maps: Sequence[torch.Tensor]) -> torch.Tensor:
    """Average normalised maps of several layers (ECSPLAIN's fusion of its 5 layers).

    Args:
        maps: maps of identical shape ``(N, H, W)``.

    Returns:
        Their element-wise mean ``(N, H, W)``.
    """
    if len(maps) == 0:
        raise ValueError("fuse_mean needs at least one map")
    shapes = {tuple(m.shape) for m in maps}
    if len(shapes) != 1:
        raise ValueError(f"fuse_mean needs maps of one shape, got {sorted(shapes)}; upsample them first")
    return torch.stack(list(maps), dim=0).mean(dim=0)
