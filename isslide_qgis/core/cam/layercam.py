"""Layer-CAM (Jiang et al., IEEE TIP 2021).

``L = ReLU(sum_k ReLU(dy/dA^k_ij) * A^k_ij)``: a per-position weight instead of a per-channel
one, which keeps the detail of shallow layers (rescale those with ``shallow_layers=...``,
the paper's ``tanh(2x)``).
"""
from __future__ import annotations

import torch

from isslide_qgis.core.cam.base import CamContext, CamMethod


class LayerCAM(CamMethod):
    """Positive gradient times activation, summed over channels."""

    name = "layercam"
    needs_gradients = True

    def layer_map(self, activation: torch.Tensor, gradient: torch.Tensor | None, ctx: CamContext) -> torch.Tensor:
        """``sum_k ReLU(g^k_ij) * A^k_ij`` shaped ``(N, h, w)``."""
        return (torch.relu(gradient) * activation).sum(dim=1)
