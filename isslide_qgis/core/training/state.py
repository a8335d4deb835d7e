"""Training-state checkpoints: weights, optimiser state and epoch, to resume a run exactly.

Format (``torch.save``; read back with ``torch.load(weights_only=True)``, so loading runs no
code)::

    {"format": "isslide-training-state", "format_version": 1,
     "config": "<TrainConfig as JSON>", "epoch": <epochs done>, "history": "<JSON list>",
     "model": {name: tensor}, "optimizer_state": {"<param index>": {name: tensor}},
     "optimizer_groups": "<JSON of the optimiser's param_groups>"}

Tensors and JSON strings only. Weights stay float32 (a resumed run must continue exactly).
Files are written atomically (temporary file renamed), so a crash never leaves half a file.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from ..errors import ModelError
from ..messages import translate
from ..models.safe_load import atomic_torch_save, safe_torch_load
from .config import TrainConfig

STATE_FORMAT = "isslide-training-state"
STATE_FORMAT_VERSION = 1


@dataclass
class TrainingState:
    """What a training-state file holds.

    Attributes:
        config: the run's settings.
        epoch: number of epochs completed.
        history: one dict per completed epoch (losses, learning rate, seconds).
        model_state: the model's ``state_dict`` (float32).
        optimizer_state: the optimiser's ``state_dict`` (as :meth:`torch.optim.Optimizer.state_dict`).
    """

    config: TrainConfig
    epoch: int
    history: list[dict[str, Any]]
    model_state: dict[str, Tensor]
    optimizer_state: dict[str, Any]


def save_training_state(path: str | Path, model: nn.Module, optimizer: torch.optim.Optimizer,
                        config: TrainConfig, epoch: int, history: list[dict[str, Any]]) -> Path:
    """Write a resumable training state after ``epoch`` completed epochs (atomically)."""
    optim = optimizer.state_dict()
    payload = {
        "format": STATE_FORMAT, "format_version": STATE_FORMAT_VERSION,
        "config": json.dumps(config.to_dict(), sort_keys=True), "epoch": int(epoch),
        "history": json.dumps(history),
        "model": {k: v.detach().cpu().clone() for k, v in model.state_dict().items()},
        "optimizer_state": {str(index): {k: v.detach().cpu().clone() if isinstance(v, Tensor)
                                         else torch.tensor(v) for k, v in values.items()}
                            for index, values in optim["state"].items()},
        "optimizer_groups": json.dumps(optim["param_groups"]),
    }
    return atomic_torch_save(payload, path)


def load_training_state(path: str | Path) -> TrainingState:
    """Read a file written by :func:`save_training_state` (no code is run).

    Raises:
        ModelError: missing, unsafe or damaged file, or not a training state.
    """
    payload = safe_torch_load(path, "cpu", kind="isslide training state")
    if not isinstance(payload, dict) or payload.get("format") != STATE_FORMAT:
        raise ModelError(translate(
            "IsslideCore", "'{path}' is not an isslide training state (to resume training, give "
            "a '*.state.pt' file written during training, not a model file).").format(path=path))
    if payload.get("format_version", 0) > STATE_FORMAT_VERSION:
        raise ModelError(translate(
            "IsslideCore", "'{path}' was written by a newer isslide_qgis (training-state format "
            "{version}); update the plugin to resume it.").format(
                path=path, version=payload.get("format_version")))
    try:
        config = TrainConfig.from_dict(json.loads(payload["config"]))
        groups = json.loads(payload["optimizer_groups"])
        state = {int(k): dict(v) for k, v in payload["optimizer_state"].items()}
        history = json.loads(payload["history"])
        epoch = int(payload["epoch"])
        model_state = dict(payload["model"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(translate(
            "IsslideCore", "'{path}' is a damaged training state ({error}); resume from another "
            "one or train again.").format(path=path, error=exc)) from None
    return TrainingState(config, epoch, history, model_state,
                         {"state": state, "param_groups": groups})
