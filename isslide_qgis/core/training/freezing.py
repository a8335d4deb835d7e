"""Freezing early layers for fine-tuning (transfer learning with few labels).

The layers frozen per network family (:data:`FREEZE_RULES`) are the generic, low-level
feature extractors, which a model trained on many simulated patches has already learnt; the
rest adapts to the new data:

- FCN, DeepLabV3: the ResNet stem (``backbone.conv1``, ``backbone.bn1``) and ``backbone.layer1``
  (``"deep"``: ``backbone.layer2`` too);
- ECSPLAIN: the stem (``conv1``, ``bn1``, ``maxpool``) and ``layer1`` (``"deep"``: ``layer2``);
- U-Net, ResU-Net, SepU-Net: the first encoder level ``encoder.0`` (``"deep"``: ``encoder.1``).

Frozen parameters get ``requires_grad = False`` and are left out of the optimiser; frozen batch
normalisations stay in evaluation mode (their running statistics do not move either). For
ECSPLAIN the CAM term is kept only on CAM layers whose activations trainable weights produce
(a frozen layer's activation cannot move towards the mask): of the
5 layers (``maxpool``, ``layer2.0.conv1``, ``layer3.0.conv1``, ``layer4.0.conv1``,
``layer4.1.conv2``) the stem's ``maxpool`` is dropped (4 remain; with ``"deep"`` also 4, as
``layer2.0.conv1`` is then frozen too: 3 remain).
"""
from __future__ import annotations

from typing import Sequence

from torch import nn

from ..messages import translate
from ..models import get_spec

#: family -> depth ("shallow" default, "deep") -> parameter/module name prefixes frozen
FREEZE_RULES: dict[str, dict[str, tuple[str, ...]]] = {
    "fcn": {"shallow": ("backbone.conv1", "backbone.bn1", "backbone.layer1"),
            "deep": ("backbone.conv1", "backbone.bn1", "backbone.layer1", "backbone.layer2")},
    "ecsplain": {"shallow": ("conv1", "bn1", "maxpool", "layer1"),
                 "deep": ("conv1", "bn1", "maxpool", "layer1", "layer2")},
    "unet": {"shallow": ("encoder.0",), "deep": ("encoder.0", "encoder.1")},
}
FREEZE_RULES["deeplabv3"] = FREEZE_RULES["fcn"]
FREEZE_RULES["resunet"] = FREEZE_RULES["unet"]
FREEZE_RULES["sepunet"] = FREEZE_RULES["unet"]


def frozen_prefixes(model_name: str, depth: str = "shallow") -> tuple[str, ...]:
    """The prefixes frozen when fine-tuning registry model ``model_name``.

    Raises:
        ValueError: unknown model or depth.
    """
    rules = FREEZE_RULES[get_spec(model_name).family]
    if depth not in rules:
        raise ValueError(translate("IsslideCore", "Unknown freezing depth '{depth}'; valid: {valid}.").format(
            depth=depth, valid=", ".join(rules)))
    return rules[depth]


def is_frozen(name: str, prefixes: Sequence[str]) -> bool:
    """True when the dotted ``name`` is one of ``prefixes`` or lies below one."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def freeze(model: nn.Module, prefixes: Sequence[str]) -> list[str]:
    """Set ``requires_grad=False`` on parameters under ``prefixes``; return their names.

    Raises:
        ValueError: a prefix names no module of the model.
    """
    modules = {name for name, _ in model.named_modules()}
    unknown = [p for p in prefixes if p not in modules]
    if unknown:
        raise ValueError(translate(
            "IsslideCore", "Cannot freeze {names}: no such layer in {model}. Give layer names of "
            "the network.").format(names=", ".join(unknown), model=type(model).__name__))
    names = []
    for name, parameter in model.named_parameters():
        if is_frozen(name, prefixes):
            parameter.requires_grad_(False)
            names.append(name)
    return names


def set_train_mode(model: nn.Module, prefixes: Sequence[str]) -> None:
    """``model.train()``, except modules under ``prefixes`` (frozen batch norms keep their
    running statistics)."""
    model.train()
    for name, module in model.named_modules():
        if name and is_frozen(name, prefixes):
            module.eval()


def trainable_cam_layers(layers: Sequence[str], prefixes: Sequence[str]) -> tuple[str, ...]:
    """The CAM layers outside the frozen part (their activations come from trainable weights)."""
    return tuple(layer for layer in layers if not is_frozen(layer, prefixes))
