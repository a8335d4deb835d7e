"""Inference backends: which runtime runs a checkpoint's network (a registry, no if-chains).

- ``torch``: the checkpoint (``.pt``) rebuilt in PyTorch; every model, ECSPLAIN included, on
  CPU or CUDA.
- ``onnxruntime``: the segmenter's ONNX export (``<stem>.onnx`` beside the ``.pt``, or an
  ``.onnx`` given directly, see :mod:`..models.onnx_export`) in ONNX Runtime; no torch needed.
- ``auto``: ONNX Runtime when it imports and the checkpoint has an up-to-date ONNX file, else
  torch.

Importing this package imports neither torch nor onnxruntime.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ...dependencies import onnxruntime_available
from ...errors import ModelError
from ...messages import translate
from ...models.card import ModelCard
from ...models.onnx_metadata import ONNX_SUFFIX, onnx_beside

AUTO = "auto"


@dataclass
class LoadedModel:
    """A checkpoint ready to run: its card, and the torch network or a ready predictor."""

    backend: str
    card: ModelCard
    model: Any = None
    predictor: Any = None


@dataclass(frozen=True)
class Backend:
    """One runtime: whether it can run a checkpoint here, and how to load it (lazily)."""

    name: str
    module: str
    runs: Callable[[Path], bool]

    def load(self, checkpoint: Path, **options: Any) -> LoadedModel:
        """Load ``checkpoint`` with this runtime (imports the runtime's module now)."""
        module = importlib.import_module(f"{__package__}.{self.module}")
        return module.load(checkpoint, **options)


def _torch_runs(checkpoint: Path) -> bool:
    return Path(checkpoint).suffix.lower() != ONNX_SUFFIX


def _onnx_runs(checkpoint: Path) -> bool:
    if not onnxruntime_available():
        return False
    from .onnxruntime_backend import up_to_date_onnx

    return up_to_date_onnx(checkpoint) is not None


#: backend name -> backend
BACKENDS: dict[str, Backend] = {
    "torch": Backend("torch", "torch_backend", _torch_runs),
    "onnxruntime": Backend("onnxruntime", "onnxruntime_backend", _onnx_runs),
}
#: the choices offered to the analyst (Processing enum, CLI, dock), ``auto`` first
BACKEND_CHOICES: tuple[str, ...] = (AUTO, *BACKENDS)
#: the order ``auto`` tries them in
AUTO_ORDER: tuple[str, ...] = ("onnxruntime", "torch")


def choose_backend(name: str, checkpoint: str | Path) -> str:
    """The backend that runs ``checkpoint``: ``name``, or for ``auto`` the first that can.

    Raises:
        ModelError: an unknown name.
    """
    if name != AUTO and name not in BACKENDS:
        raise ModelError(translate(
            "IsslideCore", "Unknown inference backend '{name}'; choose one of: {names}.").format(
            name=name, names=", ".join(BACKEND_CHOICES)))
    if name != AUTO:
        return name
    for candidate in AUTO_ORDER:
        if BACKENDS[candidate].runs(Path(checkpoint)):
            return candidate
    return "torch"


def load_model(name: str, checkpoint: str | Path, **options: Any) -> LoadedModel:
    """Load ``checkpoint`` with the backend ``name`` (``auto`` chooses, see :func:`choose_backend`).

    Args:
        options: ``device``, ``threads`` (the ONNX session's; torch's are set by the engine).

    Raises:
        ModelError, MissingDependencyError: the backend cannot run this checkpoint here.
    """
    chosen = choose_backend(name, checkpoint)
    return BACKENDS[chosen].load(Path(checkpoint), **options)


__all__ = ["BACKENDS", "BACKEND_CHOICES", "Backend", "LoadedModel", "choose_backend",
           "load_model", "onnx_beside"]
