"""Small U-Nets of the ISSLIDE comparison: UNet, ResUNet, SepUNet (encoder widths 12/24/48).

One encoder-decoder, three kinds of block (a registry, not three copies):

- ``"double"``: (3x3 conv -> BN -> ReLU) x 2, as Ronneberger et al. 2015;
- ``"residual"``: the same two convolutions (no last ReLU) plus a shortcut (1x1 conv + BN when
  the width changes), then ReLU, as He et al. 2016;
- ``"separable"``: (depthwise 3x3 -> pointwise 1x1 -> BN -> ReLU) x 2, as Chollet 2017.

The encoder has one block per width; each deeper level is max-pooled by 2 first (12/24/48:
two poolings, the 48-channel level is the bottleneck). The decoder upsamples bilinearly to the
exact size of the skip connection (not by a fixed factor 2), concatenates it and applies a
block; so any input size works (97x131 included: floor pooling is undone size for size) and
the single logit channel comes out at the input resolution.
"""
from __future__ import annotations

from typing import Callable, Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn

#: A convolution factory (in_channels, out_channels) -> module keeping the spatial size.
ConvFactory = Callable[[int, int], nn.Module]


def plain_conv(in_channels: int, out_channels: int) -> nn.Module:
    """3x3 convolution, size-preserving, no bias (a BN follows)."""
    return nn.Conv2d(in_channels, out_channels, 3, padding=1, bias=False)


class SeparableConv(nn.Sequential):
    """Depthwise 3x3 convolution (one filter per channel) then pointwise 1x1 (Chollet 2017)."""

    def __init__(self, in_channels: int, out_channels: int) -> None:
        super().__init__(
            nn.Conv2d(in_channels, in_channels, 3, padding=1, groups=in_channels, bias=False),
            nn.Conv2d(in_channels, out_channels, 1, bias=False))


class ConvStack(nn.Sequential):
    """(conv -> BN -> ReLU) x 2; ``final_relu=False`` drops the last ReLU (residual branch)."""

    def __init__(self, in_channels: int, out_channels: int, conv: ConvFactory = plain_conv,
                 final_relu: bool = True) -> None:
        layers: list[nn.Module] = [conv(in_channels, out_channels), nn.BatchNorm2d(out_channels),
                                   nn.ReLU(), conv(out_channels, out_channels),
                                   nn.BatchNorm2d(out_channels)]
        super().__init__(*layers, *([nn.ReLU()] if final_relu else []))


class ResidualBlock(nn.Module):
    """ReLU(body(x) + shortcut(x)); the shortcut is a 1x1 conv + BN when the widths differ."""

    def __init__(self, in_channels: int, out_channels: int, conv: ConvFactory = plain_conv) -> None:
        super().__init__()
        self.body = ConvStack(in_channels, out_channels, conv, final_relu=False)
        self.shortcut: nn.Module = nn.Identity() if in_channels == out_channels else nn.Sequential(
            nn.Conv2d(in_channels, out_channels, 1, bias=False), nn.BatchNorm2d(out_channels))
        self.relu = nn.ReLU()

    def forward(self, x: Tensor) -> Tensor:
        return self.relu(self.body(x) + self.shortcut(x))


def separable_stack(in_channels: int, out_channels: int) -> nn.Module:
    """A :class:`ConvStack` of depthwise-separable convolutions."""
    return ConvStack(in_channels, out_channels, conv=SeparableConv)


#: block kind -> factory (in_channels, out_channels)
BLOCKS: dict[str, Callable[[int, int], nn.Module]] = {
    "double": ConvStack,
    "residual": ResidualBlock,
    "separable": separable_stack,
}


class UNet(nn.Module):
    """Encoder-decoder with skip connections and a 1x1 head giving one logit per pixel.

    Args:
        in_channels: input channels.
        widths: channels of each encoder level, shallow to deep (paper: 12, 24, 48).
        block: a key of :data:`BLOCKS`.
    """

    def __init__(self, in_channels: int = 3, widths: Sequence[int] = (12, 24, 48),
                 block: str = "double") -> None:
        super().__init__()
        if block not in BLOCKS:
            raise ValueError(f"Unknown U-Net block '{block}'; valid: {', '.join(BLOCKS)}.")
        if len(widths) < 2:
            raise ValueError(f"A U-Net needs at least 2 widths, got {list(widths)}.")
        make = BLOCKS[block]
        self.in_channels = in_channels
        self.widths = tuple(widths)
        inputs = (in_channels, *widths[:-1])
        self.encoder = nn.ModuleList(make(cin, cout) for cin, cout in zip(inputs, widths))
        # decoder[i] merges level i+1 (upsampled) with the skip of level i, deepest first
        self.decoder = nn.ModuleList(make(widths[i + 1] + widths[i], widths[i])
                                     for i in reversed(range(len(widths) - 1)))
        self.head = nn.Conv2d(widths[0], 1, 1)

    def forward(self, x: Tensor) -> Tensor:
        smallest = 2 ** (len(self.widths) - 1)
        if min(x.shape[-2:]) < smallest:
            raise ValueError(f"Input of size {tuple(x.shape[-2:])} is too small for this U-Net: "
                             f"each side needs at least {smallest} pixels.")
        skips = []
        for level, block in enumerate(self.encoder):
            x = block(x if level == 0 else F.max_pool2d(x, 2))
            skips.append(x)
        x = skips.pop()
        for block in self.decoder:
            skip = skips.pop()
            x = F.interpolate(x, size=skip.shape[-2:], mode="bilinear", align_corners=False)
            x = block(torch.cat([skip, x], dim=1))
        return self.head(x)


def unet(in_channels: int = 3, widths: Sequence[int] = (12, 24, 48)) -> UNet:
    """U-Net with (3x3 conv, BN, ReLU) x 2 blocks."""
    return UNet(in_channels, widths, "double")


def resunet(in_channels: int = 3, widths: Sequence[int] = (12, 24, 48)) -> UNet:
    """U-Net with residual blocks."""
    return UNet(in_channels, widths, "residual")


def sepunet(in_channels: int = 3, widths: Sequence[int] = (12, 24, 48)) -> UNet:
    """U-Net with depthwise-separable convolution blocks."""
    return UNet(in_channels, widths, "separable")
