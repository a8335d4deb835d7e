"""The PyTorch backend: the checkpoint's network rebuilt in torch (every model, any device)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ...errors import ModelError
from ...messages import translate
from ...models.onnx_metadata import ONNX_SUFFIX
from . import LoadedModel


def load(checkpoint: Path, **options: Any) -> LoadedModel:
    """Rebuild the network of a ``.pt`` checkpoint (the engine makes its predictor).

    Raises:
        ModelError: an ``.onnx`` file (ONNX Runtime only), or an unreadable checkpoint.
    """
    if Path(checkpoint).suffix.lower() == ONNX_SUFFIX:
        raise ModelError(translate(
            "IsslideCore", "'{path}' is an ONNX model: it runs on ONNX Runtime only. Choose the "
            "backend 'auto' or 'onnxruntime', or give the isslide checkpoint (.pt).").format(
            path=checkpoint))
    from ...models.checkpoint import load_checkpoint

    model, card = load_checkpoint(checkpoint)
    return LoadedModel("torch", card, model=model)
