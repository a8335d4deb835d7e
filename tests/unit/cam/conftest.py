"""Tiny hand-built networks whose CAMs can be computed by hand (float64, fixed weights)."""
from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch import nn

FC_WEIGHT = [[1.0, -0.5, 2.0]]  # mixed signs: Grad-CAM's ReLU and Layer-CAM's ReLU(g) matter
FC_BIAS = 0.1
CONV_BIAS = [0.1, -0.2, 0.05]


class GapClassifier(nn.Module):
    """conv(2->3, 3x3) -> ReLU(inplace) -> [max-pool 2] -> global average pool -> linear(3->1)."""

    def __init__(self, pool: bool = False) -> None:
        super().__init__()
        generator = torch.Generator().manual_seed(0)
        self.conv = nn.Conv2d(2, 3, 3, padding=1)
        self.act = nn.ReLU(inplace=True)
        self.pool = nn.MaxPool2d(2) if pool else nn.Identity()
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(3, 1)
        with torch.no_grad():
            self.conv.weight.copy_(0.5 * torch.randn(3, 2, 3, 3, generator=generator))
            self.conv.bias.copy_(torch.tensor(CONV_BIAS))
            self.fc.weight.copy_(torch.tensor(FC_WEIGHT))
            self.fc.bias.fill_(FC_BIAS)
        self.double()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(self.gap(self.pool(self.act(self.conv(x)))).flatten(1))

    def manual_features(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """The features at each layer, recomputed with torch.nn.functional (no module call)."""
        conv = F.conv2d(x, self.conv.weight, self.conv.bias, padding=1)
        act = torch.relu(conv)
        pool = F.max_pool2d(act, 2) if isinstance(self.pool, nn.MaxPool2d) else act
        return {"conv": conv, "act": act, "pool": pool}

    def manual_logit(self, x: torch.Tensor) -> torch.Tensor:
        """y(x) = b + sum_k w_k mean(features_k), shape (N,)."""
        pooled = self.manual_features(x)["pool"].mean(dim=(2, 3))
        return pooled @ self.fc.weight[0] + self.fc.bias[0]


class SmoothClassifier(nn.Module):
    """conv1(2->4) -> SiLU -> conv2(4->4, stride 2) -> SiLU -> GAP -> linear(4->1).

    Smooth activations make dy/dA depend on the first layer's weights, so the second-order
    path of a differentiable CAM reaches the first layer.
    """

    def __init__(self, seed: int = 1) -> None:
        super().__init__()
        torch.manual_seed(seed)
        self.conv1 = nn.Conv2d(2, 4, 3, padding=1)
        self.act1 = nn.SiLU()
        self.conv2 = nn.Conv2d(4, 4, 3, stride=2, padding=1)
        self.act2 = nn.SiLU()
        self.head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.act2(self.conv2(self.act1(self.conv1(x)))))


class TinySegmenter(nn.Module):
    """conv1(2->4, 3x3) -> ReLU -> conv2(4->1, 3x3): a logit per pixel (N, 1, H, W)."""

    def __init__(self, seed: int = 2) -> None:
        super().__init__()
        torch.manual_seed(seed)
        self.conv1 = nn.Conv2d(2, 4, 3, padding=1)
        self.act = nn.ReLU()
        self.conv2 = nn.Conv2d(4, 1, 3, padding=1)
        self.double()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv2(self.act(self.conv1(x)))


@pytest.fixture
def gap_classifier() -> GapClassifier:
    return GapClassifier(pool=False)


@pytest.fixture
def pooled_classifier() -> GapClassifier:
    return GapClassifier(pool=True)


@pytest.fixture
def smooth_classifier() -> SmoothClassifier:
    return SmoothClassifier()


@pytest.fixture
def segmenter() -> TinySegmenter:
    return TinySegmenter()


@pytest.fixture
def patches() -> torch.Tensor:
    """Two 2-channel 8x8 patches (float64), like [coh*cos(phase), coh*sin(phase)]."""
    generator = torch.Generator().manual_seed(3)
    phase = 2 * torch.pi * torch.rand(2, 8, 8, generator=generator, dtype=torch.float64)
    coherence = torch.rand(2, 8, 8, generator=generator, dtype=torch.float64)
    return torch.stack([coherence * torch.cos(phase), coherence * torch.sin(phase)], dim=1)


def all_forward_hooks(model: nn.Module) -> list:
    """Every forward hook registered on the model or any sub-module."""
    return [h for m in model.modules() for h in list(m._forward_hooks.values()) + list(m._forward_pre_hooks.values())]


@pytest.fixture
def hooks_of():
    return all_forward_hooks
