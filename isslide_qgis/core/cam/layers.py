"""Which layers a CAM explains by default, per architecture family and method, and the
analyst's choice of layers.

Post-hoc defaults are looked up by (model family, CAM method) in :data:`METHOD_CAM_LAYERS`;
a method without an entry falls back to the network's own ``cam_layers`` (ECSPLAIN: the 5
layers its training loss constrains, which these defaults never change) or to its family's
:data:`FAMILY_CAM_LAYERS`. All were chosen on *validation* scenes of the selection simulator
family (``scripts/evaluate_cams.py --select-layers``, ``docs/cam_layer_selection.json``), never
on held-out ones: per method, among the candidate sets (the ECSPLAIN-like five, single layers,
pairs) the rule of :mod:`.layer_choice` (pointing game first, then energy inside truth); per
segmenter family, the set whose worst method keeps the most energy.

Why per method: the best layer depends on the method. On the shipped ECSPLAIN, Grad-CAM points
best at its five training layers (the map its loss trains: 0.72 of validation patches against
0.66 at the first convolution of stage 2, which keeps more energy), Layer-CAM and NormGrad at
stage 1 with stage 3's first convolution, Score-CAM and the selective NormGrad at stage 1's last
convolution; the segmenters' gradient maps are sharpest at the head's last activation (FCN,
DeepLabV3) or in the decoder (U-Nets), Score-CAM deeper (its full-resolution masks of 8 channels
barely change a U-Net's logits).

Importing this module does not import torch.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.messages import translate

if TYPE_CHECKING:  # pragma: no cover
    from torch import nn

#: Model family (see :data:`~isslide_qgis.core.models.registry.MODELS`) -> default CAM layers
#: of the methods without an entry in :data:`METHOD_CAM_LAYERS` (the candidate whose worst method
#: did best on validation scenes, ``fallback`` in ``docs/cam_layer_selection.json``).
#: ECSPLAIN is absent: its networks carry their own (attribute ``cam_layers``).
FAMILY_CAM_LAYERS: dict[str, tuple[str, ...]] = {
    "fcn": ("backbone.layer3",),
    "deeplabv3": ("backbone.layer4",),
    "unet": ("encoder.2",),
    "resunet": ("decoder.1",),
    "sepunet": ("encoder.2",),
}


def _same_layers(layers: tuple[str, ...], *methods: str) -> dict[str, tuple[str, ...]]:
    return dict.fromkeys(methods, layers)


_GRADIENT_METHODS = ("gradcam", "layercam", "normgrad", "normgrad_selective")
#: ECSPLAIN's five training layers (ResNet-18): the CAM its loss constrains
_ECSPLAIN_FIVE = ("maxpool", "layer2.0.conv1", "layer3.0.conv1", "layer4.0.conv1", "layer4.1.conv2")
_UNET_FIVE = ("encoder.0", "encoder.1", "encoder.2", "decoder.0", "decoder.1")

#: (model family, CAM method) -> default layers of post-hoc explanations, chosen per method
#: on validation scenes (``docs/cam_layer_selection.json``, ``per_method``).
METHOD_CAM_LAYERS: dict[tuple[str, str], tuple[str, ...]] = {
    **{(family, method): layers
       for family, by_method in {
           "ecsplain": {"gradcam": _ECSPLAIN_FIVE,
                        **_same_layers(("layer1", "layer3.0.conv1"), "layercam", "normgrad_selective"),
                        **_same_layers(("layer1.1.conv2",), "scorecam", "normgrad")},
           "fcn": {**_same_layers(("classifier.2",), *_GRADIENT_METHODS), "scorecam": ("backbone.layer4",)},
           "deeplabv3": {**_same_layers(("classifier.3",), *_GRADIENT_METHODS),
                         "scorecam": ("backbone.layer4",)},
           "unet": {"gradcam": _UNET_FIVE, **_same_layers(("decoder.0",), "layercam", "normgrad"),
                    **_same_layers(("encoder.2",), "scorecam", "normgrad_selective")},
           "resunet": {"gradcam": ("encoder.2",),
                       **_same_layers(("decoder.1",), "layercam", "normgrad", "normgrad_selective", "scorecam")},
           "sepunet": {**_same_layers(("encoder.2",), "gradcam", "scorecam"),
                       **_same_layers(("decoder.0",), "layercam", "normgrad"),
                       "normgrad_selective": ("encoder.2", "decoder.0")},
       }.items()
       for method, layers in by_method.items()},
}


def parse_layers(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """Layer names from a comma-separated string (or a sequence); empty means the default."""
    if text is None:
        return ()
    parts = text.split(",") if isinstance(text, str) else list(text)
    return tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))


def default_cam_layers(model: nn.Module, architecture: str | None = None,
                       method: str | None = None) -> tuple[str, ...]:
    """The default CAM layers of ``model`` for ``method``: its family's entry for the method in
    :data:`METHOD_CAM_LAYERS`, else the model's own ``cam_layers``, else its family's
    :data:`FAMILY_CAM_LAYERS`.

    Args:
        model: a network of the registry (or any module with ``cam_layers``).
        architecture: its registry name (a model card's ``architecture``).
        method: a CAM method's registry name (``None``: the method-independent default).

    Raises:
        ModelError: the model names no layers and its architecture has no default.
    """
    from isslide_qgis.core.models.registry import MODELS

    spec = MODELS.get(architecture or "")
    family = spec.family if spec is not None else None
    for found in (METHOD_CAM_LAYERS.get((family or "", method or "")),
                  tuple(getattr(model, "cam_layers", ()) or ()), FAMILY_CAM_LAYERS.get(family or "")):
        if found:
            return found
    raise ModelError(
        translate(
            "IsslideCore", "The model '{name}' has no default layers for class activation maps; "
            "give the layers to explain by name (for example backbone.layer4)."
        ).format(name=architecture or type(model).__name__)
    )


def cam_layers(model: nn.Module, architecture: str | None = None,
               chosen: str | Sequence[str] | None = None, method: str | None = None) -> tuple[str, ...]:
    """The analyst's ``chosen`` layers when given (comma-separated or a sequence), else the
    default ones for ``method``; names are checked against the model (unknown ones are listed
    with hints).

    Raises:
        ModelError: an unknown layer name, or no default for the architecture.
    """
    from isslide_qgis.core.cam.hooks import resolve_layers

    layers = parse_layers(chosen) or default_cam_layers(model, architecture, method)
    resolve_layers(model, layers)
    return layers
