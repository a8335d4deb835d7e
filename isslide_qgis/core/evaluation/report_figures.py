"""Matplotlib figures of the evaluation report, rendered off-screen (Agg) to PNG bytes.

Figures are drawn on :class:`matplotlib.figure.Figure` objects with an Agg canvas, never
through ``pyplot``: no global state, no display, safe from a QGIS background task.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Mapping

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..messages import translate

#: Per-threshold metrics drawn on the threshold plots (when the curve has them) -> line style
#: (Dice dashed over F1: the two coincide on pixel counts).
THRESHOLD_PLOT_METRICS = {"precision": "-", "recall": "-", "f1": "-", "iou": "-", "dice": "--",
                          "accuracy": "-."}


@dataclass(frozen=True)
class ReportFigure:
    """A rendered figure: caption and PNG bytes."""

    caption: str
    png: bytes


def metric_labels() -> dict[str, str]:
    """Display names of the metrics (translated at call time)."""
    return {
        "precision": translate("IsslideCore", "Precision"),
        "recall": translate("IsslideCore", "Recall"),
        "f1": "F1", "iou": "IoU", "dice": "Dice",
        "accuracy": translate("IsslideCore", "Accuracy"),
        "hausdorff": translate("IsslideCore", "Average Hausdorff distance (px)"),
        "auroc": "AUROC", "threshold": translate("IsslideCore", "Threshold"),
    }


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    figure.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    return buffer.getvalue()


def _unit_axes(axes: Any, xlabel: str, ylabel: str) -> None:
    axes.set_xlim(-0.02, 1.02)
    axes.set_ylim(-0.02, 1.02)
    axes.set_xlabel(xlabel)
    axes.set_ylabel(ylabel)
    axes.grid(alpha=0.3)


def precision_recall_figure(curves: Mapping[str, Any], chosen: Mapping[str, float]) -> ReportFigure:
    """Precision against recall for each curve, the chosen threshold marked by a dot."""
    labels = metric_labels()
    figure = Figure(figsize=(5.5, 4.5))
    axes = figure.add_subplot()
    for name, curve in curves.items():
        line, = axes.plot(curve.metric("recall"), curve.metric("precision"), label=name)
        index = curve.index_of(chosen[name])
        axes.plot(curve.metric("recall")[index], curve.metric("precision")[index], "o",
                  color=line.get_color())
    _unit_axes(axes, labels["recall"], labels["precision"])
    axes.legend(loc="lower left", fontsize="small")
    return ReportFigure(translate("IsslideCore", "Precision-recall curve (dot: chosen threshold)"),
                        _png(figure))


def threshold_figure(name: str, curve: Any, chosen: float) -> ReportFigure:
    """Every [0, 1] metric of ``curve`` against the threshold, the chosen threshold marked."""
    labels = metric_labels()
    figure = Figure(figsize=(6.5, 5.5))
    axes = figure.add_subplot()
    available = curve.metric_names()
    for metric, style in THRESHOLD_PLOT_METRICS.items():
        if metric in available:
            axes.plot(curve.thresholds, curve.metric(metric), style, label=labels[metric])
    axes.axvline(chosen, color="black", linestyle="--",
                 label=f"{labels['threshold']} = {chosen:.2f}")
    axes.set_ylim(-0.02, 1.02)
    axes.set_xlabel(labels["threshold"])
    axes.grid(alpha=0.3)
    handles, texts = axes.get_legend_handles_labels()
    if "hausdorff" in available:
        right = axes.twinx()
        line, = right.plot(curve.thresholds, curve.metric("hausdorff"), color="grey",
                           linestyle=":", label=labels["hausdorff"])
        right.set_ylabel(labels["hausdorff"])
        handles, texts = handles + [line], texts + [labels["hausdorff"]]
    axes.legend(handles, texts, loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=3,
                fontsize="small")
    figure.subplots_adjust(bottom=0.27)
    caption = translate("IsslideCore", "Metrics against the threshold: {name}").format(name=name)
    return ReportFigure(caption, _png(figure))


def roc_figure(curves: Mapping[str, Any]) -> ReportFigure | None:
    """ROC curves of the curves that have one (``roc_fpr``/``roc_tpr``), or None."""
    with_roc = {name: curve for name, curve in curves.items()
                if getattr(curve, "roc_fpr", None) is not None}
    if not with_roc:
        return None
    figure = Figure(figsize=(5.5, 4.5))
    axes = figure.add_subplot()
    for name, curve in with_roc.items():
        axes.plot(curve.roc_fpr, curve.roc_tpr, label=f"{name} (AUROC {curve.auroc:.4f})")
    axes.plot([0, 1], [0, 1], color="grey", linestyle=":")
    _unit_axes(axes, translate("IsslideCore", "False positive rate"),
               translate("IsslideCore", "True positive rate"))
    axes.legend(loc="lower right", fontsize="small")
    return ReportFigure(translate("IsslideCore", "ROC curve"), _png(figure))


def report_figures(curves: Mapping[str, Any], chosen: Mapping[str, float]) -> list[ReportFigure]:
    """The report's figures: PR curve, one threshold plot per curve, ROC (when available)."""
    if not curves:
        return []
    figures = [precision_recall_figure(curves, chosen)]
    figures += [threshold_figure(name, curve, chosen[name]) for name, curve in curves.items()]
    roc = roc_figure(curves)
    return figures + ([roc] if roc is not None else [])

