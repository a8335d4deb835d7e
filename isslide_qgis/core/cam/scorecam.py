"""Score-CAM (Wang et al., CVPR Workshops 2020): channel weights from masked forward passes.

For each channel ``k`` of a layer: ``H_k`` = ``A^k`` upsampled to the input size and min-max
normalised; ``s_k = y(X * H_k) - y(X_baseline)``; ``w = softmax_k(s)``;
``L = ReLU(sum_k w_k A^k)``.

Cost: one forward pass per (image, channel), run in batches of ``batch_size`` masked inputs;
``channel_fraction`` / ``max_channels`` keep a random subset of channels per layer (drawn
with a generator seeded from ``seed`` and the layer name, hence reproducible; ``seed=None``
draws from torch's global generator, a new subset at each call, as in training).

In differentiable mode the weights ``w`` are computed without gradient (constants: the
masked passes are not back-propagated) and only the final sum over ``A^k`` is in the graph.
Note that softmax is shift-invariant, so with ``softmax=True`` (the paper) the baseline
score changes nothing; it matters with ``softmax=False`` (raw score increases as weights).
"""
from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch

from isslide_qgis.core.cam.base import CamContext, CamMethod
from isslide_qgis.core.cam.fusion import DEFAULT_EPS, minmax_normalise, upsample_maps
from isslide_qgis.core.cam.targets import select_target
from isslide_qgis.core.errors import OperationCanceled
from isslide_qgis.core.messages import translate


@dataclass(frozen=True)
class ScoreCamCost:
    """Forward passes a Score-CAM call costs.

    Attributes:
        masked_inputs: masked images evaluated (one per image and kept channel).
        batched_calls: model calls for them (``batch_size`` masked images per call).
        reference_calls: the original and the baseline forward passes.
        channels_per_layer: channels kept in each layer.
    """

    masked_inputs: int
    batched_calls: int
    reference_calls: int
    channels_per_layer: tuple[int, ...]

    @property
    def total_calls(self) -> int:
        """All model calls: batched masked passes plus the reference passes."""
        return self.batched_calls + self.reference_calls


def kept_channel_count(num_channels: int, channel_fraction: float = 1.0, max_channels: int | None = None) -> int:
    """Channels kept out of ``num_channels``: ``ceil(fraction * C)``, at least 1, at most ``max_channels``."""
    kept = max(1, math.ceil(channel_fraction * num_channels - 1e-9))
    return min(kept, num_channels, max_channels if max_channels is not None else num_channels)


def estimated_forward_passes(
    channel_counts: Sequence[int],
    *,
    num_images: int = 1,
    channel_fraction: float = 1.0,
    max_channels: int | None = None,
    batch_size: int = 32,
) -> ScoreCamCost:
    """Cost of Score-CAM on layers with ``channel_counts`` channels for ``num_images`` images.

    Example: a ResNet-18 at the 5 ECSPLAIN layers (64, 128, 256, 512, 512 channels) needs
    1472 masked passes per image (46 calls of 32), 368 with ``channel_fraction=0.25``.
    """
    kept = tuple(kept_channel_count(c, channel_fraction, max_channels) for c in channel_counts)
    masked = sum(k * num_images for k in kept)
    calls = sum(math.ceil(k * num_images / batch_size) for k in kept)
    return ScoreCamCost(masked, calls, 2, kept)


