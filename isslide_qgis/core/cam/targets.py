"""What a CAM explains: small callables mapping the model output to one score per image.

A target is any callable ``output -> (N,)``. The classes below also know how to

* ``bind(output)``: freeze what they read from the original output (the predicted area), so
  methods that run extra forward passes (Score-CAM) explain the same pixels every time;
* ``select(index)``: restrict per-image data (masks) to some images, when Score-CAM evaluates
  masked copies of image ``index[i]`` in one batch.

Plain callables (lambdas) are accepted and treated as image-independent and unbound.
"""
from __future__ import annotations

from collections.abc import Callable

import torch

TargetFn = Callable[[torch.Tensor], torch.Tensor]


class CamTarget:
    """Base class of targets: ``__call__(output) -> (N,)`` plus ``bind`` and ``select``."""

    def __call__(self, output: torch.Tensor) -> torch.Tensor:  # pragma: no cover - abstract
        raise NotImplementedError

    def bind(self, output: torch.Tensor) -> CamTarget:
        """The target to use for every later evaluation once the original ``output`` is known."""
        return self

    def select(self, index: torch.Tensor) -> CamTarget:
        """The target for a batch whose image ``i`` is a copy of original image ``index[i]``."""
        return self


def bind_target(target: TargetFn, output: torch.Tensor) -> TargetFn:
    """``target.bind(output)`` for a :class:`CamTarget`, the callable itself otherwise."""
    return target.bind(output) if isinstance(target, CamTarget) else target


def select_target(target: TargetFn, index: torch.Tensor) -> TargetFn:
    """``target.select(index)`` for a :class:`CamTarget`, the callable itself otherwise."""
    return target.select(index) if isinstance(target, CamTarget) else target


class ClassifierLogit(CamTarget):
    """The classifier's logit: output ``(N,)`` or ``(N, 1)``; ``(N, C)`` with ``index`` chosen.

    Args:
        index: the class column for a multi-class output; ``None`` for a single logit.
    """

    def __init__(self, index: int | None = None) -> None:
        self.index = index

    def __call__(self, output: torch.Tensor) -> torch.Tensor:
        if output.dim() == 1:
            return output
        if output.dim() == 2 and self.index is not None:
            return output[:, self.index]
        if output.dim() == 2 and output.shape[1] == 1:
            return output[:, 0]
        raise ValueError(
            f"ClassifierLogit expects a model output (N,) or (N, 1), or (N, C) with index=..., "
            f"got {tuple(output.shape)}; for a segmenter use MaskedLogitSum or PredictedAreaLogitSum."
        )

    def __repr__(self) -> str:
        return f"ClassifierLogit(index={self.index})"


def _segmentation_logits(output: torch.Tensor, channel: int | None) -> torch.Tensor:
    """The segmenter's logit map ``(N, H, W)`` from an output ``(N, H, W)`` or ``(N, C, H, W)``."""
    if output.dim() == 3:
        return output
    if output.dim() == 4 and channel is not None:
        return output[:, channel]
    if output.dim() == 4 and output.shape[1] == 1:
        return output[:, 0]
    raise ValueError(
        f"A segmentation target expects an output (N, 1, H, W) or (N, H, W), or (N, C, H, W) "
        f"with channel=..., got {tuple(output.shape)}."
    )


class MaskedLogitSum(CamTarget):
    """Segmenter score: the sum of the output logits over a mask (a predicted area, a polygon).

    Args:
        mask: ``(H, W)`` for every image, or ``(N, H, W)`` / ``(N, 1, H, W)`` per image; any
            dtype, non-zero means inside (fractional weights are kept). It is detached.
        channel: output channel for a multi-channel segmenter; ``None`` for one channel.
    """

    def __init__(self, mask: torch.Tensor, channel: int | None = None) -> None:
        mask = torch.as_tensor(mask).detach()
        if mask.dim() == 4 and mask.shape[1] == 1:
            mask = mask[:, 0]
        if mask.dim() not in (2, 3):
            raise ValueError(
                f"MaskedLogitSum expects a mask (H, W), (N, H, W) or (N, 1, H, W), got {tuple(mask.shape)}"
            )
        self.mask = mask
        self.channel = channel

    def __call__(self, output: torch.Tensor) -> torch.Tensor:
        logits = _segmentation_logits(output, self.channel)
        if tuple(self.mask.shape[-2:]) != tuple(logits.shape[-2:]):
            raise ValueError(
                f"The mask is {tuple(self.mask.shape[-2:])} pixels but the segmenter output is "
                f"{tuple(logits.shape[-2:])}; rasterise the mask on the patch grid."
            )
        if self.mask.dim() == 3 and self.mask.shape[0] != logits.shape[0]:
            raise ValueError(f"The mask holds {self.mask.shape[0]} images but the output {logits.shape[0]}.")
        weight = self.mask.to(device=logits.device, dtype=logits.dtype)
        return (logits * weight).sum(dim=(-2, -1))

    def select(self, index: torch.Tensor) -> MaskedLogitSum:
        if self.mask.dim() == 2:
            return self
        return MaskedLogitSum(self.mask[index.to(self.mask.device)], self.channel)

    def __repr__(self) -> str:
        return f"MaskedLogitSum(mask={tuple(self.mask.shape)}, channel={self.channel})"


class PredictedAreaLogitSum(CamTarget):
    """Segmenter score over its own predicted area: mask = ``logits > threshold`` (detached).

    Args:
        threshold: logit threshold (0.0 is probability 0.5).
        channel: output channel for a multi-channel segmenter; ``None`` for one channel.
    """

    def __init__(self, threshold: float = 0.0, channel: int | None = None) -> None:
        self.threshold = threshold
        self.channel = channel

    def _mask(self, output: torch.Tensor) -> torch.Tensor:
        return (_segmentation_logits(output, self.channel) > self.threshold).detach()

    def __call__(self, output: torch.Tensor) -> torch.Tensor:
        return MaskedLogitSum(self._mask(output), self.channel)(output)

    def bind(self, output: torch.Tensor) -> MaskedLogitSum:
        return MaskedLogitSum(self._mask(output), self.channel)

    def __repr__(self) -> str:
        return f"PredictedAreaLogitSum(threshold={self.threshold}, channel={self.channel})"
