"""Evaluation of moving-area detection: pixel, object and patch metrics, baselines, reports.

Pure numpy/scipy/matplotlib (no torch, no QGIS). Conventions shared by every metric are in
:mod:`.validation` (probabilities in [0, 1], NaN: nodata, positive when > threshold) and
:mod:`.thresholds` (values of ratios with an empty denominator). Importing this package imports
neither scipy nor matplotlib: names are loaded on first use.
"""
from __future__ import annotations

from ..lazy import lazy_exports

_EXPORTS = {
    "THRESHOLDS": "thresholds", "ThresholdCurve": "thresholds", "best_threshold": "thresholds",
    "metrics_from_counts": "thresholds", "RATIO_METRICS": "thresholds",
    "SELECTION_MODES": "thresholds", "CurveMethods": "thresholds",
    "PixelCurveAccumulator": "pixel_metrics", "AVERAGINGS": "pixel_metrics",
    "auroc_from_histograms": "roc", "roc_from_histograms": "roc", "roc_auc": "roc",
    "roc_points": "roc",
    "average_hausdorff": "hausdorff", "hausdorff_distance": "hausdorff",
    "average_hausdorff_curve": "hausdorff", "boundary": "hausdorff",
    "ObjectScores": "object_metrics", "ObjectMatch": "object_metrics",
    "FalseAlarms": "object_metrics", "object_scores": "object_metrics",
    "false_alarms": "object_metrics", "components": "object_metrics",
    "COVERAGE": "coverage_scores", "CoverageScene": "coverage_scores",
    "coverage_scene": "coverage_scores", "detected_areas": "coverage_scores",
    "score_scene": "coverage_scores",
    "AREA_CLASSES": "coverage_summary", "CoverageSummary": "coverage_summary",
    "summarise": "coverage_summary",
    "DetectionCurve": "detection_metrics", "SegmenterPatchScores": "detection_metrics",
    "patch_detection_scores": "detection_metrics",
    "segmenter_patch_scores": "detection_metrics",
    "ISSLIDE_MIN_PIXELS": "detection_metrics", "ISSLIDE_PIXEL_THRESHOLD": "detection_metrics",
    "phase_gradient_baseline": "baselines", "coherence_baseline": "baselines",
    "wrapped_phase_gradient": "baselines", "BASELINES": "baselines",
    "ReportSection": "report", "write_evaluation_report": "report",
    "write_metrics_table": "report",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
