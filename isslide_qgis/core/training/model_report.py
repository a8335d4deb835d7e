"""Evaluate a checkpoint on an annotated ISSLIDE dataset, and write its HTML and CSV report.

The one call behind ``isslide:evaluatemodel``; training and fine-tuning write the same report
on their validation patches. Metrics are those of the papers over 101 thresholds
(:mod:`.patch_curves`): precision, recall, F1, IoU, Dice, average Hausdorff distance and AUROC,
and the patch-level detection of every model. Each curve is read at the threshold of the model
card (chosen on validation data when the model was trained), never re-tuned on the data being
evaluated. The CSV table has one row per curve and threshold (the curve's AUROC repeated);
``chosen`` marks the card's.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from torch import nn

from ..errors import InputDataError
from ..evaluation import ReportSection, write_evaluation_report, write_metrics_table
from ..insar.dataset import read_isslide_dataset, split_by_zone_and_date
from ..messages import translate
from ..models import ModelCard, load_checkpoint
from .datasets import PatchDataset, isslide_patches
from .fit import FitResult
from .patch_curves import PatchCurves, ecsplain_curves, segmenter_curves
from .patchset import PatchSet

#: progress (percent) once the patches are read, and once the curves are computed
READING_SHARE, CURVES_END = 5.0, 90.0

#: curve name -> key of the card's thresholds it is read at, per task
CARD_THRESHOLD_OF: dict[str, dict[str, str]] = {
    "segmentation": {"pixel": "pixel", "detection": "pixel"},
    "classification": {"detection": "detection", "localisation": "localisation"},
}


@dataclass
class ModelEvaluation:
    """Outcome of :func:`evaluate_checkpoint`: the curves, the card's thresholds per curve,
    the metrics read there (``{curve: {metric: value}}``) and the files written."""

    curves: PatchCurves
    chosen: dict[str, float]
    summary: dict[str, dict[str, float]]
    report: Path
    table: Path | None
    seconds: float


def patch_curves_of(model: nn.Module, card: ModelCard, patches: PatchSet, *, hausdorff: bool = True,
                    progress: Callable[[float], None] | None = None,
                    is_canceled: Callable[[], bool] | None = None) -> PatchCurves:
    """The curves of ``model`` (described by ``card``) on ``patches``."""
    data = PatchDataset(patches, card.input_convention, normalisation=card.normalisation)
    if card.task == "classification":
        return ecsplain_curves(model, data, model.cam_layers, card.training.get("cam_method", "gradcam"),
                               hausdorff=hausdorff, progress=progress, is_canceled=is_canceled)
    return segmenter_curves(model, data, hausdorff=hausdorff, progress=progress, is_canceled=is_canceled)


def card_thresholds(card: ModelCard, curves: PatchCurves) -> dict[str, float]:
    """The card's threshold for each curve (0.5 where the card has none)."""
    keys = CARD_THRESHOLD_OF[card.task]
    return {name: float(card.thresholds.get(keys.get(name, name), 0.5)) for name in curves.curves}


def card_summary(card: ModelCard) -> dict[str, Any]:
    """The model card fields an analyst checks first."""
    return {
        translate("IsslideCore", "Architecture"): card.architecture,
        translate("IsslideCore", "Task"): card.task,
        translate("IsslideCore", "Input channels"): ", ".join(card.band_names),
        translate("IsslideCore", "Patch size"): card.patch_size,
        translate("IsslideCore", "Thresholds"): card.thresholds,
        translate("IsslideCore", "Created"): card.created,
        translate("IsslideCore", "Training seed"): card.training.get("seed"),
    }


def dataset_summary(patches: PatchSet, source: str) -> dict[str, Any]:
    """Size and composition of the evaluated patches."""
    return {translate("IsslideCore", "Data"): source,
            translate("IsslideCore", "Patches"): len(patches),
            translate("IsslideCore", "Patches with movement"): int((patches.labels > 0).sum())}


