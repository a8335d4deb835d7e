"""Recording the feature maps of named layers during one forward pass.

Activations are recorded by forward hooks and stay in the autograd graph; their gradients are
taken with :func:`torch.autograd.grad` (never backward hooks), so

* ``create_graph=True`` gives differentiable gradients (second-order backprop for ECSPLAIN),
* no parameter's ``.grad`` is touched by an explanation.

Hooks are removed when the ``with`` block ends, also when it ends with an exception.
"""
from __future__ import annotations

import difflib
from collections.abc import Sequence
from types import TracebackType

import torch
from torch import nn

from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.messages import translate


class UnknownLayerError(ModelError, ValueError):
    """A layer name does not name a sub-module of the model (also a ``ValueError``)."""


def available_layers(model: nn.Module) -> list[str]:
    """Dotted names of every sub-module of ``model``, in definition order."""
    return [name for name, _ in model.named_modules() if name]


def resolve_layers(model: nn.Module, layer_names: Sequence[str]) -> dict[str, nn.Module]:
    """Map dotted layer names to the model's sub-modules.

    Raises:
        UnknownLayerError: a name is not a sub-module; the message lists the available names.
        ValueError: no name, a repeated name, or a name that is not a string.
    """
    if isinstance(layer_names, str) or len(layer_names) == 0:
        raise ValueError(f"layer names must be a non-empty sequence of strings, got {layer_names!r}")
    if len(set(layer_names)) != len(layer_names):
        raise ValueError(f"layer names must not repeat, got {list(layer_names)}")
    modules: dict[str, nn.Module] = {}
    unknown = []
    for name in layer_names:
        try:
            modules[name] = model.get_submodule(name)
        except AttributeError:
            unknown.append(name)
    if unknown:
        names = available_layers(model)
        hints = [f"{u!r} -> {difflib.get_close_matches(u, names, n=1)[0]!r}"
                 for u in unknown if difflib.get_close_matches(u, names, n=1)]
        hint = (" " + translate("IsslideCore", "Closest names: {hints}.").format(hints=", ".join(hints))
                if hints else "")
        raise UnknownLayerError(
            translate(
                "IsslideCore",
                "Unknown layer name(s) {unknown} for model {model}.{hint} "
                "Choose among the available layers: {layers}."
            ).format(unknown=unknown, model=type(model).__name__, hint=hint,
                     layers=", ".join(names) or translate("IsslideCore", "(none)"))
        )
    return modules


