"""The one base class of every CAM method: it fixes the order of the steps.

1. record the named layers' activations (and their gradients when the method needs them);
2. ``layer_map(activation, gradient, ctx) -> (N, h, w)``: the one step a method overrides;
3. ReLU; 4. bilinear upsampling to the output size; 5. per-image min-max normalisation;
6. optional ``tanh(2x)`` of shallow layers (Layer-CAM); 7. fusion: mean over layers (ECSPLAIN).

With ``differentiable=True`` every map is a torch computation kept in the autograd graph
(gradients taken with ``create_graph=True``), so a loss on the CAM trains the network. With
``differentiable=False`` the maps are detached and no parameter's ``.grad`` is touched.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import torch
from torch import nn

from isslide_qgis.core.cam.fusion import (
    DEFAULT_EPS,
    fuse_mean,
    minmax_normalise,
    relu_maps,
    tanh_rescale,
    upsample_maps,
)
from isslide_qgis.core.cam.hooks import LayerRecorder
from isslide_qgis.core.cam.targets import TargetFn, bind_target
from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.messages import translate


@dataclass
class CamResult:
    """The maps of one CAM call (torch tensors, on the inputs' device).

    Attributes:
        fused: ``(N, H, W)`` mean of the normalised layer maps, in [0, 1]; ``None`` if ``fuse=False``.
        per_layer: ``{layer: (N, H, W)}`` normalised maps (after the optional tanh rescaling).
        scores: ``(N,)`` the explained score of each image (a logit for a classifier).
        raw: ``{layer: (N, h, w)}`` the method's map after ReLU at the layer's own resolution.
        method: the method's registry name.
        differentiable: whether the maps are kept in the autograd graph.
    """

    fused: torch.Tensor | None
    per_layer: dict[str, torch.Tensor]
    scores: torch.Tensor
    raw: dict[str, torch.Tensor] = field(default_factory=dict)
    method: str = ""
    differentiable: bool = False


@dataclass
class CamContext:
    """What a method's ``layer_map`` may need besides the activation and its gradient."""

    model: nn.Module
    inputs: torch.Tensor
    target: TargetFn
    scores: torch.Tensor
    layer: str
    layer_index: int
    differentiable: bool
    cache: dict[str, Any] = field(default_factory=dict)


def _check_call(inputs: torch.Tensor, layers: Sequence[str], output_size: tuple[int, int] | None) -> None:
    if not isinstance(inputs, torch.Tensor) or inputs.dim() != 4 or not inputs.is_floating_point():
        shape = tuple(inputs.shape) if isinstance(inputs, torch.Tensor) else type(inputs).__name__
        raise ValueError(f"CAM inputs must be a float tensor (N, C, H, W), got {shape}")
    if isinstance(layers, str) or len(layers) == 0:
        raise ValueError(f"layers must be a non-empty sequence of layer names, got {layers!r}")
    if output_size is not None and (len(output_size) != 2 or min(output_size) < 1):
        raise ValueError(f"output_size must be (H, W) with positive sizes, got {output_size!r}")


def _check_scores(scores: object, batch: int, target: TargetFn) -> torch.Tensor:
    if not isinstance(scores, torch.Tensor) or tuple(scores.shape) != (batch,):
        shape = tuple(scores.shape) if isinstance(scores, torch.Tensor) else type(scores).__name__
        raise ModelError(
            translate(
                "IsslideCore",
                "The CAM target {target} returned {shape}; it must return one score per image ({batch},)."
            ).format(target=repr(target), shape=shape, batch=batch)
        )
    return scores


class CamMethod(ABC):
    """Abstract CAM method; subclasses set ``name``, ``needs_gradients`` and ``layer_map``.

    Args:
        eps: min-max guard; a map whose range is not above it becomes zeros.
    """

    name: ClassVar[str] = ""
    needs_gradients: ClassVar[bool] = True

    def __init__(self, *, eps: float = DEFAULT_EPS) -> None:
        self.eps = eps

    @abstractmethod
    def layer_map(
        self, activation: torch.Tensor, gradient: torch.Tensor | None, ctx: CamContext
    ) -> torch.Tensor:
        """The method's map of one layer, before ReLU.

        Args:
            activation: ``(N, C, h, w)`` the layer's output.
            gradient: ``(N, C, h, w)`` d score / d activation, or ``None`` if not needed.
            ctx: model, inputs, bound target and the layer's name for methods that need them.

        Returns:
            ``(N, h, w)`` map at the layer's resolution.
        """

    def __call__(
        self,
        model: nn.Module,
        inputs: torch.Tensor,
        target: TargetFn,
        layers: Sequence[str],
        *,
        differentiable: bool = False,
        output_size: tuple[int, int] | None = None,
        fuse: bool = True,
        shallow_layers: Sequence[str] = (),
        gradient_graph: bool = True,
    ) -> CamResult:
        """Explain ``target(model(inputs))`` at ``layers``.

        Args:
            model: any module; its mode (train/eval) is left as it is (call ``eval()`` for
                post-hoc maps). Images must not interact (no batch norm in training mode).
            inputs: ``(N, C, H, W)`` float batch.
            target: callable ``output -> (N,)``, see :mod:`isslide_qgis.core.cam.targets`.
            layers: dotted names of the layers to explain (``model.get_submodule``).
            differentiable: keep the maps in the graph (ECSPLAIN training); else detach them.
            output_size: ``(H, W)`` of the maps; defaults to the inputs' size.
            fuse: compute the mean of the layer maps (else ``fused`` is ``None``).
            shallow_layers: layers whose normalised map is rescaled by ``tanh(2x)`` before fusion.
            gradient_graph: with ``differentiable``, keep the gradients' own graph (second-order
                backprop); ``False`` treats gradients as constants (first order only).

        Returns:
            The :class:`CamResult`.
        """
        _check_call(inputs, layers, output_size)
        unknown_shallow = set(shallow_layers) - set(layers)
        if unknown_shallow:
            raise ValueError(
                f"shallow_layers {sorted(unknown_shallow)} are not among the explained layers {list(layers)}"
            )
        size = tuple(output_size) if output_size is not None else tuple(inputs.shape[-2:])
        activations, gradients, scores, bound = self._record(
            model, inputs, target, layers, differentiable, differentiable and gradient_graph
        )
        raw: dict[str, torch.Tensor] = {}
        per_layer: dict[str, torch.Tensor] = {}
        cache: dict[str, Any] = {}
        with torch.set_grad_enabled(differentiable):
            for index, name in enumerate(layers):
                ctx = CamContext(model, inputs, bound, scores, name, index, differentiable, cache)
                raw[name] = relu_maps(self._checked_map(activations[name], gradients.get(name), ctx))
                normalised = minmax_normalise(upsample_maps(raw[name], size), self.eps)
                per_layer[name] = tanh_rescale(normalised) if name in shallow_layers else normalised
            fused = fuse_mean(list(per_layer.values())) if fuse else None
        return CamResult(fused, per_layer, scores, raw, self.name, differentiable)

    def _record(
        self,
        model: nn.Module,
        inputs: torch.Tensor,
        target: TargetFn,
        layers: Sequence[str],
        differentiable: bool,
        create_graph: bool,
    ) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor], torch.Tensor, TargetFn]:
        """Step 1: forward pass with hooks, explained scores, gradients; hooks released after."""
        with torch.set_grad_enabled(differentiable or self.needs_gradients), LayerRecorder(
            model, layers, keep_gradients=self.needs_gradients
        ) as recorder:
            output = model(inputs)
            bound = bind_target(target, output)
            scores = _check_scores(bound(output), inputs.shape[0], target)
            activations = recorder.activations
            gradients = (
                recorder.gradients(scores, create_graph=create_graph, retain_graph=differentiable)
                if self.needs_gradients
                else {}
            )
        if not differentiable:
            activations = {n: a.detach() for n, a in activations.items()}
            gradients = {n: g.detach() for n, g in gradients.items()}
            scores = scores.detach()
        return activations, gradients, scores, bound

    def _checked_map(
        self, activation: torch.Tensor, gradient: torch.Tensor | None, ctx: CamContext
    ) -> torch.Tensor:
        result = self.layer_map(activation, gradient, ctx)
        expected = (activation.shape[0], *activation.shape[-2:])
        if tuple(result.shape) != expected:
            raise ModelError(
                translate(
                    "IsslideCore", "{method}.layer_map returned {shape} for layer {layer}, expected {expected}"
                ).format(method=type(self).__name__, shape=tuple(result.shape), layer=repr(ctx.layer),
                         expected=expected)
            )
        return result

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
