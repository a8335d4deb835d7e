"""Grad-CAM (Selvaraju et al., ICCV 2017).

``alpha_k = mean_ij dy/dA^k_ij``; ``L = ReLU(sum_k alpha_k A^k)`` (ReLU applied by the base).
"""
from __future__ import annotations

import torch

from isslide_qgis.core.cam.base import CamContext, CamMethod


class GradCAM(CamMethod):
    """Channel weights = spatial mean of the gradient; map = weighted sum of the channels."""

    name = "gradcam"
    needs_gradients = True

    def layer_map(self, activation: torch.Tensor, gradient: torch.Tensor | None, ctx: CamContext) -> torch.Tensor:
        """``sum_k mean_ij(g^k) * A^k`` shaped ``(N, h, w)``."""
        weights = gradient.mean(dim=(2, 3), keepdim=True)
        return (weights * activation).sum(dim=1)