class ScoreCAM(CamMethod):
    """Score-CAM with batched masked passes and optional seeded channel subsampling.

    Args:
        batch_size: masked inputs per forward call.
        channel_fraction: fraction of each layer's channels kept (0 < f <= 1).
        max_channels: upper bound on kept channels per layer (``None``: no bound).
        seed: seed of the channel draw; ``None`` uses torch's global generator.
        baseline: ``X_baseline``; a float (constant image) or a tensor broadcastable to the inputs.
        softmax: weights ``softmax_k(s_k)`` (paper); ``False`` uses ``s_k`` itself.
        is_canceled: polled between batches; raises :class:`OperationCanceled` when true.
        eps: min-max guard (of the masks and of the maps).
    """

    name = "scorecam"
    needs_gradients = False

    def __init__(
        self,
        *,
        batch_size: int = 32,
        channel_fraction: float = 1.0,
        max_channels: int | None = None,
        seed: int | None = 0,
        baseline: float | torch.Tensor = 0.0,
        softmax: bool = True,
        is_canceled: Callable[[], bool] | None = None,
        eps: float = DEFAULT_EPS,
    ) -> None:
        super().__init__(eps=eps)
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        if not 0.0 < channel_fraction <= 1.0:
            raise ValueError(f"channel_fraction must be in (0, 1], got {channel_fraction}")
        if max_channels is not None and max_channels < 1:
            raise ValueError(f"max_channels must be >= 1 or None, got {max_channels}")
        self.batch_size = batch_size
        self.channel_fraction = channel_fraction
        self.max_channels = max_channels
        self.seed = seed
        self.baseline = baseline
        self.softmax = softmax
        self.is_canceled = is_canceled

    def estimated_forward_passes(self, channel_counts: Sequence[int], num_images: int = 1) -> ScoreCamCost:
        """:func:`estimated_forward_passes` with this method's settings."""
        return estimated_forward_passes(
            channel_counts, num_images=num_images, channel_fraction=self.channel_fraction,
            max_channels=self.max_channels, batch_size=self.batch_size,
        )

    def select_channels(self, num_channels: int, layer: str) -> torch.Tensor:
        """Sorted indices of the channels of ``layer`` kept for this call."""
        kept = kept_channel_count(num_channels, self.channel_fraction, self.max_channels)
        if kept == num_channels:
            return torch.arange(num_channels)
        generator = None
        if self.seed is not None:
            generator = torch.Generator().manual_seed((int(self.seed) * 1_000_003 + zlib.crc32(layer.encode())) % 2**63)
        return torch.randperm(num_channels, generator=generator)[:kept].sort().values

    def _baseline_scores(self, ctx: CamContext) -> torch.Tensor:
        if "scorecam_baseline" not in ctx.cache:
            baseline = torch.as_tensor(self.baseline, dtype=ctx.inputs.dtype, device=ctx.inputs.device)
            with torch.no_grad():
                reference = torch.broadcast_to(baseline, ctx.inputs.shape)
                ctx.cache["scorecam_baseline"] = ctx.target(ctx.model(reference)).detach()
        return ctx.cache["scorecam_baseline"]

    def masked_scores(self, activation: torch.Tensor, ctx: CamContext) -> torch.Tensor:
        """``y(X_n * H_nk)`` for every image ``n`` and channel ``k`` of ``activation``: ``(N, K)``.

        The (image, channel) pairs are evaluated ``batch_size`` at a time, without gradient.
        """
        inputs = ctx.inputs.detach()
        n_images, n_channels = activation.shape[:2]
        image_of = torch.arange(n_images).repeat_interleave(n_channels)
        channel_of = torch.arange(n_channels).repeat(n_images)
        scores = torch.empty(n_images * n_channels, dtype=inputs.dtype, device=inputs.device)
        with torch.no_grad():
            maps = activation.detach()
            for start in range(0, n_images * n_channels, self.batch_size):
                if self.is_canceled is not None and self.is_canceled():
                    raise OperationCanceled(translate("IsslideCore", "Score-CAM was cancelled."))
                img = image_of[start:start + self.batch_size]
                chn = channel_of[start:start + self.batch_size]
                masks = maps[img.to(maps.device), chn.to(maps.device)].unsqueeze(1)
                masks = minmax_normalise(upsample_maps(masks, tuple(inputs.shape[-2:])), self.eps)
                masked = inputs[img.to(inputs.device)] * masks
                target = select_target(ctx.target, img)
                scores[start:start + len(img)] = target(ctx.model(masked))
        return scores.reshape(n_images, n_channels)

    def layer_map(self, activation: torch.Tensor, gradient: torch.Tensor | None, ctx: CamContext) -> torch.Tensor:
        """``sum_k w_k A^k`` over the kept channels, shaped ``(N, h, w)``; ``w`` has no gradient."""
        channels = self.select_channels(activation.shape[1], ctx.layer).to(activation.device)
        kept = activation.index_select(1, channels)
        increase = self.masked_scores(kept, ctx) - self._baseline_scores(ctx).unsqueeze(1)
        weights = torch.softmax(increase, dim=1) if self.softmax else increase
        return (weights.unsqueeze(-1).unsqueeze(-1) * kept).sum(dim=1)

    def __repr__(self) -> str:
        return (f"ScoreCAM(batch_size={self.batch_size}, channel_fraction={self.channel_fraction}, "
                f"max_channels={self.max_channels}, seed={self.seed})")
