"""Tiny models and interferograms for the inference tests (torch at 1 thread, seeded)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from isslide_qgis.core.models import make_card
from isslide_qgis.core.models.card import ModelCard
from tests.unit.insar.insar_synthetic import write_tif

#: Logit of :class:`PixelModel`: ``GAIN * coherence + BIAS`` at every pixel.
GAIN, BIAS = 6.0, -3.0


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


class PixelModel(nn.Module):
    """Segmenter with no spatial context: logit = GAIN * coherence + BIAS, pixel by pixel.

    Its blended output is known exactly whatever the tiling: ``sigmoid(GAIN * coh + BIAS)``.
    Counts the tiles it is given (``seen``) and can raise on demand (``fail``).
    """

    in_channels = 3

    def __init__(self, fail: bool = False, bias: float = BIAS) -> None:
        super().__init__()
        self.conv = nn.Conv2d(3, 1, 1)
        with torch.no_grad():
            self.conv.weight.copy_(torch.tensor([GAIN, 0.0, 0.0]).view(1, 3, 1, 1))
            self.conv.bias.fill_(bias)
        self.fail = fail
        self.seen = 0
        self.calls = 0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.calls += 1
        self.seen += x.shape[0]
        if self.fail:
            raise RuntimeError("simulated failure inside the network")
        return self.conv(x)


class ContextModel(nn.Module):
    """Segmenter with a wide, smooth context: logit = GAIN_C * Gaussian blur (sigma) of coh*cos.

    Translation-equivariant except within ~3 sigma of the input's border (zero padding): the
    seam a tiled prediction shows comes only from tiling. Applied to a whole raster at once it
    gives the untiled reference.
    """

    in_channels = 3

    def __init__(self, sigma: float = 4.0, gain: float = 8.0) -> None:
        super().__init__()
        radius = int(3 * sigma)
        x = torch.arange(-radius, radius + 1, dtype=torch.float32)
        g = torch.exp(-x**2 / (2 * sigma**2))
        g = g / g.sum()
        self.register_buffer("kernel", (g[:, None] * g[None, :])[None, None])
        self.radius = radius
        self.gain = gain

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        signal = x[:, 0:1] * x[:, 1:2]
        return self.gain * F.conv2d(signal, self.kernel, padding=self.radius)


@pytest.fixture
def segmenter_card() -> Callable[..., ModelCard]:
    """Factory of segmenter cards (convention coh_cos_sin) with a given patch size."""
    def _card(patch_size: int = 16, **fields: object) -> ModelCard:
        return make_card("unet_w8", patch_size=patch_size, **fields)
    return _card


def smooth_scene(height: int, width: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Wrapped phase of a smooth random field (a few fringes) and a smooth coherence ~0.6."""
    from scipy.ndimage import gaussian_filter

    rng = np.random.default_rng(seed)

    def field(sigma: float) -> np.ndarray:
        values = gaussian_filter(rng.standard_normal((height, width)), sigma, mode="wrap")
        return values / values.std()

    phase = np.angle(np.exp(4j * field(12.0))).astype(np.float32)
    coherence = np.clip(0.6 + 0.2 * field(10.0), 0.0, 1.0).astype(np.float32)
    return phase, coherence


@pytest.fixture
def write_pair(tmp_path: Path) -> Callable[..., tuple[Path, Path]]:
    """Factory: write phase and coherence GeoTIFFs (NaN nodata) on a grid; returns the paths."""
    def _write(phase: np.ndarray, coherence: np.ndarray, crs: str | None, transform: object,
               name: str = "ifg") -> tuple[Path, Path]:
        folder = tmp_path / "inputs"
        folder.mkdir(exist_ok=True)
        return (write_tif(folder / f"{name}_phase.tif", phase, crs, transform, nodata=np.nan),
                write_tif(folder / f"{name}_coherence.tif", coherence, crs, transform,
                          nodata=np.nan))
    return _write


def expected_pixel_probability(coherence: np.ndarray) -> np.ndarray:
    """What :class:`PixelModel` gives, NaN where the coherence is."""
    return (1.0 / (1.0 + np.exp(-(GAIN * coherence.astype(np.float64) + BIAS)))).astype(np.float32)
