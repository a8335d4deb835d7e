"""Pretrained ResNet backbones from a torchvision-named ``state_dict`` file, loaded safely.

No weights can be downloaded here; an analyst who has a torchvision ResNet file (e.g.
``resnet50-0676ba61.pth``) can start FCN, DeepLabV3 or ECSPLAIN from it:

- the file is read with ``torch.load(weights_only=True)``: tensors only, no code can run;
- ``fc.*`` is ignored (ImageNet's 1000 classes mean nothing here);
- ECSPLAIN has no batch norm: each BN is folded into the convolution before it
  (:func:`fold_batchnorm`), which gives the same outputs as the BN network in evaluation mode;
- the first convolution is adapted from RGB to the InSAR channels (:func:`adapt_first_conv`).

First-convolution rule ("mean", the default, for every channel count, 3 included): the RGB
filters are averaged over R, G and B and the average is copied to each of the C input
channels, scaled by 3/C. InSAR channels ([coherence, cos, sin] or [coh*cos, coh*sin]) are not
colours, so colour-specific (e.g. red-green opponent) filters would impose arbitrary
differences between channels; the average keeps the spatial (luminance) filters, and the 3/C
factor keeps activation magnitudes: an input whose C channels all equal a grey level g gives
the same response as the RGB image (g, g, g). Rule "keep" (only for C = 3) leaves the RGB
filters as they are, for users who want them.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Mapping

import torch
from torch import Tensor, nn

from ..errors import ModelError
from ..messages import translate
from .resnet import RESNET_LAYOUTS, ResNet
from .safe_load import safe_torch_load

StateDict = dict[str, Tensor]


def _adapt_mean(weight: Tensor, in_channels: int) -> Tensor:
    mean = weight.mean(dim=1, keepdim=True)
    return mean.repeat(1, in_channels, 1, 1) * (weight.shape[1] / in_channels)


def _adapt_keep(weight: Tensor, in_channels: int) -> Tensor:
    if weight.shape[1] != in_channels:
        raise ModelError(translate(
            "IsslideCore",
            "First-convolution rule 'keep' needs {needed} input channels "
            "as the pretrained weights, the model has {channels}: use rule 'mean'."
        ).format(needed=weight.shape[1], channels=in_channels))
    return weight.clone()


#: rule name -> function(weight (out, 3, k, k), in_channels) -> weight (out, C, k, k)
FIRST_CONV_RULES: dict[str, Callable[[Tensor, int], Tensor]] = {
    "mean": _adapt_mean, "keep": _adapt_keep}


def adapt_first_conv(weight: Tensor, in_channels: int, rule: str = "mean") -> Tensor:
    """Adapt a pretrained first-convolution weight to ``in_channels`` input channels.

    Args:
        weight: (out, 3, k, k) RGB weight.
        in_channels: the model's input channels.
        rule: a key of :data:`FIRST_CONV_RULES` (see the module docstring).
    """
    if rule not in FIRST_CONV_RULES:
        raise ModelError(translate(
            "IsslideCore", "Unknown first-convolution rule '{rule}'; valid: {valid}.").format(
                rule=rule, valid=", ".join(FIRST_CONV_RULES)))
    return FIRST_CONV_RULES[rule](weight, in_channels)


def load_resnet_state_dict(source: str | Path | Mapping[str, Tensor]) -> StateDict:
    """Read a torchvision-named ResNet ``state_dict`` without unpickling any object.

    Accepts a plain state_dict, one wrapped as ``{"state_dict": ...}`` or ``{"model": ...}``,
    ``module.`` key prefixes (DataParallel), and whole segmenters (torchvision's FCN/DeepLabV3
    or ours): only their ``backbone.*`` weights are kept.

    Raises:
        ModelError: missing/unsafe/unreadable file, or no ResNet weights in it.
    """
    name = translate("IsslideCore", "the given state_dict")
    if isinstance(source, (str, Path)):
        name = f"'{source}'"
        source = safe_torch_load(source, "cpu", kind="ResNet weights file")
    for wrapper in ("state_dict", "model"):
        if isinstance(source, Mapping) and isinstance(source.get(wrapper), Mapping):
            source = source[wrapper]
    if not isinstance(source, Mapping):
        raise ModelError(translate("IsslideCore", "{name} holds a {type}, not a ResNet state_dict.").format(
            name=name, type=type(source).__name__))
    state = {re.sub(r"^module\.", "", k): v for k, v in source.items() if isinstance(v, Tensor)}
    if any(k.startswith("backbone.") for k in state):  # a whole segmenter: keep its backbone
        state = {k[len("backbone."):]: v for k, v in state.items() if k.startswith("backbone.")}
    if "conv1.weight" not in state or "layer1.0.conv1.weight" not in state:
        raise ModelError(translate(
            "IsslideCore",
            "{name} does not hold torchvision-named ResNet weights (no "
            "'conv1.weight' or 'layer1.0.conv1.weight' key)."
        ).format(name=name))
    return state


def describe_resnet(state: Mapping[str, Tensor]) -> str:
    """Describe a ResNet state_dict: depth, block type, base width, input channels, BN or not."""
    bottleneck = "layer1.0.conv3.weight" in state
    stages = tuple(len({k.split(".")[1] for k in state if k.startswith(f"layer{i}.")})
                   for i in range(1, 5))
    depth = next((d for d, (block, layers) in RESNET_LAYOUTS.items()
                  if layers == stages and (block.expansion == 4) == bottleneck), None)
    conv1 = state.get("conv1.weight")
    shape = ("?" if conv1 is None
             else translate("IsslideCore", "base width {width}, {channels} input channels").format(
                 width=conv1.shape[0], channels=conv1.shape[1]))
    kind = (f"ResNet-{depth}" if depth
            else translate("IsslideCore", "ResNet with stages {stages}").format(stages=stages))
    norm = (translate("IsslideCore", "batch norm") if "bn1.running_mean" in state
            else translate("IsslideCore", "no batch norm"))
    return translate("IsslideCore", "{kind} ({block} blocks, {shape}, {norm})").format(
        kind=kind, block="Bottleneck" if bottleneck else "BasicBlock", shape=shape, norm=norm)


def _conv_of_norm(norm: str) -> str:
    """The convolution a BN follows: 'x.bnK' -> 'x.convK', 'x.downsample.1' -> 'x.downsample.0'."""
    parent, _, last = norm.rpartition(".")
    prefix = f"{parent}." if parent else ""
    if last.startswith("bn"):
        return f"{prefix}conv{last[2:]}"
    if last == "1" and parent.endswith("downsample"):
        return f"{prefix}0"
    raise ModelError(translate("IsslideCore", "Cannot tell which convolution batch norm '{norm}' follows.").format(
        norm=norm))


def fold_batchnorm(state: Mapping[str, Tensor], eps: float = 1e-5) -> StateDict:
    """Fold every BN of a ResNet state_dict into the preceding convolution (downsample included).

    ``w' = w * gamma / sqrt(var + eps)`` and ``b' = (b - mean) * gamma / sqrt(var + eps) + beta``
    (``b = 0`` for torchvision's bias-free convolutions): the BN-free network in evaluation
    mode gives the same outputs as the BN network in evaluation mode.

    Args:
        state: torchvision-named ResNet weights with BN running statistics.
        eps: the BN epsilon (torchvision: 1e-5).
    """
    norms = [k[: -len(".running_var")] for k in state if k.endswith(".running_var")]
    bn_suffixes = ("weight", "bias", "running_mean", "running_var", "num_batches_tracked")
    bn_keys = {f"{norm}.{suffix}" for norm in norms for suffix in bn_suffixes}
    folded = {k: v for k, v in state.items() if k not in bn_keys}
    for norm in norms:
        conv = _conv_of_norm(norm)
        if f"{conv}.weight" not in state:
            raise ModelError(translate(
                "IsslideCore", "Batch norm '{norm}' has no convolution '{conv}' to fold into.").format(
                    norm=norm, conv=conv))
        weight = state[f"{conv}.weight"].double()
        variance = state[f"{norm}.running_var"].double()
        scale = state[f"{norm}.weight"].double() / torch.sqrt(variance + eps)
        bias = state.get(f"{conv}.bias", torch.zeros_like(scale)).double()
        dtype = state[f"{conv}.weight"].dtype
        folded[f"{conv}.weight"] = (weight * scale.view(-1, 1, 1, 1)).to(dtype)
        folded[f"{conv}.bias"] = ((bias - state[f"{norm}.running_mean"].double()) * scale
                                  + state[f"{norm}.bias"].double()).to(dtype)
    return folded


def resnet_backbone(model: nn.Module) -> ResNet:
    """The ResNet inside a model: ``model.backbone`` (FCN, DeepLabV3) or the model (ECSPLAIN)."""
    backbone = getattr(model, "backbone", model)
    if not isinstance(backbone, ResNet):
        raise ModelError(translate(
            "IsslideCore",
            "{model} has no ResNet backbone: pretrained ResNet "
            "weights apply to FCN, DeepLabV3 and ECSPLAIN models only."
        ).format(model=type(model).__name__))
    return backbone


def load_pretrained_backbone(model: nn.Module, state_dict: Mapping[str, Tensor],
                             in_channels: int | None = None, first_conv_rule: str = "mean") -> None:
    """Load torchvision-named ResNet weights into a model's backbone, in place.

    ``fc.*`` is ignored; BN is folded when the backbone has none (ECSPLAIN); the first
    convolution is adapted with ``first_conv_rule`` (module docstring).

    Args:
        model: an FCN, DeepLabV3 or ECSPLAIN network.
        state_dict: as returned by :func:`load_resnet_state_dict`.
        in_channels: the model's input channels (checked against it; default: the model's).
        first_conv_rule: a key of :data:`FIRST_CONV_RULES`: ``"mean"`` for RGB (ImageNet)
            weights; ``"keep"`` for weights already trained on the model's InSAR channels.

    Raises:
        ModelError: the weights are not of the backbone's architecture (depth, width, BN...).
    """
    backbone = resnet_backbone(model)
    if in_channels is not None and in_channels != backbone.in_channels:
        raise ModelError(translate(
            "IsslideCore",
            "in_channels={in_channels} but the model's first convolution takes {channels} channels."
        ).format(in_channels=in_channels, channels=backbone.in_channels))
    source = {k: v for k, v in state_dict.items() if not k.startswith("fc.")}
    target = {k: v for k, v in backbone.state_dict().items() if not k.startswith("fc.")}
    source_has_bn = any(k.endswith(".running_var") for k in source)
    if source_has_bn and not backbone.has_norm:
        source = fold_batchnorm(source)
    elif backbone.has_norm and not source_has_bn:
        raise ModelError(translate(
            "IsslideCore",
            "The pretrained weights ({weights}) have no batch "
            "norm statistics, which this backbone needs ({backbone})."
        ).format(weights=describe_resnet(state_dict), backbone=describe_resnet(target)))
    if "conv1.weight" in source:
        source["conv1.weight"] = adapt_first_conv(source["conv1.weight"], backbone.in_channels,
                                                  first_conv_rule)
    _check_fit(source, target, state_dict)
    backbone.load_state_dict(source, strict=False)


def _check_fit(source: Mapping[str, Tensor], target: Mapping[str, Tensor],
               original: Mapping[str, Tensor]) -> None:
    missing = sorted(set(target) - set(source))
    unexpected = sorted(set(source) - set(target))
    shapes = sorted(k for k in set(source) & set(target) if source[k].shape != target[k].shape)
    if not (missing or unexpected or shapes):
        return
    details = [f"{label} ({len(keys)}): {', '.join(keys[:4])}{', ...' if len(keys) > 4 else ''}"
               for label, keys in ((translate("IsslideCore", "missing keys"), missing),
                                   (translate("IsslideCore", "unexpected keys"), unexpected),
                                   (translate("IsslideCore", "shape mismatches"), shapes)) if keys]
    example = (" " + translate(
        "IsslideCore", "e.g. '{key}' is {file_shape} in the file but {model_shape} in the model.").format(
            key=shapes[0], file_shape=tuple(source[shapes[0]].shape),
            model_shape=tuple(target[shapes[0]].shape)) if shapes else "")
    raise ModelError(translate(
        "IsslideCore",
        "The pretrained weights are a {weights} but the model's backbone is a "
        "{backbone}; they do not fit: {details}.{example} "
        "Choose a model whose backbone matches the weights file (e.g. a ResNet-18 file for "
        "'*_resnet18' models at full width) or train from scratch."
    ).format(weights=describe_resnet(original), backbone=describe_resnet(target),
             details="; ".join(details), example=example))
