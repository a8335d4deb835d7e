"""The registry of networks: one name per architecture and size, filled once, read everywhere.

Processing enums and the dock's combo boxes are filled from :data:`MODELS`, so this module
imports no torch: the builders are lazy references to functions in the network modules, which
are imported only when :func:`get_model` builds a network.

Names say the size: paper-size networks (``"fcn_resnet50"``, ``"unet_w12"``: 12/24/48
channels...) and compact CPU variants whose name gives the reduced width (``"unet_w8"``,
``"fcn_resnet18_w16"``: a ResNet-18 with 16 instead of 64 base channels).
"""
from __future__ import annotations

import copy
import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from ..messages import translate
from .card import INPUT_CONVENTIONS, TASK_THRESHOLDS, ModelCard

if TYPE_CHECKING:  # pragma: no cover
    from torch import nn


@dataclass(frozen=True)
class LazyBuilder:
    """A builder named by module and function, imported on first call (no torch before)."""

    module: str
    function: str

    def __call__(self, **kwargs: Any) -> nn.Module:
        module = importlib.import_module(f"{__package__}.{self.module}")
        return getattr(module, self.function)(**kwargs)


@dataclass(frozen=True)
class ModelSpec:
    """How to build one registered network and what input it takes.

    Attributes:
        name: registry name.
        builder: callable returning the ``nn.Module`` from keyword arguments.
        task: ``"segmentation"`` (N,1,H,W logits) or ``"classification"`` (N,1 logits).
        input_convention: key of :data:`~.card.INPUT_CONVENTIONS`.
        in_channels: number of input channels.
        patch_size: side of the training patches in pixels.
        compact: True for the reduced-width CPU variants.
        family: ``"fcn"``, ``"deeplabv3"``, ``"unet"``, ``"resunet"``, ``"sepunet"`` or
            ``"ecsplain"``.
        description: one line for the analyst.
        default_kwargs: arguments given to ``builder`` (overridable in :func:`get_model`).
        alignment: the step, in pixels, on which tiled inference places tile origins so that
            every tile samples the raster on the same lattice: a U-Net's total downsampling
            (``2 ** (levels - 1)``, the smallest input shift that shifts its map by as much),
            which makes shifted tile grids agree (sepunet_w8: 99th percentile of the difference
            0.08 -> 0.004). 1 (no alignment) where it was measured not to help: the dilated
            ResNets of FCN and DeepLabV3 (output stride 8) see ~450 px, more than a tile, so
            tile borders rather than the lattice make tiles differ (aligned on 8: same
            difference, 16 % slower), and ECSPLAIN scores whole tiles through global pooling.
    """

    name: str
    builder: Callable[..., nn.Module]
    task: str
    input_convention: str
    in_channels: int
    compact: bool
    family: str
    description: str
    default_kwargs: dict[str, Any] = field(default_factory=dict)
    patch_size: int = 100
    alignment: int = 1

    def arguments(self, **overrides: Any) -> dict[str, Any]:
        """The builder's keyword arguments: defaults, ``in_channels``, then ``overrides``."""
        return copy.deepcopy({**self.default_kwargs, "in_channels": self.in_channels, **overrides})


_SEGMENTER = {"task": "segmentation", "input_convention": "coh_cos_sin", "in_channels": 3}
_CLASSIFIER = {"task": "classification", "input_convention": "cohcos_cohsin", "in_channels": 2}



def _unet_downsampling(kwargs: dict[str, Any]) -> int:
    """A U-Net halves the resolution between levels: 2 ** (levels - 1)."""
    return 2 ** (len(kwargs["widths"]) - 1)


def _unaligned(kwargs: dict[str, Any]) -> int:
    """No alignment where it was measured not to help (see :attr:`ModelSpec.alignment`)."""
    return 1


#: family -> (builder, common spec fields, description template, alignment from the arguments)
_FAMILIES: dict[str, tuple[LazyBuilder, dict[str, Any], str, Callable[[dict[str, Any]], int]]] = {
    "fcn": (LazyBuilder("fcn", "fcn_resnet"), _SEGMENTER,
            "FCN (Long 2015) on a dilated ResNet-{depth} (output stride 8), base width {width}",
            _unaligned),
    "deeplabv3": (LazyBuilder("deeplabv3", "deeplabv3_resnet"), _SEGMENTER,
                  "DeepLabV3 (Chen 2017, ASPP 12/24/36) on a dilated ResNet-{depth}, base width "
                  "{width}, {aspp_channels} ASPP channels", _unaligned),
    "unet": (LazyBuilder("unet", "unet"), _SEGMENTER,
             "U-Net (Ronneberger 2015), encoder widths {widths}", _unet_downsampling),
    "resunet": (LazyBuilder("unet", "resunet"), _SEGMENTER,
                "Residual U-Net (He 2016 blocks), encoder widths {widths}", _unet_downsampling),
    "sepunet": (LazyBuilder("unet", "sepunet"), _SEGMENTER,
                "U-Net with depthwise-separable convolutions (Chollet 2017), encoder widths "
                "{widths}", _unet_downsampling),
    "ecsplain": (LazyBuilder("ecsplain", "ecsplain_resnet"), _CLASSIFIER,
                 "ECSPLAIN classifier: ResNet-{depth} without batch norm, base width {width}, "
                 "one detection logit, CAM at 5 layers", _unaligned),
}