def write_model_report(report_html: str | Path, table_csv: str | Path | None, title: str,
                       card: ModelCard, curves: PatchCurves, *,
                       sections: Sequence[ReportSection] = (),
                       tables: dict[str, Any] | None = None) -> tuple[dict[str, float], Path, Path | None]:
    """Write the HTML report (and the per-threshold CSV table) of ``curves``; return the
    thresholds used per curve and the paths written."""
    chosen = card_thresholds(card, curves)
    scalars = {name: round(value, 4) for name, value in curves.scalars.items()}
    all_tables = {translate("IsslideCore", "Model card"): card_summary(card), **(tables or {})}
    if scalars:
        all_tables[translate("IsslideCore", "Other measures")] = scalars
    report = write_evaluation_report(report_html, title, sections=list(sections), curves=curves.curves,
                                     tables=all_tables, chosen_thresholds=chosen)
    table = None
    if table_csv is not None:
        rows = [{"curve": name, **row, "auroc": float(curve.auroc),
                 "chosen": abs(row["threshold"] - chosen[name]) < 5e-3}
                for name, curve in curves.curves.items() for row in curve.to_rows()]
        table = write_metrics_table(table_csv, rows)
    return chosen, report, table


def evaluation_patches(dataset_root: str | Path, test_zone: str | None = None) -> tuple[PatchSet, str]:
    """The patches of an ISSLIDE dataset to evaluate on (with ``test_zone``: the papers' test
    part only) and a one-line description."""
    records = read_isslide_dataset(dataset_root)
    description = str(dataset_root)
    if test_zone:
        _, records = split_by_zone_and_date(records, test_zone)
        description += translate("IsslideCore", " (test part of zone {zone})").format(zone=test_zone)
    if not records:
        raise InputDataError(translate(
            "IsslideCore", "The dataset '{root}' has no patch to evaluate (test zone: {zone}). "
            "Check the folder and the zone name.").format(root=dataset_root, zone=test_zone or "-"))
    return isslide_patches(records), description


def evaluate_checkpoint(checkpoint: str | Path, dataset_root: str | Path, report_html: str | Path,
                        table_csv: str | Path | None = None, *, test_zone: str | None = None,
                        hausdorff: bool = True, progress: Callable[[float], None] | None = None,
                        is_canceled: Callable[[], bool] | None = None) -> ModelEvaluation:
    """Evaluate ``checkpoint`` on the ISSLIDE dataset at ``dataset_root`` and write the report.

    Raises:
        InputDataError: no usable patch. ModelError: unreadable checkpoint.
        OperationCanceled: cancelled; nothing is written.
    """
    started = time.perf_counter()
    model, card = load_checkpoint(checkpoint)
    patches, source = evaluation_patches(dataset_root, test_zone)
    if progress is not None:
        progress(READING_SHARE)
    scaled = None if progress is None else (
        lambda value: progress(READING_SHARE + value * (CURVES_END - READING_SHARE) / 100.0))
    curves = patch_curves_of(model, card, patches, hausdorff=hausdorff, progress=scaled,
                             is_canceled=is_canceled)
    title = translate("IsslideCore", "Evaluation of {model}").format(model=Path(checkpoint).name)
    chosen, report, table = write_model_report(
        report_html, table_csv, title, card, curves,
        tables={translate("IsslideCore", "Evaluated data"): dataset_summary(patches, source)})
    summary = {name: curve.at(chosen[name]) for name, curve in curves.curves.items()}
    if progress is not None:
        progress(100.0)
    return ModelEvaluation(curves, chosen, summary, report, table, time.perf_counter() - started)


def history_rows(history: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per training epoch: losses, learning rate, seconds."""
    return [{key: (round(value, 6) if isinstance(value, float) else value) for key, value in entry.items()}
            for entry in history]


def write_training_report(report_html: str | Path, fit: FitResult, validation: PatchSet | None) -> Path:
    """The report of a training or fine-tuning run: its settings and loss per epoch, and the
    new model's curves on the ``validation`` patches, the ones its thresholds were chosen on
    (kept by :func:`.fit.fit_model`, not computed again)."""
    card = fit.card
    curves = fit.validation_curves or PatchCurves({})
    text = translate("IsslideCore", "{epochs} epochs in {seconds:.0f} s on {patches} patches; checkpoint "
                     "{path}.").format(epochs=len(fit.training.history), seconds=fit.seconds,
                                       patches=card.training.get("patches", {}).get("count", "?"),
                                       path=fit.path)
    if not curves.curves:
        text += " " + translate("IsslideCore", "No validation patches: the thresholds are those of "
                                "the base model or 0.5, and no curve is shown.")
    sections = [ReportSection(translate("IsslideCore", "Training"), [text],
                              rows=history_rows(fit.training.history))]
    title = translate("IsslideCore", "Training of {model}").format(model=fit.path.name)
    tables = {}
    if curves.curves and validation is not None:
        tables[translate("IsslideCore", "Evaluated data")] = dataset_summary(
            validation, translate("IsslideCore", "validation patches"))
    return write_model_report(report_html, None, title, card, curves, sections=sections, tables=tables)[1]
