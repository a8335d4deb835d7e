"""Which layers a CAM explains by default, per architecture, and the analyst's choice of layers.

ECSPLAIN names its own 5 layers (``cam_layers``: the stem's max-pool, the first convolutions
of stages 2-4 and the last convolution of stage 4), those its training loss constrains. The
segmenters fuse two of their deepest layers (same fusion: ReLU, upsampling, per-image min-max,
mean). The pairs were chosen on *validation* scenes (``scripts/evaluate_cams.py
--select-layers``, ``docs/cam_layer_selection.json``) among four multi-layer candidates, the
ECSPLAIN-like five included: for each architecture the set whose worst method (energy inside
the true moving areas, over Grad-CAM, Layer-CAM, Score-CAM and NormGrad) was best. The five
shallow-to-deep layers spread the segmenters' maps over the background (the shallow maps are
diffuse once min-max normalised), and Score-CAM failed on some full-resolution decoder layers.

* FCN and DeepLabV3: ResNet stage 4 and the head's last activation;
* UNet and SepUNet: the bottleneck (encoder stage 3) and the first decoder stage;
* ResUNet: the two decoder stages.

Importing this module does not import torch.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from isslide_qgis.core.errors import ModelError
from isslide_qgis.core.messages import translate

if TYPE_CHECKING:  # pragma: no cover
    from torch import nn

#: Model family (see :data:`~isslide_qgis.core.models.registry.MODELS`) -> default CAM layers.
#: ECSPLAIN is absent: its networks carry their own (attribute ``cam_layers``).
FAMILY_CAM_LAYERS: dict[str, tuple[str, ...]] = {
    "fcn": ("backbone.layer4", "classifier.2"),
    "deeplabv3": ("backbone.layer4", "classifier.3"),
    "unet": ("encoder.2", "decoder.0"),
    "resunet": ("decoder.0", "decoder.1"),
    "sepunet": ("encoder.2", "decoder.0"),
}


def parse_layers(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """Layer names from a comma-separated string (or a sequence); empty means the default."""
    if text is None:
        return ()
    parts = text.split(",") if isinstance(text, str) else list(text)
    return tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))


def default_cam_layers(model: nn.Module, architecture: str | None = None) -> tuple[str, ...]:
    """The default CAM layers of ``model``: its ``cam_layers`` if any, else its family's.

    Args:
        model: a network of the registry (or any module with ``cam_layers``).
        architecture: its registry name (a model card's ``architecture``).

    Raises:
        ModelError: the model names no layers and its architecture has no default.
    """
    own = tuple(getattr(model, "cam_layers", ()) or ())
    if own:
        return own
    from isslide_qgis.core.models.registry import MODELS

    spec = MODELS.get(architecture or "")
    if spec is not None and spec.family in FAMILY_CAM_LAYERS:
        return FAMILY_CAM_LAYERS[spec.family]
    raise ModelError(
        translate(
            "IsslideCore", "The model '{name}' has no default layers for class activation maps; "
            "give the layers to explain by name (for example backbone.layer4)."
        ).format(name=architecture or type(model).__name__)
    )


def cam_layers(model: nn.Module, architecture: str | None = None,
               chosen: str | Sequence[str] | None = None) -> tuple[str, ...]:
    """The analyst's ``chosen`` layers when given (comma-separated or a sequence), else the
    default ones; names are checked against the model (unknown ones are listed with hints).

    Raises:
        ModelError: an unknown layer name, or no default for the architecture.
    """
    from isslide_qgis.core.cam.hooks import resolve_layers

    layers = parse_layers(chosen) or default_cam_layers(model, architecture)
    resolve_layers(model, layers)
    return layers
