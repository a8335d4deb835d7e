"""Train a registry network, choose its thresholds on validation data, save its checkpoint.

This is the one entry point the script, the fine-tuning and the plugin share::

    fit = fit_model(TrainConfig("unet_w8", epochs=8), train_set,
                    ValidationData(patches, scenes), "unet_w8.pt")

The checkpoint (:func:`~isslide_qgis.core.models.save_checkpoint`) holds a model card with the
architecture, its arguments, the input convention, patch size, normalisation (none: the
channels are already in [-1, 1]), thresholds, validation metrics and how it was trained
(settings, data, seeds, epochs, learning rate, loss history, date). It is written only once
training and validation have finished: a cancelled run leaves no file.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from torch import nn

from ..errors import OperationCanceled
from ..messages import translate
from ..models import ModelCard, get_spec, make_card, save_checkpoint
from ..models.card import TASK_THRESHOLDS
from .config import TrainConfig
from .datasets import NODATA_INPUT, PatchDataset
from .patchset import PatchSet, kind_code
from .scenes import ValidationScene, pixel_threshold, predict_scenes, scene_metrics
from .trainer import TrainResult, train
from .patch_curves import PatchCurves, ecsplain_curves, segmenter_curves
from .validation import ecsplain_thresholds_from, segmenter_thresholds_from

#: Share of the progress bar spent training (the rest: validation).
TRAINING_SHARE = 90.0


@dataclass
class FitResult:
    """Outcome of :func:`fit_model`: the checkpoint written, its card and the training run."""

    path: Path
    card: ModelCard
    training: TrainResult
    seconds: float
    #: the curves the thresholds were chosen on (validation patches), None without patches
    validation_curves: PatchCurves | None = None


def validation_patches(patches: PatchSet, task: str) -> PatchSet:
    """The validation patches a task's thresholds are chosen on.

    Segmenters: the regular tiles of the validation scenes when there are any (the pixel
    statistics of whole-scene inference); ECSPLAIN: the centred patches (bodies, decoys,
    background), as its detection is judged patch by patch.
    """
    tiles = patches.kind == kind_code("tile")
    if task == "segmentation" and tiles.any():
        return patches.subset(tiles)
    return patches.subset(~tiles) if (~tiles).any() else patches


@dataclass
class ValidationData:
    """What thresholds are chosen on and validation metrics computed on.

    Attributes:
        patches: validation patches (ECSPLAIN's thresholds; segmenters' without scenes).
        scenes: whole validation scenes, some decoy-only (segmenters' pixel threshold; scene
            metrics of every model).
    """

    patches: PatchSet | None = None
    scenes: list[ValidationScene] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool((self.patches is not None and len(self.patches)) or self.scenes)


def map_settings(config: TrainConfig, task: str) -> dict[str, str | int]:
    """What the inference predictor reads from a card's ``training`` to make the map: for
    ECSPLAIN its CAM method, and the localisation scale, views and score use of new cards;
    nothing for segmenters."""
    if task != "classification":
        return {}
    from ..inference.predictors import NEW_CARD_DETECTION_VIEWS, NEW_CARD_LOCALISATION_SCALE, \
        NEW_CARD_SCORE_USE

    return {"cam_method": config.cam_method, "localisation_scale": NEW_CARD_LOCALISATION_SCALE,
            "detection_views": NEW_CARD_DETECTION_VIEWS, "score_use": NEW_CARD_SCORE_USE}


def choose_thresholds(model: nn.Module, config: TrainConfig, validation: ValidationData,
                      is_canceled: Callable[[], bool] | None = None
                      ) -> tuple[dict[str, float], dict[str, Any], PatchCurves | None]:
    """Thresholds, validation metrics and validation-patch curves of a trained model.

    ``pixel`` maximises the pooled pixel F1 of whole-scene inference on the validation scenes
    (segmenters without scenes: on the validation patches). For ECSPLAIN it applies to the
    whole-scene map (the CAM where the score detects, see
    :data:`~..inference.predictors.SCORE_USES`; what
    :func:`~..inference.detection.map_threshold` uses),
    besides ``detection`` (max patch F1) and ``localisation`` (max mean Dice of the CAM) chosen
    on the validation patches (:mod:`.validation`). Scene metrics (pixel,
    object, false alarms) are added at ``pixel``.
    """
    spec = get_spec(config.model)
    card = make_card(config.model, config.model_arguments, normalisation=config.normalisation,
                     training=map_settings(config, spec.task))
    thresholds: dict[str, float] = {}
    metrics: dict[str, Any] = {}
    curves: PatchCurves | None = None
    maps = predict_scenes(model, card, validation.scenes, is_canceled) if validation.scenes else []
    if maps:
        thresholds["pixel"] = pixel_threshold(maps, validation.scenes)
    if validation.patches is not None and len(validation.patches):
        data = PatchDataset(validation_patches(validation.patches, spec.task), spec.input_convention,
                            normalisation=config.normalisation)
        if spec.task == "segmentation":
            curves = segmenter_curves(model, data)
            found, metrics = segmenter_thresholds_from(curves, thresholds.get("pixel"))
        else:
            curves = ecsplain_curves(model, data, model.cam_layers, config.cam_method)
            found, metrics = ecsplain_thresholds_from(curves)
        thresholds = {**found, **thresholds}
        metrics["validation_patches"] = len(data)
    if maps:
        metrics.update(scene_metrics(maps, validation.scenes, thresholds["pixel"]))
        metrics["validation_scenes"] = len(validation.scenes)
    return thresholds, metrics, curves


def _scaled(progress: Callable[[float], None] | None, low: float, high: float):
    if progress is None:
        return None
    return lambda value: progress(low + (high - low) * value / 100.0)


def fit_model(
    config: TrainConfig,
    train_set: PatchSet,
    validation: ValidationData | None,
    output: str | Path,
    *,
    model: nn.Module | None = None,
    training_info: dict[str, Any] | None = None,
    default_thresholds: dict[str, float] | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    state_path: str | Path | None = None,
    resume_from: str | Path | None = None,
    half: bool = True,
    on_epoch: Callable[[dict[str, Any]], None] | None = None,
) -> FitResult:
    """Train, choose thresholds, write the checkpoint ``output``.

    Args:
        config: training settings.
        train_set: training patches.
        validation: validation patches and scenes (None or empty: keep ``default_thresholds``).
        output: checkpoint file to write.
        model: initial weights (fine-tuning); None trains from scratch.
        training_info: extra facts for the card's ``training`` (data source, seeds...).
        default_thresholds: thresholds kept where validation chooses none (else 0.5).
        progress: receives 0..100.
        is_canceled: polled during training and before writing.
        state_path: periodic training-state file (see :func:`.trainer.train`).
        resume_from: training-state file to resume from.
        half: store the weights as float16 (the card records it).
        on_epoch: receives each epoch's losses (logging).

    Raises:
        OperationCanceled: cancelled; ``output`` is not written.
    """
    started = time.perf_counter()
    spec = get_spec(config.model)
    data = PatchDataset(train_set, spec.input_convention, config.augmentation, config.normalisation)
    result = train(data, config, model, progress=_scaled(progress, 0.0, TRAINING_SHARE),
                   is_canceled=is_canceled, state_path=state_path, resume_from=resume_from,
                   on_epoch=on_epoch)
    needed = TASK_THRESHOLDS[spec.task]
    thresholds = {key: 0.5 for key in needed}
    thresholds.update({k: v for k, v in (default_thresholds or {}).items() if k in needed})
    metrics: dict[str, Any] = {}
    curves: PatchCurves | None = None
    if validation:
        chosen, metrics, curves = choose_thresholds(result.model, config, validation, is_canceled)
        thresholds.update(chosen)
    if is_canceled is not None and is_canceled():
        raise OperationCanceled(translate("IsslideCore", "Training was cancelled; no model file was written."))
    last = result.history[-1] if result.history else {}
    training = {
        "config": {**config.to_dict(),  # the file name only: no path of the build machine
                   "init_checkpoint": config.init_checkpoint and Path(config.init_checkpoint).name},
        "patches": {"count": len(train_set), **train_set.counts()},
        "epochs": config.epochs, "learning_rate": config.learning_rate, "seed": config.seed,
        "nodata_input": NODATA_INPUT,
        "final_loss": {k: round(v, 5) for k, v in last.items() if k not in ("epoch", "seconds")},
        "history": [{k: round(v, 5) if isinstance(v, float) else v for k, v in entry.items()}
                    for entry in result.history],
        "seconds": round(result.seconds, 1),
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "frozen_parameters": len(result.frozen),
        **(training_info or {}),
    }
    training.update(map_settings(config, spec.task))
    card = make_card(config.model, config.model_arguments, thresholds=thresholds, training=training,
                     metrics=metrics, normalisation=config.normalisation)
    path = save_checkpoint(output, result.model, card, half=half)
    if progress is not None:
        progress(100.0)
    return FitResult(path, card, result, time.perf_counter() - started, curves)
