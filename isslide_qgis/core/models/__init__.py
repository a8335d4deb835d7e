"""Networks, registry, model cards, checkpoints and pretrained backbones.

Importing this package does not import torch: the registry and the model card are torch-free
(the GUI fills its lists from them); the names below that need torch are imported lazily on
first access (``from isslide_qgis.core.models import load_checkpoint``).
"""
from __future__ import annotations

from ..lazy import lazy_exports

#: public name -> submodule defining it
_EXPORTS: dict[str, str] = {
    "ModelCard": "card", "check_input": "card", "INPUT_CONVENTIONS": "card",
    "ModelSpec": "registry", "MODELS": "registry", "get_model": "registry",
    "get_spec": "registry", "list_models": "registry", "make_card": "registry",
    "save_checkpoint": "checkpoint", "load_checkpoint": "checkpoint",
    "load_resnet_state_dict": "pretrained", "load_pretrained_backbone": "pretrained",
    "fold_batchnorm": "pretrained", "adapt_first_conv": "pretrained",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