#: (name, family, compact, builder arguments)
_ENTRIES: tuple[tuple[str, str, bool, dict[str, Any]], ...] = (
    ("fcn_resnet50", "fcn", False, {"depth": 50, "width": 64}),
    ("fcn_resnet18", "fcn", False, {"depth": 18, "width": 64}),
    ("fcn_resnet18_w16", "fcn", True, {"depth": 18, "width": 16}),
    ("deeplabv3_resnet50", "deeplabv3", False, {"depth": 50, "width": 64, "aspp_channels": 256}),
    ("deeplabv3_resnet18", "deeplabv3", False, {"depth": 18, "width": 64, "aspp_channels": 256}),
    ("deeplabv3_resnet18_w16", "deeplabv3", True, {"depth": 18, "width": 16, "aspp_channels": 32}),
    ("unet_w12", "unet", False, {"widths": [12, 24, 48]}),
    ("unet_w8", "unet", True, {"widths": [8, 16, 32]}),
    ("resunet_w12", "resunet", False, {"widths": [12, 24, 48]}),
    ("resunet_w8", "resunet", True, {"widths": [8, 16, 32]}),
    ("sepunet_w12", "sepunet", False, {"widths": [12, 24, 48]}),
    ("sepunet_w8", "sepunet", True, {"widths": [8, 16, 32]}),
    ("ecsplain_resnet18", "ecsplain", False, {"depth": 18, "width": 64}),
    ("ecsplain_resnet50", "ecsplain", False, {"depth": 50, "width": 64}),
    ("ecsplain_resnet18_w16", "ecsplain", True, {"depth": 18, "width": 16}),
)


def _spec(name: str, family: str, compact: bool, kwargs: dict[str, Any]) -> ModelSpec:
    builder, common, template, alignment = _FAMILIES[family]
    description = template.format(**kwargs) + (" (compact CPU variant)" if compact else "")
    return ModelSpec(name=name, builder=builder, compact=compact, family=family,
                     description=description, default_kwargs=dict(kwargs),
                     alignment=alignment(kwargs), **common)


#: Every registered network, by name.
MODELS: dict[str, ModelSpec] = {entry[0]: _spec(*entry) for entry in _ENTRIES}


def get_spec(name: str) -> ModelSpec:
    """Return the :class:`ModelSpec` of a registered network.

    Raises:
        ValueError: unknown name (the message lists the valid ones).
    """
    try:
        return MODELS[name]
    except KeyError:
        raise ValueError(translate("IsslideCore", "Unknown model '{name}'. Valid models: {valid}.").format(
            name=name, valid=", ".join(MODELS))) from None


def tile_alignment(architecture: str) -> int:
    """The :attr:`ModelSpec.alignment` of a registered network; 1 for an unknown one."""
    spec = MODELS.get(architecture)
    return spec.alignment if spec is not None else 1


def get_model(name: str, **kwargs: Any) -> nn.Module:
    """Build a registered network (randomly initialised); imports torch.

    Args:
        name: registry name, see :func:`list_models`.
        **kwargs: overrides of the spec's builder arguments (e.g. ``in_channels``).

    Raises:
        ValueError: unknown name.
    """
    spec = get_spec(name)
    return spec.builder(**spec.arguments(**kwargs))


def list_models(task: str | None = None, compact: bool | None = None) -> list[str]:
    """Names of the registered networks, optionally only one task and/or only (non-)compact ones."""
    if task is not None and task not in TASK_THRESHOLDS:
        raise ValueError(f"Unknown task '{task}'. Valid tasks: {', '.join(TASK_THRESHOLDS)}.")
    return [name for name, spec in MODELS.items()
            if (task is None or spec.task == task) and (compact is None or spec.compact == compact)]


def make_card(name: str, arguments: dict[str, Any] | None = None, **fields: Any) -> ModelCard:
    """A model card for a registered network, its input fields filled from the registry.

    Args:
        name: registry name.
        arguments: builder overrides used to build the model (merged over the defaults).
        **fields: any other :class:`ModelCard` field (thresholds, training, metrics...).
            Default thresholds are 0.5.
    """
    spec = get_spec(name)
    args = spec.arguments(**(arguments or {}))
    defaults: dict[str, Any] = {
        "architecture": name, "task": spec.task, "input_convention": spec.input_convention,
        "in_channels": args["in_channels"],
        "band_names": list(INPUT_CONVENTIONS[spec.input_convention]),
        "arguments": args, "patch_size": spec.patch_size, "description": spec.description,
        "thresholds": {key: 0.5 for key in TASK_THRESHOLDS[spec.task]},
    }
    return ModelCard(**{**defaults, **fields}).validate()
