"""The default models shipped with the plugin (checkpoint files in ``resources/models``).

Listing them reads file names only (no torch), so Processing enums and the dock can offer
them at load; the cards and weights are read when a model is used.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import ModelError
from ..messages import translate

#: file extension of isslide checkpoints
CHECKPOINT_SUFFIX = ".pt"


def shipped_models(folder: str | Path) -> dict[str, Path]:
    """Return ``{model name: checkpoint path}`` for the checkpoints in ``folder``, sorted."""
    folder = Path(folder)
    if not folder.is_dir():
        return {}
    return {path.stem: path for path in sorted(folder.glob(f"*{CHECKPOINT_SUFFIX}"))}


def resolve_checkpoint(folder: str | Path, model: str | None, checkpoint: str | None) -> Path:
    """Return the checkpoint to use: ``checkpoint`` (a file) wins over ``model`` (a name).

    Raises:
        ModelError: neither is given, the file is missing, or the name is not shipped.
    """
    if checkpoint:
        path = Path(checkpoint)
        if not path.is_file():
            raise ModelError(translate(
                "IsslideCore", "The checkpoint file '{path}' does not exist: choose an isslide "
                "checkpoint (.pt) made by the training algorithms.").format(path=path))
        return path
    available = shipped_models(folder)
    if not model:
        raise ModelError(translate(
            "IsslideCore", "No model chosen: pick a shipped model ({names}) or a checkpoint "
            "file.").format(names=", ".join(available) or "-"))
    if model not in available:
        raise ModelError(translate(
            "IsslideCore", "The model '{name}' is not shipped with this installation; shipped "
            "models: {names}. Choose one of them or a checkpoint file.").format(
            name=model, names=", ".join(available) or "-"))
    return available[model]
