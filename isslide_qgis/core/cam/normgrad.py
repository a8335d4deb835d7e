"""NormGrad (Rebuffi, Fong, Ji, Vedaldi, CVPR 2020).

At each position ``u`` of a layer, with ``a_u`` and ``g_u`` the activation and gradient
vectors over channels:

* plain: ``||g_u||_2 * ||a_u||_2`` (the norm of the gradient of a virtual 1x1 identity
  layer's weights at ``u``);
* selective: ``||ReLU(a_u ⊙ g_u)||_2`` (only channels whose contribution raises the score).

The maps are non-negative, so the base's ReLU changes nothing.
"""
from __future__ import annotations

import torch

from isslide_qgis.core.cam.base import CamContext, CamMethod
from isslide_qgis.core.cam.fusion import DEFAULT_EPS


class NormGrad(CamMethod):
    """NormGrad map; ``selective=True`` gives the selective variant.

    Args:
        selective: use ``||ReLU(a ⊙ g)||_2`` instead of ``||g|| * ||a||``.
        eps: min-max guard of the base.
    """

    needs_gradients = True

    def __init__(self, *, selective: bool = False, eps: float = DEFAULT_EPS) -> None:
        super().__init__(eps=eps)
        self.selective = selective

    @property
    def name(self) -> str:  # type: ignore[override]
        return "normgrad_selective" if self.selective else "normgrad"

    def layer_map(self, activation: torch.Tensor, gradient: torch.Tensor | None, ctx: CamContext) -> torch.Tensor:
        """Per-position norms over channels, shaped ``(N, h, w)``."""
        if self.selective:
            return torch.linalg.vector_norm(torch.relu(activation * gradient), dim=1)
        return torch.linalg.vector_norm(gradient, dim=1) * torch.linalg.vector_norm(activation, dim=1)

    def __repr__(self) -> str:
        return f"NormGrad(selective={self.selective})"
