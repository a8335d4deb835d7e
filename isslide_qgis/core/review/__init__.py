"""The analyst's review of detected moving areas, without QGIS or Qt.

:mod:`.vocabulary` holds the review statuses and which areas become training labels;
:mod:`.schema` the corrections layer and the session table of a corrections GeoPackage;
:mod:`.store` creates and reads that GeoPackage; :mod:`.areas` orders areas for review;
:mod:`.export` turns the reviewed areas into annotation polygons for fine-tuning;
:mod:`.staging` writes a run's files all or nothing; :mod:`.training` plans the
fine-tuning round trip. Importing this package imports no
heavy module: names load on first access.
"""
from __future__ import annotations

from ..lazy import lazy_exports

#: public name -> submodule defining it
_EXPORTS: dict[str, str] = {
    "REVIEW_STATUSES": "vocabulary", "STATUS_TITLES": "vocabulary", "ORIGINS": "vocabulary",
    "DETECTED": "vocabulary", "ADDED": "vocabulary", "is_training_area": "vocabulary",
    "status_title": "vocabulary",
    "CORRECTIONS_LAYER": "schema", "SESSION_TABLE": "schema", "ReviewSession": "schema",
    "CORRECTION_FIELDS": "store",
    "create_corrections": "store", "read_session": "store",
    "upgrade_corrections": "store", "has_corrections": "store",
    "ReviewArea": "areas", "review_order": "areas", "step": "areas",
    "export_training_annotations": "export", "ExportSummary": "export",
    "StagedOutputs": "staging",
    "TrainingPlan": "training", "plan_round_trip": "training", "negative_count": "training",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
