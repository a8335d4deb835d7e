"""Which layers a CAM explains by default, per architecture family and method, and the
analyst's choice of layers.

Post-hoc defaults are looked up by (model family, CAM method) in :data:`METHOD_CAM_LAYERS`;
a method without an entry falls back to the network's own ``cam_layers`` (ECSPLAIN: the 5
layers its training loss constrains, which these defaults never change) or to its family's
:data:`FAMILY_CAM_LAYERS`. All were chosen on *validation* scenes (``scripts/evaluate_cams.py
--select-layers``, ``docs/cam_layer_selection.json``), never on the held-out ones: per
method, the candidate set (the ECSPLAIN-like five, single deep layers, pairs) with the most
energy inside the true moving areas; per segmenter family, the set whose worst method is best.

Why single layers, and why per method: fused with shallow layers, min-max normalised maps
spread mass over the background, and the best single layer depends on the method. On the
shipped ECSPLAIN, Layer-CAM, Score-CAM and the NormGrads do best in stages 1-2, Grad-CAM at the
first convolution of stage 3; the segmenters' maps are sharpest at the head's last activation
(FCN, DeepLabV3) or the last decoder stage (UNets), where Score-CAM, however, fails on UNet and
SepUNet (its full-resolution masks of 8 channels barely change the logits), hence their own
Score-CAM layer.

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
    "fcn": ("classifier.2",),
    "deeplabv3": ("backbone.layer3",),
    "unet": ("encoder.2",),
    "resunet": ("decoder.1",),
    "sepunet": ("encoder.2",),
}


def _same_layers(layers: tuple[str, ...], *methods: str) -> dict[str, tuple[str, ...]]:
    return dict.fromkeys(methods, layers)


_GRADIENT_METHODS = ("gradcam", "layercam", "normgrad", "normgrad_selective")

#: (model family, CAM method) -> default layers of post-hoc explanations, chosen per method
#: on validation scenes (``docs/cam_layer_selection.json``, ``per_method``).
METHOD_CAM_LAYERS: dict[tuple[str, str], tuple[str, ...]] = {
    **{("ecsplain", method): ("layer2.0.conv1",) for method in (*_GRADIENT_METHODS, "scorecam")},
    **{(family, method): layers
       for family, by_method in {
           "fcn": _same_layers(("classifier.2",), *_GRADIENT_METHODS, "scorecam"),
           "deeplabv3": {**_same_layers(("classifier.3",), *_GRADIENT_METHODS),
                         "scorecam": ("backbone.layer3",)},
           "unet": {**_same_layers(("encoder.2",), "gradcam", "normgrad", "scorecam"),
                    **_same_layers(("decoder.0",), "layercam", "normgrad_selective")},
           "resunet": _same_layers(("decoder.1",), *_GRADIENT_METHODS, "scorecam"),
           "sepunet": {**_same_layers(("encoder.2",), "gradcam", "layercam", "normgrad_selective",
                                      "scorecam"), "normgrad": ("decoder.0",)},
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