class LayerRecorder:
    """Context manager recording the output feature maps ``(N, C, h, w)`` of named layers.

    Example:
        >>> with LayerRecorder(model, ["layer1", "layer4.1.conv2"], keep_gradients=True) as rec:
        ...     score = model(x)[:, 0]
        ...     grads = rec.gradients(score, create_graph=True)
        >>> acts = rec.activations  # still usable after the block; hooks are gone

    Args:
        model: any module; layers are resolved with ``model.get_submodule``.
        layer_names: dotted names of the layers to record, in the order maps are wanted.
        keep_gradients: allow :meth:`gradients`. When the model is frozen (no parameter needs
            a gradient) the recorded activation is made a graph leaf so gradients still exist.

    Each hooked layer hands a *clone* of its output to the rest of the network, so an in-place
    operation downstream (``ReLU(inplace=True)``) cannot overwrite the recorded activation.
    """

    def __init__(self, model: nn.Module, layer_names: Sequence[str], keep_gradients: bool) -> None:
        self.model = model
        self.layer_names = tuple(layer_names)
        self.keep_gradients = keep_gradients
        self._modules = resolve_layers(model, self.layer_names)
        self._handles: list[torch.utils.hooks.RemovableHandle] = []
        self._activations: dict[str, torch.Tensor] = {}

    def __enter__(self) -> LayerRecorder:
        self._activations = {}
        try:
            for name, module in self._modules.items():
                self._handles.append(module.register_forward_hook(self._make_hook(name)))
        except BaseException:
            self.remove()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.remove()

    def remove(self) -> None:
        """Remove every hook this recorder registered (safe to call twice)."""
        for handle in self._handles:
            handle.remove()
        self._handles = []

    def _make_hook(self, name: str):
        def hook(module: nn.Module, args: tuple, output: object) -> torch.Tensor:
            if not isinstance(output, torch.Tensor) or output.dim() != 4:
                shape = tuple(output.shape) if isinstance(output, torch.Tensor) else type(output).__name__
                raise ModelError(
                    translate(
                        "IsslideCore",
                        "Layer {layer} ({module}) returned {shape}; a CAM needs a layer "
                        "whose output is a feature map (N, C, h, w). Choose a convolution or block layer."
                    ).format(layer=repr(name), module=type(module).__name__, shape=shape)
                )
            if name in self._activations:
                raise ModelError(
                    translate(
                        "IsslideCore",
                        "Layer {layer} ran twice in one forward pass; a CAM needs a layer used once. "
                        "Record the layers of one forward pass per recorder, or choose another layer."
                    ).format(layer=repr(name))
                )
            activation = output
            if self.keep_gradients and torch.is_grad_enabled() and not activation.requires_grad:
                activation = activation.detach().requires_grad_(True)
            self._activations[name] = activation
            return activation.clone()

        return hook

    @property
    def activations(self) -> dict[str, torch.Tensor]:
        """The recorded feature maps ``{name: (N, C, h, w)}`` in the order of ``layer_names``.

        Raises:
            ModelError: a layer did not run during the forward pass.
        """
        missing = [n for n in self.layer_names if n not in self._activations]
        if missing:
            raise ModelError(
                translate(
                    "IsslideCore",
                    "Layer(s) {layers} did not run during the forward pass of {model}; "
                    "choose layers on the path from the input to the output."
                ).format(layers=missing, model=type(self.model).__name__)
            )
        return {n: self._activations[n] for n in self.layer_names}

    def gradients(
        self,
        score: torch.Tensor,
        *,
        create_graph: bool = False,
        retain_graph: bool | None = None,
    ) -> dict[str, torch.Tensor]:
        """Gradients of ``score.sum()`` with respect to each recorded activation.

        With a score per image and images that do not interact in the network (no batch
        normalisation in training mode), image ``n``'s gradient is that of its own score.

        Args:
            score: the explained scores ``(N,)``.
            create_graph: keep the gradients in the graph (differentiable CAM, second order).
            retain_graph: keep the forward graph for a later backward; defaults to ``create_graph``.

        Returns:
            ``{name: dscore/dA}``, each shaped like its activation.

        Raises:
            RuntimeError: the recorder was built with ``keep_gradients=False``.
            ModelError: the score does not depend on a recorded layer.
        """
        if not self.keep_gradients:
            raise RuntimeError("LayerRecorder(keep_gradients=False) cannot compute gradients")
        activations = self.activations
        if not score.requires_grad:
            raise ModelError(
                translate(
                    "IsslideCore",
                    "The explained score does not depend on the recorded layers (no autograd graph); "
                    "run the forward pass with gradients enabled inside the recorder."
                )
            )
        grads = torch.autograd.grad(
            score.sum(),
            list(activations.values()),
            create_graph=create_graph,
            retain_graph=create_graph if retain_graph is None else retain_graph,
            allow_unused=True,
        )
        unused = [n for n, g in zip(activations, grads) if g is None]
        if unused:
            raise ModelError(
                translate(
                    "IsslideCore",
                    "The explained score does not depend on layer(s) {layers}; choose layers on the "
                    "path from the input to the explained output."
                ).format(layers=unused)
            )
        return dict(zip(activations, grads))


def record_layer_shapes(
    model: nn.Module, layer_names: Sequence[str], inputs: torch.Tensor
) -> dict[str, torch.Size]:
    """Shapes ``(N, C, h, w)`` of the named layers' outputs for ``inputs`` (one no-grad pass).

    Useful to state a method's cost before running it (e.g. Score-CAM's forward passes).
    """
    with torch.no_grad(), LayerRecorder(model, layer_names, keep_gradients=False) as rec:
        model(inputs)
        return {n: a.shape for n, a in rec.activations.items()}
