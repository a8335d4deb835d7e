"""Fine-tuning a trained checkpoint on a few annotated ISSLIDE patches (transfer learning).

The early layers (:mod:`.freezing`: the ResNet stem and ``layer1`` of FCN, DeepLabV3 and
ECSPLAIN, the first encoder level of the U-Nets) keep the weights learnt on many simulated
patches; the rest adapts to the analyst's interferograms. ECSPLAIN keeps its CAM term on its
trainable CAM layers only (``layer2.0.conv1``, ``layer3.0.conv1``, ``layer4.0.conv1``,
``layer4.1.conv2``: 4 of 5). A share of the patches (by interferogram, so that one date does
not feed both sides) is held out to choose the new thresholds; with too few patches the
checkpoint's thresholds are kept.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..errors import InputDataError
from ..insar.dataset import PatchRecord, read_isslide_dataset, split_by_zone_and_date
from ..messages import translate
from ..models import ModelCard, get_spec, load_checkpoint
from .config import TrainConfig
from .datasets import isslide_patches
from .fit import ValidationData, fit_model
from .freezing import frozen_prefixes, trainable_cam_layers

#: Fewest held-out patches (with both labels) for new thresholds.
MIN_VALIDATION_PATCHES = 3


@dataclass
class FineTuneResult:
    """Outcome of :func:`finetune`.

    Attributes:
        path: the checkpoint written.
        card: its model card.
        frozen: names of the parameters kept frozen.
        cam_layers: ECSPLAIN: the CAM layers of the loss (None for segmenters).
        train_patches, validation_patches: how many patches each side had.
        seconds: wall time.
    """

    path: Path
    card: ModelCard
    frozen: list[str]
    cam_layers: tuple[str, ...] | None
    train_patches: int
    validation_patches: int
    seconds: float


def split_by_interferogram(records: list[PatchRecord], fraction: float, seed: int
                           ) -> tuple[list[PatchRecord], list[PatchRecord]]:
    """Hold out about ``fraction`` of the interferograms (at least one when there are two or
    more), drawn with ``seed``; returns ``(train, validation)``."""
    ifgs = sorted({(r.delay, r.zone, r.ifg) for r in records})
    count = int(round(fraction * len(ifgs)))
    if fraction > 0 and len(ifgs) >= 2:
        count = min(max(count, 1), len(ifgs) - 1)
    held = {ifgs[i] for i in np.random.default_rng(seed).permutation(len(ifgs))[:count]}
    train = [r for r in records if (r.delay, r.zone, r.ifg) not in held]
    return train, [r for r in records if (r.delay, r.zone, r.ifg) in held]


def finetune(
    checkpoint: str | Path,
    dataset_root: str | Path,
    output: str | Path,
    *,
    epochs: int = 10,
    learning_rate: float = 5e-4,
    batch_size: int = 8,
    depth: str = "shallow",
    validation_fraction: float = 0.25,
    test_zone: str | None = None,
    seed: int = 0,
    report: str | Path | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    **overrides: Any,
) -> FineTuneResult:
    """Fine-tune ``checkpoint`` on the ISSLIDE dataset at ``dataset_root``; write ``output``.

    Args:
        checkpoint: an isslide checkpoint (e.g. a shipped model).
        dataset_root: an ISSLIDE-layout folder (:func:`~..insar.dataset.read_isslide_dataset`).
        output: the fine-tuned checkpoint to write.
        epochs, learning_rate, batch_size, seed: training settings.
        depth: ``"shallow"`` or ``"deep"`` freezing (:data:`.freezing.FREEZE_RULES`).
        validation_fraction: share of the interferograms held out for the thresholds.
        test_zone: when given, the papers' split (:func:`split_by_zone_and_date`): only the
            training part is used (the test zone's late dates stay unseen).
        report: an HTML training report to write after the checkpoint (:mod:`.model_report`).
        progress, is_canceled: as everywhere in the core.
        **overrides: other :class:`TrainConfig` fields (augmentation, w_segm...).

    Raises:
        InputDataError: no usable patch.
        ModelError: unreadable checkpoint.
        OperationCanceled: cancelled; nothing is written.
    """
    started = time.perf_counter()
    model, card = load_checkpoint(checkpoint)
    records = read_isslide_dataset(dataset_root)
    if test_zone is not None:
        records, _ = split_by_zone_and_date(records, test_zone)
    train_records, held_records = split_by_interferogram(records, validation_fraction, seed)
    if not train_records:
        raise InputDataError(translate(
            "IsslideCore", "No patch of '{root}' is left to fine-tune on (after the split); add "
            "annotated interferograms.").format(root=dataset_root))
    held = isslide_patches(held_records) if held_records else None
    if held is not None and (len(held) < MIN_VALIDATION_PATCHES or len(set(held.labels)) < 2):
        held = None
    prefixes = frozen_prefixes(card.architecture, depth)
    cam_layers: tuple[str, ...] | None = None
    settings: dict[str, Any] = dict(
        model_arguments={k: v for k, v in card.arguments.items()
                         if get_spec(card.architecture).default_kwargs.get(k, v) != v},
        normalisation=card.normalisation, epochs=epochs, learning_rate=learning_rate,
        batch_size=batch_size, seed=seed, freeze=prefixes)
    if card.task == "classification":
        cam_layers = trainable_cam_layers(model.cam_layers, prefixes)
        settings.update(cam_layers=cam_layers, cam_method=card.training.get("cam_method", "gradcam"))
    config = TrainConfig(card.architecture, **{**settings, **overrides})
    train_set = isslide_patches(train_records)
    info = {"fine_tuned_from": str(checkpoint), "dataset": str(dataset_root),
            "train_records": len(train_records), "validation_records": len(held) if held else 0,
            "frozen_prefixes": list(prefixes), "base_training_seed": card.training.get("seed")}
    fit = fit_model(config, train_set, ValidationData(patches=held) if held else None, output,
                    model=model, training_info=info, default_thresholds=dict(card.thresholds),
                    progress=progress, is_canceled=is_canceled)
    if report is not None:
        from .model_report import write_training_report
        write_training_report(report, fit, held)
    return FineTuneResult(fit.path, fit.card, fit.training.frozen, cam_layers, len(train_set),
                          len(held) if held else 0, time.perf_counter() - started)
