"""The training loop: seeded, resumable, cancellable, with periodic training-state checkpoints.

Reproducibility: the weights are initialised after seeding torch with ``config.seed``; the
patch order and the augmentation of epoch ``e`` come from a numpy generator seeded with
``(seed, e)`` and torch's generator (dropout, Score-CAM channel draws) is re-seeded with
``(seed, e, 1)`` at the start of every epoch. So a run resumed from the state saved after epoch
``e`` does exactly what the uninterrupted run did from epoch ``e`` on: same final weights
(on the same machine with the same number of torch threads).

Adam with ``config.betas`` (0.5, 0.999 as the papers); the learning rate follows
``config.lr_schedule`` per step. The last partial batch of an epoch is dropped (batch norm
needs more than one patch).
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch
from torch import nn

from ..errors import ModelError, OperationCanceled
from ..messages import translate
from ..models import get_model, get_spec
from ..models.card import INPUT_CONVENTIONS
from .config import TrainConfig
from .datasets import PatchDataset
from .freezing import freeze, set_train_mode
from .initialisation import init_from_checkpoint
from .losses import LOSSES
from .patchset import kind_code
from .seeds import derived_seed, seed_everything
from .state import load_training_state, save_training_state

#: Settings a resumed run may change (the others must equal the saved run's).
RESUMABLE_CHANGES: frozenset[str] = frozenset({"epochs", "checkpoint_every", "num_threads"})


@dataclass
class TrainResult:
    """Outcome of :func:`train`.

    Attributes:
        model: the trained network (evaluation mode).
        config: the settings used.
        history: one dict per epoch (mean loss terms, learning rate, seconds).
        start_epoch: epoch the run started from (0, or the resumed state's).
        seconds: wall time of this run.
        frozen: names of the parameters kept frozen.
    """

    model: nn.Module
    config: TrainConfig
    history: list[dict[str, Any]]
    start_epoch: int = 0
    seconds: float = 0.0
    frozen: list[str] = field(default_factory=list)


def build_model(config: TrainConfig) -> nn.Module:
    """The registry network of ``config.model``, initialised from ``config.seed`` (and from
    ``config.init_checkpoint``'s backbone when given)."""
    seed_everything(config.seed)
    model = get_model(config.model, **config.model_arguments)
    if config.init_checkpoint is not None:
        spec = get_spec(config.model)
        init_from_checkpoint(model, list(INPUT_CONVENTIONS[spec.input_convention]), config.init_checkpoint)
    return model


def learning_rate(config: TrainConfig, step: int, total_steps: int) -> float:
    """The learning rate at optimiser step ``step`` (0-based) of ``total_steps``."""
    if config.lr_schedule == "constant" or total_steps <= 1:
        return config.learning_rate
    floor = config.learning_rate * config.min_lr_fraction
    progress = min(step / (total_steps - 1), 1.0)
    return floor + 0.5 * (config.learning_rate - floor) * (1.0 + math.cos(math.pi * progress))


def _check_resume(saved: TrainConfig, config: TrainConfig, path: str | Path) -> None:
    old, new = saved.to_dict(), config.to_dict()
    changed = sorted(k for k in old if old[k] != new[k] and k not in RESUMABLE_CHANGES)
    if changed:
        raise ModelError(translate(
            "IsslideCore", "Cannot resume from '{path}': its run used other settings ({names}). "
            "Resume with the same settings, or train from scratch.").format(
                path=path, names=", ".join(f"{k}: {old[k]} -> {new[k]}" for k in changed)))


def _canceled(state_path: Path | None, existed: bool) -> OperationCanceled:
    if state_path is not None and not existed and state_path.exists():
        state_path.unlink()
    return OperationCanceled(translate(
        "IsslideCore", "Training was cancelled; no model file was written."))


def epoch_pool(kinds: np.ndarray, oversample: dict[str, int]) -> np.ndarray:
    """The patch indices one epoch draws from: every patch once, plus ``oversample[kind]``
    extra copies of each patch of that kind (the order is shuffled per epoch)."""
    extras = [np.repeat(np.flatnonzero(kinds == kind_code(kind)), copies)
              for kind, copies in sorted(oversample.items()) if copies]
    return np.concatenate([np.arange(len(kinds)), *extras]) if extras else np.arange(len(kinds))


def train(
    data: PatchDataset,
    config: TrainConfig,
    model: nn.Module | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    state_path: str | Path | None = None,
    resume_from: str | Path | None = None,
    on_epoch: Callable[[dict[str, Any]], None] | None = None,
) -> TrainResult:
    """Train a network on ``data``.

    Args:
        data: training patches with the model's convention and the augmentation to apply.
        config: the settings (``config.model`` names the network).
        model: start from these weights (fine-tuning); None builds ``config.model`` from
            ``config.seed``.
        progress: receives 0..100 as optimiser steps complete.
        is_canceled: polled before every step.
        state_path: where the training state is written every ``config.checkpoint_every``
            epochs (overwritten each time, atomically).
        resume_from: a training-state file: continue that run from its last saved epoch.
        on_epoch: receives each epoch's history entry (logging).

    Raises:
        OperationCanceled: ``is_canceled()`` returned True. A training state written by this
            run (a file that did not exist before it) is removed: no checkpoint is left.
        ModelError: the loss became NaN/infinite, or ``resume_from`` does not fit ``config``.
    """
    started = time.perf_counter()
    if config.num_threads is not None:
        torch.set_num_threads(config.num_threads)
    model = build_model(config) if model is None else model
    task = get_spec(config.model).task
    frozen = freeze(model, config.freeze)
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad],
                                 lr=config.learning_rate, betas=config.betas,
                                 weight_decay=config.weight_decay)
    history: list[dict[str, Any]] = []
    start_epoch = 0
    if resume_from is not None:
        state = load_training_state(resume_from)
        _check_resume(state.config, config, resume_from)
        model.load_state_dict(state.model_state)
        optimizer.load_state_dict(state.optimizer_state)
        start_epoch, history = state.epoch, list(state.history)
    state_path = Path(state_path) if state_path is not None else None
    existed = state_path is not None and state_path.exists()
    loss_fn = LOSSES[task](config, model)
    if len(data) == 0:
        raise ModelError(translate("IsslideCore", "No training patch: give at least one patch."))
    pool = epoch_pool(data.patches.kind, config.oversample)
    n = len(pool)
    size = min(config.batch_size, n)
    steps = n // size
    total = steps * config.epochs
    for epoch in range(start_epoch, config.epochs):
        epoch_start = time.perf_counter()
        rng = np.random.default_rng(derived_seed(config.seed, epoch))
        torch.manual_seed(derived_seed(config.seed, epoch, 1))
        order = pool[rng.permutation(n)]
        set_train_mode(model, config.freeze)
        sums: dict[str, float] = {}
        for step in range(steps):
            if is_canceled is not None and is_canceled():
                raise _canceled(state_path, existed)
            inputs, masks, labels = data.batch(order[step * size:(step + 1) * size], rng)
            rate = learning_rate(config, epoch * steps + step, total)
            for group in optimizer.param_groups:
                group["lr"] = rate
            optimizer.zero_grad(set_to_none=True)
            terms = loss_fn(model, torch.from_numpy(inputs), torch.from_numpy(masks),
                            torch.from_numpy(labels))
            if not torch.isfinite(terms.total):
                raise ModelError(translate(
                    "IsslideCore", "Training of '{model}' diverged (loss {loss} at epoch {epoch}); "
                    "lower the learning rate.").format(
                        model=config.model, loss=float(terms.total), epoch=epoch + 1))
            terms.total.backward()
            optimizer.step()
            for key, value in {"loss": float(terms.total.detach()), **terms.parts}.items():
                sums[key] = sums.get(key, 0.0) + value
            if progress is not None:
                done = (epoch - start_epoch) * steps + step + 1
                progress(100.0 * done / ((config.epochs - start_epoch) * steps))
        history.append({"epoch": epoch + 1, "lr": rate,
                        "seconds": round(time.perf_counter() - epoch_start, 2),
                        **{k: v / steps for k, v in sums.items()}})
        if on_epoch is not None:
            on_epoch(history[-1])
        last = epoch + 1 == config.epochs
        if state_path is not None and config.checkpoint_every and not last \
                and (epoch + 1) % config.checkpoint_every == 0:
            save_training_state(state_path, model, optimizer, config, epoch + 1, history)
    model.eval()
    return TrainResult(model, config, history, start_epoch, time.perf_counter() - started, frozen)
